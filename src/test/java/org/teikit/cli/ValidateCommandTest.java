package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command as a user meets it: arguments in, output and exit code out. */
class ValidateCommandTest {
  static final String FIXTURES = "src/test/resources/fixtures/validate/";

  @Test
  void unknownOptionIsAUsageErrorWithExitCode2() {
    CliRun run = CliRun.of("validate", "--no-such-option");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Unknown option"), run.err());
  }

  @Test
  void missingPathIsAnIoProblemWithExitCode2AndNoStackTrace() {
    CliRun run = CliRun.of("validate", "no/such/folder");
    assertEquals(2, run.exitCode());
    assertEquals("teikit: no such file or folder: no/such/folder", run.err().strip());
  }

  @Test
  void aReportIsNeverWrittenOverASourceNorWhereItWouldBecomeOne(@TempDir Path dir) throws Exception {
    Path doc = Files.writeString(dir.resolve("doc.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
    Path link = Files.createSymbolicLink(dir.resolve("link.xml"), doc);
    String before = Files.readString(doc);
    for (Path report : java.util.List.of(doc, link, dir.resolve("report.xml"))) {
      CliRun run = CliRun.of("validate", "--format", "junit", "--output", report.toString(), dir.toString());
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("teikit never overwrites a source"), run.err());
    }
    assertEquals(before, Files.readString(doc));
    assertFalse(Files.exists(dir.resolve("report.xml")));
    CliRun beside = CliRun.of("validate", "--format", "junit", "--output", dir.resolve("report.junit").toString(),
        dir.toString());
    assertTrue(Files.readString(dir.resolve("report.junit")).contains("<testsuite"), beside.err());
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("validate", "--format", "html", FIXTURES + "valid.xml");
    assertEquals(2, run.exitCode());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.of("validate", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("1   the documents have errors"), run.out());
    assertTrue(run.out().contains("--format"), run.out());
  }

  @Test
  void schemaOptionOverridesTheXmlModelInstruction() {
    CliRun own = CliRun.of("validate", FIXTURES + "rnc-invalid.xml");
    CliRun overridden = CliRun.of("validate", "--schema", FIXTURES + "letter.xsd", FIXTURES + "rnc-invalid.xml");
    assertTrue(own.out().contains("[rng]"), own.out());
    assertTrue(overridden.out().contains("[xsd]"), overridden.out());
    assertFalse(overridden.out().contains("[rng]"), overridden.out());
  }

  @Test
  void anEditionCopiedAwayFromTheProjectIsStillCheckedAgainstTeikitsSchema(@TempDir Path dir) throws Exception {
    Path seed = Path.of("editions/chervonenko-deng-1962");
    Path copy = Files.createDirectories(dir.resolve("elsewhere/chervonenko"));
    for (String name : new String[] {"edition.xml", "1962-03-01-chervonenko-deng.xml"}) {
      String text = Files.readString(seed.resolve(name));
      Files.writeString(copy.resolve(name), name.equals("edition.xml") ? text
          : text.replaceFirst("<persName ", "<persname ").replaceFirst("</persName>", "</persname>"));
    }
    CliRun run = CliRun.of("validate", copy.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("warning: the schema ../../schema/teikit.rng named here was not found; "
        + "teikit's own teikit.rng was used in its place [schema]"), run.out());
    assertTrue(run.out().contains("error: element \"persname\" not allowed"), "the misspelling is caught: " + run.out());
    assertTrue(run.out().contains("; did you mean \"persName\"? [rng]"), run.out());
  }

  @Test
  void remoteSchemaIsNotFetchedAndTheWarningShowsTheCatalogEntry(@TempDir Path dir) throws Exception {
    Path doc = Files.writeString(dir.resolve("doc.xml"), """
        <?xml version="1.0"?>
        <?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="a"><p corresp="#b"/></TEI>
        """);
    CliRun run = CliRun.of("validate", doc.toString());
    assertTrue(run.out().contains(":2:"), run.out());
    assertTrue(run.out().contains("warning: the schema http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng is remote"), run.out());
    assertTrue(run.out().contains("<uri name=\"http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng\" uri=\"path/to/local/tei_all.rng\"/>"), run.out());
    assertTrue(run.out().contains("[ref]"), "the other checks still ran: " + run.out());
  }

  @Test
  void catalogMapsARemoteSchemaToALocalCopy(@TempDir Path dir) throws Exception {
    Path catalog = Files.writeString(dir.resolve("catalog.xml"), """
        <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
          <uri name="https://example.org/letter.rng" uri="%s"/>
        </catalog>
        """.formatted(Path.of(FIXTURES + "letter.rng").toAbsolutePath().toUri()));
    Path doc = Files.writeString(dir.resolve("doc.xml"), """
        <?xml version="1.0"?>
        <?xml-model href="https://example.org/letter.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>
        <letter><date>1962-03-01</date><para/></letter>
        """);
    CliRun run = CliRun.of("validate", "--catalog", catalog.toString(), doc.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("element \"para\" not allowed"), run.out());
  }

  @Test
  void repeatedFindingsAreGroupedByRuleBeforeTheSummary(@TempDir Path dir) throws Exception {
    for (String name : new String[] {"a.xml", "b.xml", "c.xml"}) {
      Files.writeString(dir.resolve(name), "<letter><date>1962-03-01</date><para/></letter>");
    }
    CliRun run = CliRun.of("validate", "--schema", FIXTURES + "letter.rng", dir.toString());
    String[] lines = run.out().split("\n");
    assertEquals("3 files, 6 errors, 0 warnings", lines[lines.length - 1]);
    int group = run.out().indexOf("Repeated across files:\n");
    assertTrue(group > 0, run.out());
    assertTrue(run.out().indexOf("  3× in 3 files: error: element \"para\" not allowed anywhere") > group, run.out());
  }
}
