package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/**
 * The print index reads names as the web edition does (tk:entity-keys, tk:entity, tk:entity-name
 * in xslt/common): a name points with @ref or @corresp, FRUS's way, to a name declared in a list
 * of persons; 'file.xml#id' means that file's entity; the headword is the web's display name.
 */
class IndexEntitiesPdfTest {
  static final String HEADER = """
      <teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
      <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
      """;
  /** A FRUS-like volume: its persons a list of names, its text pointing to them with @corresp. */
  static final String VOLUME = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0">%s<text><front><div type="persons"><head>Persons</head>
      <list type="persons">
        <item><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>, Assistant to the President</item>
        <item><persName xml:id="p_NRM1">Nixon, Richard M.</persName>, President of the United States</item>
        <item><persName xml:id="p_TH1">(Teng Hsiao-ping)</persName>, see Deng Xiaoping</item>
      </list></div></front>
      <body><div><head>Memorandum</head>
        <p>Talk between <persName corresp="#p_NRM1">the President</persName> and
          <persName corresp="#p_KHA1">Dr. Kissinger</persName> on <persName corresp="#p_TH1">Teng</persName>,
          quoting <persName ref="http://d-nb.info/gnd/118504118">Athanasius</persName>.</p>
      </div></body></text></TEI>
      """;
  /** A second document declaring an id the volume also has, and naming the volume's entity by file. */
  static final String LETTER = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0">%s<text><body>
        <listPerson><person xml:id="p_KHA1"><persName>Zacharias Homonym</persName></person></listPerson>
        <p>A letter to <persName ref="a-volume.xml#p_KHA1">Henry</persName> on
          <persName ref="http://d-nb.info/gnd/118504118">Athanasius of Alexandria</persName>.</p>
      </body></text></TEI>
      """;

  static String index;

  @BeforeAll
  static void render(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("volumes"));
    Files.writeString(folder.resolve("a-volume.xml"), VOLUME.formatted(HEADER.formatted("Volume")));
    Files.writeString(folder.resolve("b-letter.xml"), LETTER.formatted(HEADER.formatted("Letter")));
    Edition edition = Editions.find(List.of(folder)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, tmp.resolve("out"));
    assertEquals(List.of(), result.diagnostics());
    String text = Poppler.text(tmp.resolve("out").resolve(edition.name() + ".pdf"));
    int at = text.lastIndexOf("Index of persons, places and organisations");
    assertTrue(at >= 0, "the book has an index:\n" + text);
    index = text.substring(at);
  }

  @Test
  void namesThatPointWithCorrespAreIndexedUnderTheirListedName() {
    for (String name : List.of("Kissinger, Henry A.", "Nixon, Richard M.")) {
      assertTrue(Pattern.compile("(?m)^" + Pattern.quote(name) + " +\\d").matcher(index).find(),
          name + " with its page:\n" + index);
    }
  }

  @Test
  void aPointerIntoAnotherFileMeansThatFilesEntity() {
    Matcher kissinger = Pattern.compile("(?m)^Kissinger, Henry A\\. +(\\d+), (\\d+)$").matcher(index);
    assertTrue(kissinger.find(), "named in the volume and in the letter, on two pages:\n" + index);
    assertFalse(index.contains("Zacharias"), "the letter's own p_KHA1 is not the one it points to:\n" + index);
  }

  @Test
  void aNameWhollyInParenthesesIsListedUnderItsFirstLetter() {
    assertTrue(Pattern.compile("(?m)^Teng Hsiao-ping +\\d").matcher(index).find(), index);
    assertTrue(index.indexOf("Nixon, Richard M.") < index.indexOf("Teng Hsiao-ping"), "sorted under T:\n" + index);
  }

  /** As on the web: a key the edition declares nothing under is an entry headed by its first mention. */
  @Test
  void aNameThatPointsToAnAuthorityIsIndexedUnderItsFirstMention() {
    assertTrue(Pattern.compile("(?m)^Athanasius +\\d+, \\d+$").matcher(index).find(),
        "one entry for both mentions of the GND person, with both pages:\n" + index);
    assertFalse(index.contains("Athanasius of Alexandria"), "one entry, not two:\n" + index);
  }
}
