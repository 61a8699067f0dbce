package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.publish.AtomicDirectory;

class AtomicDirectoryTest {
  @TempDir Path tmp;

  @Test
  void previousOutputSurvivesAnUncommittedBuild() throws IOException {
    Path out = tmp.resolve("site");
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.html"), "old");
    try (AtomicDirectory dir = AtomicDirectory.create(out)) {
      Files.writeString(dir.path().resolve("index.html"), "half");
      assertEquals("old", Files.readString(out.resolve("index.html")));
    }
    assertEquals("old", Files.readString(out.resolve("index.html")));
    assertEquals(1, siblings());
  }

  @Test
  void commitReplacesTheWholeFolder() throws IOException {
    Path out = tmp.resolve("site");
    Files.createDirectories(out.resolve("gone"));
    Files.writeString(out.resolve("gone/stale.html"), "old");
    try (AtomicDirectory dir = AtomicDirectory.create(out)) {
      Files.writeString(dir.path().resolve("index.html"), "new");
      dir.commit();
    }
    assertEquals("new", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("gone")));
    assertEquals(1, siblings());
  }

  @Test
  void commitCreatesAMissingTarget() throws IOException {
    Path out = tmp.resolve("a/b/site");
    try (AtomicDirectory dir = AtomicDirectory.create(out)) {
      Files.writeString(dir.path().resolve("x"), "x");
      dir.commit();
    }
    assertTrue(Files.isRegularFile(out.resolve("x")));
  }

  private long siblings() throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.count();
    }
  }

  @Test
  void theSiteGetsTheUsualPermissionsOfANewFolder() throws IOException {
    Path out = tmp.resolve("site");
    try (AtomicDirectory dir = AtomicDirectory.create(out)) {
      dir.commit();
    }
    Path plain = Files.createDirectory(tmp.resolve("plain"));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
  }
}
