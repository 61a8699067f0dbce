package org.teikit;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What some tests need installed on the machine (jing, Chromium, the Noto fonts), which
 * .ci/install-deps installs. A test that needs one fails, naming the Debian package, when it is
 * missing: a machine without it never passes by skipping.
 */
public final class Installed {
  private Installed() {}

  /** The program at {@code path}, after failing the test when it is not there to run. */
  public static Path program(String path, String debianPackage) {
    return require(Path.of(path), Files.isExecutable(Path.of(path)), debianPackage);
  }

  /** The file or folder at {@code path}, after failing the test when it is not there. */
  public static Path file(String path, String debianPackage) {
    return require(Path.of(path), Files.exists(Path.of(path)), debianPackage);
  }

  /** Chromium and its driver, which the browser tests drive. */
  public static void chromium() {
    program("/usr/bin/chromium", "chromium");
    program("/usr/bin/chromedriver", "chromium-driver");
  }

  private static Path require(Path path, boolean there, String debianPackage) {
    if (!there) {
      fail(path + " is not installed: run .ci/install-deps, or apt-get install " + debianPackage);
    }
    return path;
  }
}
