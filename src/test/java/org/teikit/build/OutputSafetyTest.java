package org.teikit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Folders;
import org.teikit.TestEdition;
import org.teikit.cli.CliRun;
import org.teikit.edition.OutputMarker;

/**
 * teikit deletes or replaces only what it made: the output-safety cases of issue 14, each run as
 * a user meets it (arguments in, exit code, messages and the files left on disk out).
 */
class OutputSafetyTest {
  @TempDir Path tmp;

  @Test
  void buildingIntoTheProjectFolderIsRefusedAndDeletesNothing() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("p"));
    Files.createDirectories(project.resolve(".git"));
    Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Path editions = project.resolve("editions");
    edition(editions.resolve("letters"));
    List<Path> before = tree(project);

    CliRun run = CliRun.of("build", "--no-progress", editions.toString(), "-o", project.toString());

    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("teikit: the output folder " + project + " contains the input " + editions + ": teikit replaces "
        + "its output folder as a whole, so it must lie apart from the sources; name another folder with -o",
        run.err().strip());
    assertEquals(before, tree(project), "nothing was deleted, nothing written");
  }

  @Test
  void anOutputThatIsOrHoldsTheInputIsRefusedAndTheSourcesStay() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("proj"));
    Path edition = edition(project.resolve("ed"));
    for (Path output : List.of(edition, project)) {
      for (String command : List.of("build", "html", "pdf")) {
        CliRun run = CliRun.of(command, "--force-output", edition.toString(), "-o", output.toString());
        assertEquals(2, run.exitCode(), command + " -o " + output + ": " + run.out() + run.err());
        assertTrue(run.err().contains(output.equals(edition) ? " is the input " : " contains the input "), run.err());
      }
    }
    assertEquals(List.of(edition.resolve("a.xml"), edition.resolve("b.xml")), tree(edition));
  }

  @Test
  void anOutputInsideTheInputIsRefusedAndAnOldOneThereIsNeverReadAsSources() throws IOException {
    Path edition = edition(tmp.resolve("ed"));
    CliRun inside = CliRun.of("build", edition.toString(), "-o", edition.resolve("_site").toString());
    assertEquals(2, inside.exitCode(), inside.out() + inside.err());
    assertTrue(inside.err().contains(" lies inside the input "), inside.err());
    assertFalse(Files.exists(edition.resolve("_site")));

    // outputs that got inside the sources some other way: one marked, one of an older teikit (its
    // records only); their sites hold copies of the TEI files (html/doc/*.xml)
    Path out = tmp.resolve("out");
    assertEquals(0, CliRun.of("build", "-q", edition.toString(), "-o", out.toString()).exitCode());
    Folders.copy(out, edition.resolve("_site"));
    Folders.copy(out, edition.resolve("_old"));
    Files.delete(edition.resolve("_old").resolve(OutputMarker.FILE));
    assertTrue(Files.isRegularFile(edition.resolve("_site/html/doc/a.xml")), "the site holds copies of the sources");

    CliRun validate = CliRun.of("validate", edition.toString());
    assertEquals("2 files, 0 errors, 0 warnings", validate.summary(), validate.out());
    CliRun again = CliRun.of("build", "-q", "--clean", edition.toString(), "-o", out.toString());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertTrue(again.out().contains("2 files validated"), again.out());
  }

  @Test
  void aCollectionNeverTakesATeikitOutputInsideItForAnEdition() throws IOException {
    Path collection = Files.createDirectories(tmp.resolve("coll"));
    edition(collection.resolve("letters"));
    Path out = tmp.resolve("out");
    assertEquals(0, CliRun.of("html", "-q", collection.toString(), "-o", out.toString()).exitCode());
    Folders.copy(out, collection.resolve("site"));

    CliRun run = CliRun.of("html", collection.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains(", 1 edition,"), run.out());
  }

  @Test
  @Timeout(120) // serve, were it not refused, would serve until stopped
  void theRootFolderIsRefusedInPlainWords() throws IOException {
    Path edition = edition(tmp.resolve("ed"));
    for (String command : List.of("build", "html", "pdf", "serve")) {
      CliRun run = into(command, edition, Path.of("/"));
      assertEquals(2, run.exitCode(), command + ": " + run.out() + run.err());
      assertTrue(run.err().startsWith("teikit: the output folder cannot be the root folder /:"), command + ": " + run.err());
    }
  }

  @Test
  @Timeout(120)
  void aFolderTeikitDidNotMakeIsReplacedOnlyWithForceOutput() throws IOException {
    Path edition = edition(tmp.resolve("ed"));
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("thesis.tex"), "mine");
    for (String command : List.of("build", "html", "pdf", "serve")) {
      CliRun run = into(command, edition, mine);
      assertEquals(2, run.exitCode(), command + ": " + run.out() + run.err());
      assertTrue(run.err().contains("is not empty and was not made by teikit (it holds no .teikit-output file)")
          && run.err().contains("--force-output"), command + ": " + run.err());
      assertEquals("mine", Files.readString(mine.resolve("thesis.tex")));
    }

    CliRun forced = CliRun.of("build", "-q", "--force-output", edition.toString(), "-o", mine.toString());
    assertEquals(0, forced.exitCode(), forced.out() + forced.err());
    assertFalse(Files.exists(mine.resolve("thesis.tex")));
    assertTrue(OutputMarker.isMarked(mine));
  }

  @Test
  void everyOutputIsMarkedSoThatTheOtherCommandsMayReplaceIt() throws IOException {
    Path edition = edition(tmp.resolve("ed"));
    Path out = tmp.resolve("out");
    assertEquals(0, CliRun.of("build", "-q", edition.toString(), "-o", out.toString()).exitCode());
    for (Path folder : List.of(out, out.resolve("html"), out.resolve("pdf"))) {
      assertTrue(OutputMarker.isMarked(folder), folder.toString());
    }
    CliRun html = CliRun.of("html", "-q", edition.toString(), "-o", out.resolve("html").toString());
    assertEquals(0, html.exitCode(), html.out() + html.err());
    CliRun pdf = CliRun.of("pdf", "-q", edition.toString(), "-o", out.resolve("pdf").toString());
    assertEquals(0, pdf.exitCode(), pdf.out() + pdf.err());
    assertTrue(OutputMarker.isMarked(out.resolve("html")) && OutputMarker.isMarked(out.resolve("pdf")));
  }

  @Test
  void theOutputOfAnOlderTeikitIsReplacedWithoutForceOutput() throws IOException {
    Path edition = edition(tmp.resolve("ed"));
    Path out = Files.createDirectories(tmp.resolve("target/edition/html"));
    Files.writeString(out.resolve("index.html"), "an older site");
    Files.writeString(out.getParent().resolve(".teikit-build"), "an older build's record");

    CliRun run = CliRun.of("build", "-q", edition.toString(), "-o", out.getParent().toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(OutputMarker.isMarked(out.getParent()));
    assertFalse(Files.readString(out.resolve("index.html")).equals("an older site"));
  }

  @Test
  void aBuildKilledInTheSwapHasItsPreviousOutputPutBackByTheNext() throws IOException {
    Path edition = edition(tmp.resolve("ed"));
    Path out = tmp.resolve("out");
    assertEquals(0, CliRun.of("build", "-q", edition.toString(), "-o", out.toString()).exitCode());
    String page = Files.readString(out.resolve("html/doc/a.html"));
    // what `kill -9` between the swap's two renames leaves: the old output aside, the new unfinished
    Folders.copy(out, tmp.resolve(".out.new"));
    Files.move(out, tmp.resolve(".out.old"));

    CliRun next = CliRun.of("build", edition.toString(), "-o", out.toString());

    assertEquals(0, next.exitCode(), next.out() + next.err());
    assertTrue(next.out().startsWith("up to date:"), "the previous output, put back, is the current one: " + next.out());
    assertEquals(page, Files.readString(out.resolve("html/doc/a.html")));
    try (Stream<Path> beside = Files.list(tmp)) {
      assertEquals(List.of("ed", "out", "out.lock"), beside.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aReadOnlyFolderIsSaidToBeNotWritable() throws IOException, InterruptedException {
    Path edition = edition(tmp.resolve("ed"));
    Path readOnly = Files.createDirectories(tmp.resolve("ro"));
    boolean mounted = mount(readOnly, "ro,size=64k");
    if (!mounted) {
      Assumptions.assumeFalse(isRoot(), "root ignores permissions, and this machine may not mount");
      Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    try {
      CliRun run = CliRun.of("build", edition.toString(), "-o", readOnly.resolve("out").toString());
      assertEquals(2, run.exitCode(), run.out() + run.err());
      assertEquals("teikit: cannot write the output folder " + readOnly.resolve("out") + ": the folder " + readOnly
          + " is not writable", run.err().strip());
    } finally {
      if (mounted) {
        unmount(readOnly);
      }
      Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /**
   * A real full disk: a 2 MB tmpfs, mounted by the test when it may (as root, in CI), filled
   * after a first build so that the second runs out of space midway.
   */
  @Test
  void aFullDiskLeavesThePreviousOutputAndSaysSo() throws IOException, InterruptedException {
    onASmallDisk(disk -> {
      Path edition = edition(disk.resolve("ed"));
      Path out = disk.resolve("out");
      assertEquals(0, CliRun.of("build", "-q", edition.toString(), "-o", out.toString()).exitCode());
      String page = Files.readString(out.resolve("html/doc/a.html"));
      fill(disk.resolve("filler"), 48 * 1024);
      Files.writeString(edition.resolve("a.xml"), TestEdition.VALID.formatted("A", "Changed words."));

      CliRun full = CliRun.of("build", "--no-progress", edition.toString(), "-o", out.toString());

      assertEquals(2, full.exitCode(), full.out() + full.err());
      assertEquals("teikit: no space left on device writing " + out + "; the previous output is as it was",
          full.err().lines().filter(l -> !l.startsWith("teikit: validate") && !l.startsWith("teikit: web")
              && !l.startsWith("teikit: print")).reduce("", (a, b) -> a + b));
      assertEquals(page, Files.readString(out.resolve("html/doc/a.html")));
      try (Stream<Path> beside = Files.list(disk)) {
        assertEquals(List.of("ed", "filler", "out", "out.lock"), beside.map(p -> p.getFileName().toString()).sorted().toList());
      }
    });
  }

  /**
   * A full disk while one document's pages are written: its pages are deleted as it fails, which
   * frees the space, and the rest would fit; the run must still fail as a whole, not publish a
   * site without that document over the previous one. A 2 MB tmpfs, as above.
   */
  @Test
  void aFullDiskWhileADocumentIsWrittenFailsTheRunNotJustTheDocument() throws IOException, InterruptedException {
    onASmallDisk(disk -> {
      Path edition = edition(tmp.resolve("ed"));
      Path out = disk.resolve("out");
      assertEquals(0, CliRun.of("html", "-q", edition.toString(), "-o", out.toString()).exitCode());
      // room for the site's assets (300 kB, copied) and small pages, not for b's 1 MB page
      fill(disk.resolve("filler"), 480 * 1024);
      Files.writeString(edition.resolve("b.xml"), TestEdition.VALID.formatted("B", "many words ".repeat(100_000)));

      CliRun full = CliRun.of("html", edition.toString(), "-o", out.toString());

      assertEquals(2, full.exitCode(), full.out() + full.err());
      assertTrue(full.err().contains("no space left on device writing " + out), full.err());
      assertTrue(Files.readString(out.resolve("doc/b.html")).contains("The second letter."), "the previous site stays");
    });
  }

  /** Something to do on a disk. */
  private interface OnDisk {
    void run(Path disk) throws IOException;
  }

  /** Runs {@code body} on a 2 MB tmpfs mounted for it; skipped where the test may not mount one. */
  private void onASmallDisk(OnDisk body) throws IOException, InterruptedException {
    Path disk = Files.createDirectories(tmp.resolve("disk"));
    Assumptions.assumeTrue(mount(disk, "size=2m"), "this machine may not mount a small file system");
    try {
      body.run(disk);
    } finally {
      unmount(disk);
    }
  }

  /** {@code command} run on {@code edition} into {@code output}; serve on any free port. */
  private static CliRun into(String command, Path edition, Path output) {
    return command.equals("serve") ? CliRun.of(command, edition.toString(), "-o", output.toString(), "--port", "0")
        : CliRun.of(command, edition.toString(), "-o", output.toString());
  }

  /** An edition of two valid documents, a.xml and b.xml. */
  private static Path edition(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("a.xml"), TestEdition.VALID.formatted("A", "The first letter."));
    Files.writeString(folder.resolve("b.xml"), TestEdition.VALID.formatted("B", "The second letter."));
    return folder;
  }

  /** Every file and folder under {@code root}, sorted. */
  private static List<Path> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root)).filter(p -> !Files.isDirectory(p)).sorted().toList();
    }
  }

  /** Writes zeros into {@code file} until the disk is full, then frees {@code leave} bytes. */
  private static void fill(Path file, int leave) throws IOException {
    byte[] block = new byte[4096];
    long written = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      while (true) {
        out.write(block);
        written += block.length;
      }
    } catch (IOException full) {
      // the disk is full
    }
    try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(Math.max(0, written - leave));
    }
  }

  private static boolean mount(Path at, String options) throws IOException, InterruptedException {
    return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
  }

  private static void unmount(Path at) throws IOException, InterruptedException {
    run("umount", at.toString());
  }

  private static boolean run(String... command) throws IOException, InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException noSuchCommand) {
      return false;
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
