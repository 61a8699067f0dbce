package org.teikit.diagnostic;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a {@link Report} in one format. Paths are shown relative to {@code base}. */
public interface Reporter {
  void write(Report report, Path base, Appendable out) throws IOException;

  /** A path as users see it: relative to the working directory, with forward slashes. */
  static String display(Path file, Path base) {
    Path absolute = file.toAbsolutePath().normalize();
    Path relative;
    try {
      relative = base.toAbsolutePath().normalize().relativize(absolute);
    } catch (IllegalArgumentException differentRoots) {
      relative = absolute;
    }
    return relative.toString().replace('\\', '/');
  }
}
