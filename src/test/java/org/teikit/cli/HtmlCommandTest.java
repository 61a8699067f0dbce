package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code teikit html} as a user meets it: arguments in, output, errors and exit code out. */
class HtmlCommandTest {
  @TempDir Path tmp;


  /** A collection of two editions, "one" and "two", of one document (d.xml) each. */
  private Path twoEditions() throws IOException {
    Path collection = tmp.resolve("editions");
    for (String name : new String[] {"one", "two"}) {
      Files.createDirectories(collection.resolve(name));
      Files.writeString(collection.resolve(name).resolve("d.xml"),
          "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>" + name + "</p></body></text></TEI>");
    }
    return collection;
  }

  @Test
  void aCollectionGetsAFolderPerEditionAndALandingPage() throws IOException {
    Path collection = twoEditions();
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("html", collection.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    assertTrue(Files.isRegularFile(out.resolve("one/doc/d.html")));
    assertTrue(Files.isRegularFile(out.resolve("two/index.html")));
    assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"one/index.html\""));
  }

  @Test
  void aCollectionsLandingPageIsMadeAgainOnlyWhenAnEditionsTitleOrSizeChanged() throws IOException {
    Path collection = twoEditions();
    Path out = tmp.resolve("out");
    Path landing = out.resolve("index.html");
    assertEquals(0, CliRun.of("html", "-q", collection.toString(), "-o", out.toString()).exitCode());
    Object made = Files.readAttributes(landing, BasicFileAttributes.class).fileKey();

    assertEquals(0, CliRun.of("html", "-q", collection.toString(), "-o", out.toString()).exitCode());
    assertEquals(made, Files.readAttributes(landing, BasicFileAttributes.class).fileKey(),
        "nothing changed: the landing page is the previous site's file");

    Files.writeString(collection.resolve("two").resolve("e.xml"),
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>more</p></body></text></TEI>");
    assertEquals(0, CliRun.of("html", "-q", collection.toString(), "-o", out.toString()).exitCode());
    assertTrue(Files.readString(landing).contains("2 documents"), "the landing page counts the new document");
  }

  @Test
  void editionsInFoldersOfTheSameNameGetTheirPathsAsFoldersAndLinkBackToTheLandingPage() throws IOException {
    Path collection = tmp.resolve("series");
    for (String path : new String[] {"a/texts", "b/texts"}) {
      Files.createDirectories(collection.resolve(path));
      Files.writeString(collection.resolve(path).resolve("d.xml"),
          "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>" + path
          + "</title></titleStmt></fileDesc><profileDesc><creation><date when=\"0401\"/></creation></profileDesc>"
          + "</teiHeader><text><body><p>x</p></body></text></TEI>");
    }
    Path out = tmp.resolve("out");
    assertEquals(0, CliRun.of("html", "-q", collection.toString(), "-o", out.toString()).exitCode());

    String landing = Files.readString(out.resolve("index.html"));
    for (String folder : new String[] {"a-texts", "b-texts"}) {
      assertTrue(Files.isRegularFile(out.resolve(folder).resolve("doc/d.html")), folder);
      assertTrue(landing.contains("href=\"" + folder + "/index.html\""), landing);
      assertTrue(landing.contains("<code>" + folder + "/</code>"), "titled 'texts', so its folder is shown: " + landing);
      assertTrue(Files.readString(out.resolve(folder).resolve("doc/d.html")).contains("href=\"../../index.html\""),
          "a document page links to the collection's landing page");
    }
    assertTrue(landing.contains("2 editions · 2 documents"), landing);
    assertTrue(landing.contains("1 document, <time datetime=\"0401\">401</time>"), landing);
  }

  @Test
  void aBrokenDocumentIsOneLocatedLineAndExitCodeOneTheOthersArePublished() throws IOException {
    Path edition = tmp.resolve("ed");
    Files.createDirectories(edition);
    Files.writeString(edition.resolve("good.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>ok</p></body></text></TEI>");
    Files.writeString(edition.resolve("bad.xml"), "<TEI>\n  <text><p>unclosed</text>\n</TEI>");
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("html", "-q", edition.toString(), "-o", out.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.err(), "findings go to standard output");
    String[] lines = run.out().strip().split("\n");
    assertEquals(2, lines.length, run.out());
    assertTrue(lines[0].matches(".*bad\\.xml:2:\\d+: error: .+ \\[wf\\]"), lines[0]);
    assertEquals("2 files, 1 error, 0 warnings", lines[1]);
    assertFalse(run.out().contains("Exception"), run.out());
    assertTrue(Files.isRegularFile(out.resolve("doc/good.html")));
  }

  @Test
  void aMissingPathIsAUsageProblem() {
    CliRun run = CliRun.of("html", tmp.resolve("nowhere").toString(), "-o", tmp.resolve("out").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no such file or folder"), run.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aSecondRunTakesUnchangedDocumentsFromTheOutputFolderUnlessClean() throws IOException {
    Path edition = tmp.resolve("ed");
    Files.createDirectories(edition);
    for (String name : new String[] {"one", "two"}) {
      Files.writeString(edition.resolve(name + ".xml"),
          "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>" + name + "</p></body></text></TEI>");
    }
    Path out = tmp.resolve("out");
    assertTrue(CliRun.of("html", edition.toString(), "-o", out.toString()).out().contains("(2 rendered, 0 unchanged)"));
    Files.writeString(edition.resolve("two.xml"),
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>two, changed</p></body></text></TEI>");
    CliRun again = CliRun.of("html", edition.toString(), "-o", out.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("(1 rendered, 1 unchanged)"), again.out());
    assertTrue(Files.readString(out.resolve("doc/two.html")).contains("two, changed"));
    CliRun clean = CliRun.of("html", "--clean", edition.toString(), "-o", out.toString());
    assertTrue(clean.out().contains("(2 rendered, 0 unchanged)"), clean.out());
  }

  /** The line after a run counts in plain words: one document, one edition, no error ("1 documents" before). */
  @Test
  void theSummaryOfOneDocumentSpeaksInTheSingular() throws IOException {
    Path edition = Files.createDirectories(tmp.resolve("single"));
    Files.writeString(edition.resolve("one.xml"),
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>one</p></body></text></TEI>");
    CliRun run = CliRun.of("html", edition.toString(), "-o", tmp.resolve("out-single").toString());
    assertTrue(run.out().contains("1 document (1 rendered, 0 unchanged), 1 edition, 0 errors:"), run.out());
  }
}
