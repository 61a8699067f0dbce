package org.teikit.publish.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.teikit.diagnostic.Catalogue;

/**
 * FOP's only way to read anything: the bundled fonts, files under the user's font folders and
 * under the editions being rendered (PDF/A attachments). Everything else, the network above all,
 * is refused; FOP never writes through it.
 */
final class LocalResources implements ResourceResolver {
  /**
   * The bundled fonts' bytes, read once per run: FOP reads a font anew for every layout and every
   * PDF it writes, and a font in the jar is inflated on each read, which a rebuild after one
   * change would pay again, most of it on the way to the edition book.
   */
  private static final Map<URI, byte[]> BUNDLED = new ConcurrentHashMap<>();

  /** Real paths of the folders whose files may be read; grows as a run reaches new editions. */
  private final Set<Path> roots = new CopyOnWriteArraySet<>();

  /** @param roots real paths of the folders whose files may be read */
  LocalResources(List<Path> roots) {
    this.roots.addAll(roots);
  }

  /** Lets FOP read the files under {@code root} (a real path), e.g. an edition's sources to attach. */
  void allow(Path root) {
    roots.add(root);
  }

  @Override
  public Resource getResource(URI uri) throws IOException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "jar" -> {
        if (!FontSet.bundledUris().contains(uri)) {
          throw refused(uri);
        }
        return new Resource(new ByteArrayInputStream(bundled(uri)));
      }
      case "file" -> {
        Path path = Paths.get(uri).toAbsolutePath().normalize();
        Path real = Files.exists(path) ? path.toRealPath() : path;
        if (roots.stream().noneMatch(real::startsWith) && !FontSet.bundledUris().contains(uri)) {
          throw refused(uri);
        }
        return new Resource(Files.newInputStream(real));
      }
      default -> throw refused(uri);
    }
  }

  private static byte[] bundled(URI uri) throws IOException {
    try {
      return BUNDLED.computeIfAbsent(uri, u -> {
        try (InputStream in = u.toURL().openStream()) {
          return in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    throw new IOException(Catalogue.text("pdf.fop-writes-nothing", uri));
  }

  private static IOException refused(URI uri) {
    return new IOException(Catalogue.text("pdf.not-read", uri));
  }
}
