package org.teikit.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.OutputMarker;

/**
 * The swap: built aside, swapped in whole, only over a folder teikit made, and put right by the
 * next run when a run was killed. A kill is simulated by leaving on disk exactly what a run
 * killed at that moment leaves (the names are deterministic: {@code .site.new}, {@code .site.old}).
 */
class AtomicDirectoryTest {
  @TempDir Path tmp;

  @Test
  void previousOutputSurvivesAnUncommittedBuild() throws IOException {
    Path out = previousOutput("old");
    try (AtomicDirectory dir = AtomicDirectory.create(out)) {
      Files.writeString(dir.path().resolve("index.html"), "half");
      assertEquals("old", Files.readString(out.resolve("index.html")));
    }
    assertEquals("old", Files.readString(out.resolve("index.html")));
    assertEquals(List.of("site", "site.lock"), siblings());
  }

  @Test
  void commitReplacesTheWholeFolderAndMarksIt() throws IOException {
    Path out = previousOutput("old");
    Files.createDirectories(out.resolve("gone"));
    try (AtomicDirectory dir = AtomicDirectory.create(out)) {
      Files.writeString(dir.path().resolve("index.html"), "new");
      dir.commit();
    }
    assertEquals("new", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("gone")));
    assertTrue(OutputMarker.isMarked(out));
    assertEquals(List.of("site", "site.lock"), siblings());
  }

  @Test
  void commitCreatesAMissingTarget() throws IOException {
    Path out = tmp.resolve("a/b/site");
    try (AtomicDirectory dir = AtomicDirectory.create(out)) {
      Files.writeString(dir.path().resolve("x"), "x");
      dir.commit();
    }
    assertTrue(Files.isRegularFile(out.resolve("x")));
    assertTrue(OutputMarker.isMarked(out));
  }

  @Test
  void aFolderTeikitDidNotMakeIsReplacedOnlyWhenTheEditorSaysSo() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve("thesis.tex"), "mine");

    OutputException.Refused refused = assertThrows(OutputException.Refused.class, () -> AtomicDirectory.create(out));
    assertTrue(refused.getMessage().contains("--force-output"), refused.getMessage());
    assertEquals("mine", Files.readString(out.resolve("thesis.tex")));

    try (AtomicDirectory dir = AtomicDirectory.create(out, true)) {
      dir.commit();
    }
    assertFalse(Files.exists(out.resolve("thesis.tex")));
  }

  @Test
  void anOutputOfAnOlderTeikitIsRecognisedByItsRecords() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve(".teikit-build"), "an older build's record");
    Files.writeString(out.resolve("index.html"), "old");
    try (AtomicDirectory dir = AtomicDirectory.create(out)) {
      dir.commit();
    }
    assertFalse(Files.exists(out.resolve("index.html")));
  }

  @Test
  void aSecondWriterIsRefusedWhileTheFirstWrites() throws IOException {
    Path out = tmp.resolve("site");
    try (AtomicDirectory first = AtomicDirectory.create(out)) {
      OutputException.Busy busy = assertThrows(OutputException.Busy.class, () -> AtomicDirectory.create(out));
      assertTrue(busy.getMessage().startsWith("another teikit run is writing "), busy.getMessage());
      assertTrue(Files.isDirectory(first.path()), "the first writer's folder is left alone");
    }
  }

  @Test
  void aRunKilledBetweenTheRenamesHasThePreviousOutputPutBackByTheNext() throws IOException {
    Path out = previousOutput("old");
    Files.move(out, tmp.resolve(".site.old"));
    Path unfinished = Files.createDirectories(tmp.resolve(".site.new"));
    OutputMarker.write(unfinished);
    Files.writeString(unfinished.resolve("index.html"), "killed");

    try (AtomicDirectory next = AtomicDirectory.create(out)) {
      assertEquals("old", Files.readString(out.resolve("index.html")), "put back before anything else");
      assertEquals(List.of(".site.new", "site", "site.lock"), siblings(), "the killed run's folder is gone");
    }
    assertEquals("old", Files.readString(out.resolve("index.html")));
  }

  @Test
  void aRunKilledWhileDeletingThePreviousOutputHasItDeletedByTheNext() throws IOException {
    Path out = previousOutput("new");
    Path old = Files.createDirectories(tmp.resolve(".site.old"));
    OutputMarker.write(old);
    Files.writeString(old.resolve("index.html"), "old");

    try (AtomicDirectory next = AtomicDirectory.create(out)) {
      assertFalse(Files.exists(old));
    }
    assertEquals("new", Files.readString(out.resolve("index.html")));
  }

  @Test
  void killedRunsOfOlderVersionsAreClearedAndFoldersOfOthersKept() throws IOException {
    Path out = previousOutput("current");
    Path killed = Files.createDirectories(tmp.resolve(".site.tmp-2g7h5hs70vvse/.teikit-cache/validation"));
    Path oldAside = Files.createDirectories(tmp.resolve(".site.old-8123456789/html"));
    Files.writeString(oldAside.getParent().resolve(".teikit-build"), "record");
    Path foreign = Files.createDirectories(tmp.resolve(".site.tmp-notes"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");

    try (AtomicDirectory next = AtomicDirectory.create(out)) {
      assertFalse(Files.exists(killed.getParent().getParent()));
      assertFalse(Files.exists(oldAside.getParent()));
      assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
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

  /** {@code tmp/site} as a run of teikit left it, its index page saying {@code text}. */
  private Path previousOutput(String text) throws IOException {
    Path out = tmp.resolve("site");
    try (AtomicDirectory dir = AtomicDirectory.create(out)) {
      Files.writeString(dir.path().resolve("index.html"), text);
      dir.commit();
    }
    return out;
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
