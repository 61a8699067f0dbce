package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Report;
import org.teikit.store.SourceDigests;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.XmlContext;

/**
 * A build validates each document once and keeps what that yields: the tree (for the publishers)
 * and the result (for the next build, while the file and what it depends on are unchanged).
 */
class KeptTreesAndStoredResultsTest {
  static final String DOCUMENT = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment before the root -->
      <?teikit-test a processing instruction before the root?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0">
        <teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
          <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
        <text><body><p xml:id="%s">%s</p></body></text>
      </TEI>
      """;

  @TempDir Path dir;

  @Test
  void theKeptTreeIsTheDocumentAsAParseBuildsItWithLinesAndBase() throws Exception {
    Path file = Files.writeString(dir.resolve("a.xml"), DOCUMENT.formatted("A", "p1", "Words."));
    XmlContext xml = XmlContext.create(List.of(), List.of(dir));
    Map<Path, XdmNode> kept = new ConcurrentHashMap<>();

    Validator.builder().context(xml).keepTrees(kept::put).build().validate(List.of(file));

    XdmNode tree = kept.get(file);
    XdmNode parsed = DocumentTrees.parsing(xml).tree(file);
    assertEquals(parsed.toString(), tree.toString(), "the prolog's comment and PI are kept too");
    assertTrue(tree.toString().contains("a processing instruction before the root"));
    assertEquals(file.toUri(), tree.getBaseURI());
    XdmNode paragraph = tree.select(net.sf.saxon.s9api.streams.Steps.descendant("p")).toList().get(2);
    assertEquals(7, paragraph.getLineNumber());
  }

  @Test
  void storedResultsAreReusedUntilTheFileOrAFileItPointsAtChanges() throws Exception {
    Path a = Files.writeString(dir.resolve("a.xml"), DOCUMENT.formatted("A", "a1",
        "See <ref target=\"b.xml#b1\">b</ref>."));
    Path b = Files.writeString(dir.resolve("b.xml"), DOCUMENT.formatted("B", "b1", "Words."));
    Path c = Files.writeString(dir.resolve("c.xml"), DOCUMENT.formatted("C", "c1", "Alone."));

    Run first = run(null);
    assertEquals(Set.of(a, b, c), first.parsed(), "nothing stored yet");
    Run second = run(first);
    assertEquals(Set.of(), second.parsed(), "nothing changed: nothing parsed");
    assertEquals(first.report(), second.report());

    Files.writeString(c, DOCUMENT.formatted("C", "c1", "Alone, <ref target=\"#nowhere\">changed</ref>."));
    Run third = run(second);
    assertEquals(Set.of(c), third.parsed(), "only the changed file");
    assertEquals(fresh(), third.report());
    assertTrue(third.report().hasErrors());

    Files.writeString(b, DOCUMENT.formatted("B", "b2", "The id a.xml points at is gone."));
    Run fourth = run(third);
    assertEquals(Set.of(a, b), fourth.parsed(), "a.xml points into b.xml, so its rules may read it");
    assertEquals(fresh(), fourth.report());
    assertTrue(fourth.report().diagnostics().stream().anyMatch(d -> d.file().equals(a) && d.check() == Check.REF));
  }

  @Test
  void aDocumentNamingAMissingSchemaIsCheckedAgainWhenTheSchemaAppears() throws Exception {
    Path named = Files.writeString(dir.resolve("named.xml"), DOCUMENT.formatted("N", "n1", "Text.").replace(
        "<!-- a comment", "<?xml-model href=\"schemas/own.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n<!-- a comment"));
    Run first = run(null);
    assertTrue(first.report().diagnostics().stream().anyMatch(d -> d.message().contains("was not found")));
    Run second = run(first);
    assertEquals(Set.of(), second.parsed(), "a missing schema is a result like any other");

    Files.createDirectories(dir.resolve("schemas"));
    Files.writeString(dir.resolve("schemas/own.rng"), """
        <element name="TEI" ns="http://www.tei-c.org/ns/1.0" xmlns="http://relaxng.org/ns/structure/1.0">
          <text/>
        </element>
        """);
    Run third = run(second);
    assertEquals(Set.of(named), third.parsed());
    assertEquals(fresh(), third.report());
  }

  @Test
  void aDocumentThatIncludesAnotherIsNeverStored() throws Exception {
    Files.writeString(dir.resolve("part.xml"), "<p xmlns=\"http://www.tei-c.org/ns/1.0\">Included.</p>");
    Path whole = Files.writeString(dir.resolve("whole.xml"), DOCUMENT.formatted("W", "w1", "Text.")
        .replace("<p xml:id=\"w1\">Text.</p>",
            "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"part.xml\"/>"));
    Run first = run(null);
    Run second = run(first);
    assertTrue(second.parsed().contains(whole), second.parsed().toString());
    assertFalse(second.parsed().contains(dir.resolve("part.xml")));
  }

  @Test
  void whatAResultDependedOnIsRecordedAsTheRunFirstReadItNotAsItIsWhenTheResultIsStored() throws Exception {
    Path a = Files.writeString(dir.resolve("a.xml"), DOCUMENT.formatted("A", "a1",
        "See <ref target=\"b.xml#b1\">b</ref>."));
    Path b = Files.writeString(dir.resolve("b.xml"), DOCUMENT.formatted("B", "b1", "Words."));
    SourceDigests readAtStart = new SourceDigests();
    readAtStart.readAll(List.of(a, b));
    // b.xml saved while the run goes on: a.xml's rules may have read either text of it
    Files.writeString(b, DOCUMENT.formatted("B", "b1", "Words, saved during the run."));
    Run first = run(null, readAtStart);

    Run second = run(first);
    assertTrue(second.parsed().contains(a), "a.xml's result recorded b.xml as first read, which is not b.xml now: "
        + second.parsed());
    Run third = run(second);
    assertEquals(Set.of(), third.parsed(), "then nothing changed: nothing parsed");
  }

  /** One validation of {@code dir} with results stored in a folder of its own, read from {@code before}'s. */
  private Run run(Run before) throws Exception {
    return run(before, new SourceDigests());
  }

  private Run run(Run before, SourceDigests sources) throws Exception {
    Path store = Files.createTempDirectory(dir.getParent(), "results-");
    Path previous = before == null ? dir.resolve("nowhere") : before.store();
    Set<Path> parsed = new TreeSet<>();
    Report report = Validator.builder()
        .keepTrees((file, tree) -> {
          synchronized (parsed) {
            parsed.add(file);
          }
        })
        .store(new ResultStore(previous, store, "test", sources))
        .build().validate(List.of(dir));
    return new Run(store, parsed, report);
  }

  private Report fresh() throws Exception {
    return Validator.builder().build().validate(List.of(dir));
  }

  private record Run(Path store, Set<Path> parsed, Report report) {}
}
