package org.teikit.diagnostic;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a {@link Report} in one format. Paths are shown relative to {@code base}. */
public interface Reporter {
  void write(Report report, Path base, Appendable out) throws IOException;

  /**
   * A path as users see it: relative to the working directory, its names joined by forward
   * slashes. Only the separator of the file system is replaced: on Linux a backslash is part of
   * a name ({@code back\\slash.xml}) and stays one.
   */
  static String display(Path file, Path base) {
    Path relative = relative(file, base);
    String separator = relative.getFileSystem().getSeparator();
    return separator.equals("/") ? relative.toString() : relative.toString().replace(separator, "/");
  }

  /**
   * The path as a relative URI reference, for reports whose locations are URIs (SARIF): each
   * name percent-encoded (UTF-8), so that a space, {@code #}, {@code %} or a backslash in a name
   * is kept as a character of the name.
   */
  static String uri(Path file, Path base) {
    Path relative = relative(file, base);
    StringBuilder uri = new StringBuilder(relative.isAbsolute() ? "file:///" : "");
    for (int i = 0; i < relative.getNameCount(); i++) {
      uri.append(i == 0 ? "" : "/").append(encode(relative.getName(i).toString()));
    }
    return uri.toString();
  }

  private static Path relative(Path file, Path base) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return base.toAbsolutePath().normalize().relativize(absolute);
    } catch (IllegalArgumentException differentRoots) {
      return absolute;
    }
  }

  /** Percent-encodes every byte of {@code name} that is not unreserved or a sub-delimiter of RFC 3986. */
  private static String encode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
