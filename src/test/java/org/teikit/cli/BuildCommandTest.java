package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestEdition;
import org.teikit.publish.AtomicDirectory;

/** {@code teikit build} as a user meets it: validate, publish what passed, one folder swapped in. */
class BuildCommandTest {
  @Test
  void publishesTheDocumentsThatPassAndSkipsTheOthers(@TempDir Path dir) throws Exception {
    Path edition = goodAndBad(dir);
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("build", "--no-progress", "-o", out.toString(), edition.toString());

    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("b-bad.xml:5:"), run.out());
    assertTrue(run.out().contains("1 document published, 1 skipped for errors"), run.out());
    assertTrue(Files.isRegularFile(out.resolve("html/doc/a-good.html")), "good document published");
    assertFalse(Files.exists(out.resolve("html/doc/b-bad.html")), "bad document not published");
    assertTrue(Files.isRegularFile(out.resolve("pdf/letters.pdf")) || hasPdf(out.resolve("pdf")), "PDF written");
  }

  @Test
  void aDocumentThePrintEditionLeavesOutIsNamedAsPdfNamesIt(@TempDir Path dir) throws Exception {
    // valid TEI with a Tibetan letter no bundled font has: published on the web, not in print
    CliRun run = CliRun.of("build", "--no-progress", "-o", dir.resolve("out").toString(),
        PdfCommandTest.GLYPH.toString());

    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("[pdf/glyph]"), run.out());
    assertTrue(run.out().contains("\n1 document not printed, as the findings above say: letter.xml\n"), run.out());
  }

  /** As I.Sicily keeps ../schematron beside its inscriptions: a schema in the folder given is read. */
  @Test
  void aSchemaBesideTheEditionInTheFolderGivenIsApplied(@TempDir Path dir) throws Exception {
    Path collection = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(collection.resolve("rules"));
    Files.writeString(collection.resolve("rules/house.sch"), """
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
          <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
          <pattern><rule context="tei:p"><report test="true()">house rule applied</report></rule></pattern>
        </schema>
        """);
    Path edition = Files.createDirectories(collection.resolve("letters"));
    Files.writeString(edition.resolve("a.xml"),
        "<?xml-model href=\"../rules/house.sch\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>\n"
            + TestEdition.VALID.formatted("A", "Text.").replaceFirst("<\\?xml[^>]*>\\s*", ""));

    CliRun run = CliRun.of("build", "--no-progress", "-o", dir.resolve("out").toString(), collection.toString());

    assertTrue(run.out().contains("house rule applied"), run.out() + run.err());
    assertFalse(run.out().contains("outside the folders"), run.out());
  }

  @Test
  void forcePublishesDocumentsWithErrorsAndSaysSo(@TempDir Path dir) throws Exception {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Files.writeString(edition.resolve("b-bad.xml"),
        TestEdition.VALID.formatted("Bad", "A <ref target=\"#nowhere\">broken</ref> pointer."));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("build", "--force", "-o", out.toString(), edition.toString());

    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("--force"), run.out());
    assertTrue(Files.isRegularFile(out.resolve("html/doc/b-bad.html")), run.out());
  }

  @Test
  void aSecondBuildIntoTheSameFolderIsRefusedAndTheOutputIsUntouched(@TempDir Path dir) throws Exception {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Files.writeString(edition.resolve("a-good.xml"), TestEdition.VALID.formatted("Good", "A letter."));
    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("build", "-o", out.toString(), edition.toString()).exitCode());
    Path page = out.resolve("html/doc/a-good.html");
    String previous = Files.readString(page);

    try (AtomicDirectory running = AtomicDirectory.create(out)) {
      CliRun run = CliRun.of("build", "--clean", "-o", out.toString(), edition.toString());
      assertEquals(2, run.exitCode(), run.out() + run.err());
      assertTrue(run.err().contains("another teikit run is writing"), run.err());
    }
    assertEquals(previous, Files.readString(page));
  }

  @Test
  void aSecondBuildWithNothingChangedDoesNothingAndAChangeRebuilds(@TempDir Path dir) throws Exception {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Path source = Files.writeString(edition.resolve("a-good.xml"), TestEdition.VALID.formatted("Good", "First words."));
    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("build", "-o", out.toString(), edition.toString()).exitCode());
    Path page = out.resolve("html/doc/a-good.html");
    java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(page);

    Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
    CliRun again = CliRun.of("build", "-o", out.toString(), edition.toString());
    assertEquals(0, again.exitCode(), again.out());
    assertTrue(again.out().startsWith("up to date:"), again.out());
    assertEquals(built, Files.getLastModifiedTime(page), "the output was not rewritten");

    Files.writeString(source, TestEdition.VALID.formatted("Good", "Second words."));
    CliRun changed = CliRun.of("build", "-o", out.toString(), edition.toString());
    assertTrue(changed.out().contains("1 document published"), changed.out());
    assertTrue(Files.readString(page).contains("Second words."));

    CliRun clean = CliRun.of("build", "--clean", "-o", out.toString(), edition.toString());
    assertTrue(clean.out().contains("1 document published"), clean.out());
  }

  @Test
  void progressGoesToStandardErrorAsPlainLinesOffATerminalAndQuietSilencesIt(@TempDir Path dir) throws Exception {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Files.writeString(edition.resolve("a-good.xml"), TestEdition.VALID.formatted("Good", "A letter."));

    CliRun run = CliRun.of("build", "-o", dir.resolve("out").toString(), edition.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().lines().anyMatch(l -> l.matches("teikit: validate done: 1 file, 0 errors, 0 warnings \\(\\d+\\.\\d s\\)")),
        run.err());
    assertTrue(run.err().contains("teikit: print edition: letters ("), run.err());
    assertFalse(run.out().contains("teikit: validate"), "stdout carries the report only: " + run.out());

    CliRun quiet = CliRun.of("build", "-q", "--clean", "-o", dir.resolve("out").toString(), edition.toString());
    assertEquals(0, quiet.exitCode(), quiet.out() + quiet.err());
    assertEquals("", quiet.err());
  }

  @Test
  void aBuildWithErrorsAndNothingChangedSaysTheSameAgainWithoutBuilding(@TempDir Path dir) throws Exception {
    Path edition = goodAndBad(dir);
    Path out = dir.resolve("out");
    CliRun first = CliRun.of("build", "--no-progress", "-o", out.toString(), edition.toString());
    assertEquals(1, first.exitCode(), first.out());

    CliRun again = CliRun.of("build", "--no-progress", "-o", out.toString(), edition.toString());
    assertEquals(1, again.exitCode(), again.out());
    assertEquals(first.findings(), again.findings());
    assertTrue(again.out().contains("up to date:") && again.out().contains("1 error, 1 skipped for errors"),
        again.out());
  }

  /** An edition of a document that validates and one with a broken pointer (line 5). */
  private static Path goodAndBad(Path dir) throws java.io.IOException {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Files.writeString(edition.resolve("a-good.xml"), TestEdition.VALID.formatted("Good", "A letter that validates."));
    Files.writeString(edition.resolve("b-bad.xml"),
        TestEdition.VALID.formatted("Bad", "A <ref target=\"#nowhere\">broken</ref> pointer."));
    return edition;
  }

  private static boolean hasPdf(Path folder) throws Exception {
    try (var files = Files.walk(folder)) {
      return files.anyMatch(p -> p.toString().endsWith(".pdf"));
    }
  }
}
