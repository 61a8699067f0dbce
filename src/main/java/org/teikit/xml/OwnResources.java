package org.teikit.xml;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What teikit ships and may always read: the folders and jars of its class path (teikit's jar,
 * or its build folders, and the libraries whose stylesheets it runs, such as SchXslt), and in a
 * working copy of teikit the {@code schema/} and {@code xslt/} folders beside {@code target/}.
 * The class loader hands bundled resources out as {@code jar:} URLs; these are the only
 * {@code jar:} URLs teikit opens.
 */
final class OwnResources {
  private static final OwnResources INSTANCE = find();

  private final List<Path> folders;
  private final Set<Path> jars;

  private OwnResources(Set<Path> folders, Set<Path> jars) {
    this.folders = List.copyOf(folders);
    this.jars = Set.copyOf(jars);
  }

  static OwnResources get() {
    return INSTANCE;
  }

  /** Folders (real paths) whose files teikit may read as its own. */
  List<Path> folders() {
    return folders;
  }

  /** True when {@code uri} is a {@code jar:} URL into one of the class path's jars. */
  boolean isBundled(URI uri) {
    return jarFile(uri).map(jars::contains).orElse(false);
  }

  /** The local archive a {@code jar:file:…!/entry} URL opens, as a real path. */
  static Optional<Path> jarFile(URI uri) {
    String s = uri.toString();
    int bang = s.indexOf("!/");
    if (!s.startsWith("jar:file:") || bang < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(ResourcePolicy.real(Path.of(new URI(s.substring(4, bang)))));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static OwnResources find() {
    Set<Path> folders = new LinkedHashSet<>();
    Set<Path> jars = new LinkedHashSet<>();
    ClassLoader loader = OwnResources.class.getClassLoader();
    try {
      for (URL url : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
        jarFile(toUri(url)).ifPresent(jars::add);
      }
      for (URL url : Collections.list(loader.getResources(""))) {
        if ("file".equals(url.getProtocol())) {
          folders.add(ResourcePolicy.real(Path.of(toUri(url))));
        }
      }
      URL own = OwnResources.class.getProtectionDomain().getCodeSource().getLocation();
      Path code = ResourcePolicy.real(Path.of(toUri(own)));
      (Files.isDirectory(code) ? folders : jars).add(code);
      workingCopy(code).ifPresent(root -> {
        for (String name : List.of("schema", "xslt")) {
          if (Files.isDirectory(root.resolve(name))) {
            folders.add(ResourcePolicy.real(root.resolve(name)));
          }
        }
      });
    } catch (IOException | RuntimeException unknown) {
      // an unusual class loader: only what was found so far counts as teikit's own
    }
    return new OwnResources(folders, jars);
  }

  /** The working copy teikit runs from: {@code target/classes} or {@code target/teikit.jar} beside a pom.xml. */
  private static Optional<Path> workingCopy(Path code) {
    Path target = code.getParent();
    if (target == null || !target.getFileName().toString().equals("target") || target.getParent() == null) {
      return Optional.empty();
    }
    Path root = target.getParent();
    return Files.isRegularFile(root.resolve("pom.xml")) ? Optional.of(root) : Optional.empty();
  }

  private static URI toUri(URL url) {
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
