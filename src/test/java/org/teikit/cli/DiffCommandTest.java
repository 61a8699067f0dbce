package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.diff.TeiBody.tei;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;

/** {@code teikit diff} as a user meets it: two revisions in, the report and the exit code out. */
class DiffCommandTest {
  private static final String ORIGINAL = "<p>Talks with Дэн Сяо-пин began on <date when=\"1962-3-1\">1 March</date>.</p>";
  private static final String TAGGED =
      "<p>Talks with <persName>Дэн Сяо-пин</persName> began on <date when=\"1962-03-01\">1 March</date>.</p>";

  @TempDir Path dir;

  @Test
  void textPreservedPassesATaggingOnlyRevision() throws IOException {
    CliRun run = diff(ORIGINAL, TAGGED, "--text-preserved");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(List.of(
        path("new.xml") + ":2:15: info: persName added around \"Дэн Сяо-пин\" [diff/element-added]",
        path("new.xml") + ":2:" + column(TAGGED, "<date") + ": info: date @when changed 1962-3-1 → 1962-03-01 ("
            + path("old.xml") + ":2:" + column(ORIGINAL, "<date") + ") [diff/attribute-changed]"),
        run.findings());
    assertEquals("0 text changes, 2 markup changes in 1 file", run.out().lines().toList().get(2));
    assertEquals("1 file, 0 errors, 0 warnings", run.summary());
    assertEquals("", run.err());
  }

  @Test
  void textPreservedFailsAOneLetterChangeAndNamesIt() throws IOException {
    CliRun run = diff(ORIGINAL, ORIGINAL.replace("began", "begun"), "--text-preserved");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    int at = column(ORIGINAL, "began");
    assertEquals(List.of(path("new.xml") + ":2:" + at + ": error: text replaced: \"began\" → \"begun\" in "
        + "\"…Talks with Дэн Сяо-пин [begun] on 1 March.…\" (" + path("old.xml") + ":2:" + at + ") [diff/text-replaced]"),
        run.findings());
    assertEquals("1 file, 1 error, 0 warnings", run.summary());
  }

  @Test
  void quietPrintsOnlyTheErrorsAndTheSummary() throws IOException {
    CliRun run = diff(ORIGINAL, TAGGED.replace("began", "begun"), "--text-preserved", "-q");
    assertEquals(1, run.exitCode());
    assertEquals(2, run.out().lines().count(), run.out());
    assertTrue(run.out().contains("error: text replaced"), run.out());
  }

  @Test
  @UsesShared
  void textPreservedOnAFrusVolumePassesTaggingAndFailsOneLetter() throws IOException {
    Path volume = Shared.require(Shared.path("corpora/frus/volumes/frus1969-76v01.xml"));
    String original = Files.readString(volume, StandardCharsets.UTF_8);
    String tagged = original.replace("Agnew, Helms,", "<persName corresp=\"#p_ASA1\">Agnew</persName>, <persName>Helms</persName>,");
    String corrected = original.replace("Cabinet Room of the White House. Eight", "Cabinet room of the White House. Eight");
    assertTrue(!tagged.equals(original) && !corrected.equals(original), "the volume holds the passages edited");
    Path taggedFile = Files.writeString(dir.resolve("tagged.xml"), tagged, StandardCharsets.UTF_8);
    Path correctedFile = Files.writeString(dir.resolve("corrected.xml"), corrected, StandardCharsets.UTF_8);

    CliRun pass = CliRun.of("diff", "--text-preserved", volume.toString(), taggedFile.toString());
    assertEquals(0, pass.exitCode(), pass.out() + pass.err());
    assertEquals(2, pass.findings().size(), pass.out());
    assertTrue(pass.findings().stream().allMatch(f -> f.contains(": info: persName added around")), pass.out());

    CliRun fail = CliRun.of("diff", "--text-preserved", volume.toString(), correctedFile.toString());
    assertEquals(1, fail.exitCode(), fail.out() + fail.err());
    assertEquals(List.of(correctedFile + ":3877:37: error: text replaced: \"Room\" → \"room\" in \"…a.m. in the Cabinet [room] of "
        + "the White House.…\" (" + volume + ":3877:37) [diff/text-replaced]"), fail.findings());
    assertEquals("1 file, 1 error, 0 warnings", fail.summary());
  }

  @Test
  void withoutTheCheckATextChangeIsReportedAndTheRunSucceeds() throws IOException {
    CliRun run = diff(ORIGINAL, ORIGINAL.replace("began", "begun"));
    assertEquals(0, run.exitCode());
    assertTrue(run.findings().get(0).contains(": info: text replaced"), run.out());
  }

