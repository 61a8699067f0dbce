package org.teikit.hostile;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Where teikit may read from besides its inputs: its own classes and resources (the class path). */
final class TeikitResources {
  private TeikitResources() {}

  /** Every entry of the class path this JVM runs with, as surefire gives it. */
  static List<Path> classPath() {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(cp.split(File.pathSeparator)).filter(s -> !s.isBlank())
        .map(s -> Path.of(s).toAbsolutePath().normalize()).toList();
  }

  /** Whether {@code uri} names a file in {@code caseFolder} or a resource on the class path. */
  static boolean allows(URI uri, Path caseFolder) {
    String s = uri.toString();
    if (s.startsWith("jar:")) {
      int bang = s.indexOf("!/");
      s = bang < 0 ? s : s.substring(4, bang);
    }
    if (!s.startsWith("file:")) {
      return false;
    }
    Path p = Path.of(URI.create(s)).toAbsolutePath().normalize();
    return p.startsWith(caseFolder.toAbsolutePath().normalize()) || classPath().stream().anyMatch(p::startsWith);
  }
}
