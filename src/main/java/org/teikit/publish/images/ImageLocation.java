package org.teikit.publish.images;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an image's {@code url} points, seen from the folder of the document that names it. Only a
 * file inside that folder is ever read: a path that leaves it ({@code ../}, absolute, a symbolic
 * link to a file outside) is refused, and an address on the network is never fetched at build
 * time (the reader's browser may load it).
 *
 * @param kind what the url is
 * @param url the url as written (whitespace trimmed)
 * @param file the file, for {@link Kind#FOUND} only
 */
public record ImageLocation(Kind kind, String url, Optional<Path> file) {
  /** What a url is. */
  public enum Kind {
    /** A file inside the document's folder. */
    FOUND,
    /** A path inside the folder where no file is. */
    MISSING,
    /** A path that leads out of the folder, or an address of a kind teikit does not follow. */
    REFUSED,
    /** An http(s) address. */
    REMOTE
  }

  /** Where {@code url} points from {@code folder} (the document's folder). */
  public static ImageLocation of(Path folder, String url) {
    String trimmed = url == null ? "" : url.strip();
    String scheme = scheme(trimmed);
    if (scheme.equals("http") || scheme.equals("https")) {
      return new ImageLocation(Kind.REMOTE, trimmed, Optional.empty());
    }
    if (!scheme.isEmpty() || trimmed.isEmpty() || trimmed.startsWith("/") || trimmed.startsWith("\\")) {
      return refused(trimmed);
    }
    try {
      Path root = folder.toAbsolutePath().normalize();
      Path path = root.resolve(decoded(trimmed)).normalize();
      if (!path.startsWith(root)) {
        return refused(trimmed);
      }
      if (!Files.isRegularFile(path)) {
        return new ImageLocation(Kind.MISSING, trimmed, Optional.empty());
      }
      // where a symbolic link leads counts, not where it stands
      if (!path.toRealPath().startsWith(root.toRealPath())) {
        return refused(trimmed);
      }
      return new ImageLocation(Kind.FOUND, trimmed, Optional.of(path));
    } catch (InvalidPathException | IOException e) {
      return refused(trimmed);
    }
  }

  /** The path relative to the document's folder, with '/' between its names (FOUND only). */
  public String relativePath(Path folder) {
    Path relative = folder.toAbsolutePath().normalize().relativize(file.orElseThrow());
    return relative.toString().replace('\\', '/');
  }

  private static ImageLocation refused(String url) {
    return new ImageLocation(Kind.REFUSED, url, Optional.empty());
  }

  /** The scheme of a url in lower case, or "" for a relative path (a Windows drive letter counts as one). */
  private static String scheme(String url) {
    int colon = url.indexOf(':');
    if (colon <= 0) {
      return "";
    }
    String head = url.substring(0, colon);
    return head.matches("[A-Za-z][A-Za-z0-9+.-]*") ? head.toLowerCase(Locale.ROOT) : "";
  }

  /** A relative url's path with its %-escapes decoded; as written when it is no valid URI (spaces). */
  private static String decoded(String url) {
    if (!url.contains("%")) {
      return url.replaceAll("[?#].*$", "");
    }
    try {
      return new URI(url).getPath();
    } catch (URISyntaxException e) {
      return url;
    }
  }
}
