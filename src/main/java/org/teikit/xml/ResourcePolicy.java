package org.teikit.xml;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which resources may be read: catalog-mapped URIs become their local copies, local files
 * and resources inside the jar may be read, anything remote is refused. Files pulled into a
 * document (XInclude) must lie inside one of the allowed folders.
 */
public final class ResourcePolicy {
  private static final Set<String> LOCAL_SCHEMES = Set.of("file", "jar");

  private final Catalogs catalogs;
  private final List<Path> documentRoots;

  public ResourcePolicy(Catalogs catalogs, List<Path> documentRoots) {
    this.catalogs = catalogs;
    this.documentRoots = documentRoots.stream().map(ResourcePolicy::real).toList();
  }

  public List<Path> documentRoots() {
    return documentRoots;
  }

  public Catalogs catalogs() {
    return catalogs;
  }

  /**
   * Resolves {@code href} against {@code base} through the catalogs, and returns a local URI.
   *
   * @throws UnsafeResourceException when the result would be remote
   */
  public URI resolve(String href, String base) {
    URI mapped = catalogs.lookup(href).orElse(null);
    if (mapped == null) {
      URI target = base == null || base.isEmpty() ? URI.create(href) : against(base, href);
      mapped = catalogs.lookup(target.toString()).orElse(target);
    }
    if (!isLocal(mapped)) {
      throw new UnsafeResourceException("remote resource " + mapped + " is not fetched (teikit never uses the network)");
    }
    return mapped;
  }

  /** Like {@link #resolve} for included content, which must lie inside one of {@code roots}. */
  public URI resolveInclusion(String href, String base, List<Path> roots) {
    URI uri = resolve(href, base);
    if ("file".equals(uri.getScheme())) {
      Path path = real(Paths.get(uri));
      if (roots.stream().map(ResourcePolicy::real).noneMatch(path::startsWith)) {
        throw new UnsafeResourceException(
            "the included file " + href + " lies outside the folders teikit was given, so it is not read");
      }
    }
    return uri;
  }

  /** Resolves a relative reference; java.net.URI cannot resolve against opaque jar: URIs. */
  private static URI against(String base, String href) {
    if (base.startsWith("jar:")) {
      try {
        return new java.net.URL(new java.net.URL(base), href).toURI();
      } catch (java.net.MalformedURLException | java.net.URISyntaxException e) {
        throw new IllegalArgumentException("cannot resolve " + href + " against " + base, e);
      }
    }
    return URI.create(base).resolve(href);
  }

  public static boolean isLocal(URI uri) {
    String scheme = uri.getScheme();
    return scheme == null || LOCAL_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
  }

  private static Path real(Path p) {
    Path absolute = p.toAbsolutePath().normalize();
    try {
      return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (IOException e) {
      return absolute;
    }
  }
}
