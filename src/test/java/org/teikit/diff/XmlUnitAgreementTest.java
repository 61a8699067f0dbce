package org.teikit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.xml.Catalogs;
import org.teikit.xml.ResourcePolicy;
import org.teikit.xml.SafeParsers;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Difference;
import org.xmlunit.diff.ElementSelectors;

/**
 * teikit's diff against XMLUnit's, on revisions whose structure stays (XMLUnit compares trees node
 * by node, so an element added around words is to it a different list of children, which is why
 * teikit aligns words instead): both must find the same changes, and nothing where one finds none.
 */
class XmlUnitAgreementTest {
  private static final Path VOLUME = Shared.path("corpora/frus/volumes/frus1969-76v01.xml");

  @TempDir Path dir;

  @Test
  void whatEachIgnoresTheOtherIgnoresToo() throws Exception {
    String head = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>";
    Path a = write("a.xml", head + "<p rend=\"a\" n=\"1\">One two\n three.</p></body></text></TEI>");
    Path b = write("b.xml", "<!-- checked -->" + head + "<tei:p xmlns:tei=\"http://www.tei-c.org/ns/1.0\" n=\"1\"   rend=\"a\">"
        + "One\ttwo three.</tei:p></body></text></TEI>");
    assertEquals(List.of(), xmlUnit(a, b));
    assertEquals(List.of(), teikit(a, b, List.of(dir)));
  }

  @Test
  @UsesShared
  void aDateFixedAndAWordCorrectedInFrusAreTheSameTwoChanges() throws Exception {
    String original = Files.readString(VOLUME, StandardCharsets.UTF_8);
    String revised = FrusRevisionsTest.once(original, "<date when=\"1969-02-19\">February 19,", "<date when=\"1969-02-18\">February 19,");
    revised = FrusRevisionsTest.once(revised, "Cabinet Room of the White House. Eight", "Cabinet room of the White House. Eight");
    Path b = write("revised.xml", revised);

    List<String> theirs = xmlUnit(VOLUME, b);
    List<String> ours = teikit(VOLUME, b, List.of(VOLUME.getParent(), dir));

    assertEquals(List.of("ATTR_VALUE 1969-02-19 → 1969-02-18", "TEXT_VALUE Room → room"), theirs);
    assertEquals(List.of("ATTR_VALUE 1969-02-19 → 1969-02-18", "TEXT_VALUE Room → room"), ours);
  }

  /** XMLUnit's differences (not merely similar), as "TYPE old → new", the changed word for a text. */
  private static List<String> xmlUnit(Path a, Path b) throws ParserConfigurationException {
    DocumentBuilderFactory safe = DocumentBuilderFactory.newInstance();
    safe.setNamespaceAware(true);
    safe.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    safe.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Iterable<Difference> differences = DiffBuilder.compare(Input.fromFile(a.toFile())).withTest(Input.fromFile(b.toFile()))
        .withDocumentBuilderFactory(safe)
        .normalizeWhitespace().ignoreComments().checkForSimilar()
        .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
        .build().getDifferences();
    return StreamSupport.stream(differences.spliterator(), false)
        .filter(d -> d.getResult() == ComparisonResult.DIFFERENT)
        .map(d -> d.getComparison().getType() + " " + changed(d))
        .toList();
  }

  private static String changed(Difference d) {
    String before = String.valueOf(d.getComparison().getControlDetails().getValue());
    String after = String.valueOf(d.getComparison().getTestDetails().getValue());
    if (d.getComparison().getType() == ComparisonType.TEXT_VALUE) {
      List<String> x = List.of(before.split(" "));
      List<String> y = List.of(after.split(" "));
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        if (!x.get(i).equals(y.get(i))) {
          return x.get(i) + " → " + y.get(i);
        }
      }
    }
    return before + " → " + after;
  }

  /** teikit's changes in the same words. */
  private static List<String> teikit(Path a, Path b, List<Path> roots) {
    RevisionReader reader = new RevisionReader(new SafeParsers(new ResourcePolicy(Catalogs.of(List.of()), roots)));
    return DocumentDiff.changes(reader.read(a), reader.read(b)).stream()
        .map(c -> (c.isText() ? "TEXT_VALUE" : c.kind() == Change.Kind.ATTRIBUTE_CHANGED ? "ATTR_VALUE" : c.kind().name())
            + " " + c.oldValue() + " → " + c.newValue())
        .toList();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