  @Test
  void jsonNamesEachChangeWithItsKindAndPlaces() throws IOException {
    CliRun run = diff(ORIGINAL, ORIGINAL.replace("began", "begun"), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{"), run.out());
    assertTrue(run.out().contains("{\"kind\": \"text-replaced\", \"category\": \"text\", \"severity\": \"info\", "
        + "\"old\": {\"line\": 2, \"column\": 27, \"text\": \"began\"}, \"new\": {\"line\": 2, \"column\": 27, \"text\": \"begun\"}"),
        run.out());
    assertTrue(run.out().contains("\"summary\": \"1 file, 0 errors, 0 warnings\""), run.out());
  }

  @Test
  void theHtmlReportIsOneFileThatEscapesTheDocumentsText() throws IOException {
    Path report = dir.resolve("report.html");
    CliRun run = diff("<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>", "<p>a &lt;script&gt;alert(2)&lt;/script&gt; b</p>",
        "--format", "html", "-o", report.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(report);
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("<del>&lt;script&gt;alert(1)&lt;/script&gt;</del>"), html);
    assertTrue(html.contains("<ins>&lt;script&gt;alert(2)&lt;/script&gt;</ins>"), html);
    assertFalse(html.contains("src=") || html.contains("href="), "loads nothing");
    assertEquals("1 file, 0 errors, 0 warnings", run.summary());
  }

  @Test
  void theReportIsNeverWrittenOverAFileCompared() throws IOException {
    CliRun run = diff(ORIGINAL, TAGGED, "--format", "html", "-o", path("new.xml"));
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("never overwrites a source"), run.err());
    assertEquals(tei(TAGGED), Files.readString(dir.resolve("new.xml")));
  }

  @Test
  void htmlWithoutAnOutputFileIsAUsageProblem() throws IOException {
    CliRun run = diff(ORIGINAL, ORIGINAL, "--format", "html");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("-o FILE"), run.err());
  }

  @Test
  void aDocumentThatIsNotWellFormedIsNamedAtItsPlaceWithoutAStackTrace() throws IOException {
    CliRun run = diff(ORIGINAL, "<p>open" + "\n<p>x</p>");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().matches("(?s)teikit: \\S*new\\.xml:4:3: error: The element type \"p\" must be terminated.* \\[wf\\]\\s*"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aMissingFileIsAnInputOutputProblem() throws IOException {
    Path old = Files.writeString(dir.resolve("old.xml"), tei(ORIGINAL));
    CliRun run = CliRun.of("diff", old.toString(), dir.resolve("nosuch.xml").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no such file or folder: " + dir.resolve("nosuch.xml")), run.err());
  }

  @Test
  void twoFoldersArePairedByRelativePathAndAddedAndRemovedFilesReported() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a/sub"));
    Path b = Files.createDirectories(dir.resolve("b/sub"));
    Files.writeString(a.resolve("same.xml"), tei(ORIGINAL));
    Files.writeString(b.resolve("same.xml"), tei(ORIGINAL.replace("Talks", "Meetings")));
    Files.writeString(a.resolve("gone.xml"), tei(ORIGINAL));
    Files.writeString(b.resolve("new.xml"), tei(ORIGINAL));
    CliRun run = CliRun.of("diff", "--text-preserved", dir.resolve("a").toString(), dir.resolve("b").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertEquals(List.of(
        dir.resolve("a/sub/gone.xml") + ": error: file removed [diff/file-removed]",
        dir.resolve("b/sub/new.xml") + ": error: file added [diff/file-added]",
        dir.resolve("b/sub/same.xml") + ":2:4: error: text replaced: \"Talks\" → \"Meetings\" in \"… [Meetings] with Дэн Сяо-пин began…\" ("
            + dir.resolve("a/sub/same.xml") + ":2:4) [diff/text-replaced]"),
        run.findings());
    assertEquals("3 files, 3 errors, 0 warnings", run.summary());
  }

  @Test
  void theWorkingFilesAgainstAGitRevision() {
    // this project is a git checkout: its pom.xml is no TEI, but a tracked edition file is
    CliRun run = CliRun.of("diff", "--git", "HEAD", "editions");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.summary().matches("\\d+ files, 0 errors, 0 warnings"), run.out());
    CliRun bad = CliRun.of("diff", "--git", "no-such-revision-anywhere", "editions");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("no-such-revision-anywhere"), bad.err());
  }

  private CliRun diff(String oldBody, String newBody, String... options) throws IOException {
    Files.writeString(dir.resolve("old.xml"), tei(oldBody));
    Files.writeString(dir.resolve("new.xml"), tei(newBody));
    List<String> args = new java.util.ArrayList<>(List.of("diff"));
    args.addAll(List.of(options));
    args.add(path("old.xml"));
    args.add(path("new.xml"));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The column at which {@code needle} starts in {@code body} (on the body's own line). */
  private static int column(String body, String needle) {
    return body.indexOf(needle) + 1;
  }

  private String path(String name) {
    return dir.resolve(name).toString();
  }
}
