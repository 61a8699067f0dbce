package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/**
 * An inscription encoded as EpiDoc does (the web edition's golden case 'epigraphic'), in print:
 * its divisions headed by their types, its lines as printed lines, its apparatus in place.
 */
class EpigraphicPdfTest {
  @Test
  void divisionsAreHeadedLinesKeptAndTheApparatusGivenInPlaceIsSetWhereItStands(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("inscriptions"));
    Files.copy(Path.of("src/test/resources/golden/html/epigraphic/input.xml"), folder.resolve("zethus.xml"));
    Edition edition = Editions.find(List.of(folder)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, tmp.resolve("out"));
    assertEquals(List.of(), result.diagnostics());
    String text = Poppler.text(tmp.resolve("out/zethus.pdf"));

    assertTrue(text.contains("Edition (primary)\n"), text);
    // three lines: none is a fifth, so none is numbered (tk:line-number), in print as on the web
    assertTrue(text.matches("(?s).*\\nDis manibus\\s*\\nZethi\\s*\\nvixit annis VI\\b.*"), "one printed line per line:\n" + text);
    assertTrue(text.matches("(?s).*Apparatus\\s*\\nText edited from a photograph\\s*\\n3 vixit\\] vix M\\b.*"),
        "the entries where the apparatus stands, by line, no bracket without a lemma:\n" + text);
    assertTrue(text.contains("Translation\n"), text);
    assertTrue(!text.contains("Commentary"), "an empty division gets no heading:\n" + text);
    assertTrue(text.contains("\n6] 7\n") && text.contains("\na\nb\n") && !text.contains("\nc\n"),
        "the translation's own entries are the footnotes lettered a and b (the listed ones are not lettered):\n" + text);
    assertTrue(text.contains("\nFarewell. add. M\n"),
        "an empty lemma: the reading is an addition, with no ']' after nothing:\n" + text);
  }

  /**
   * The Ancient Greek numerals I.Sicily's inscriptions use (U+10175 GREEK ONE HALF SIGN, U+1018C
   * GREEK SINUSOID SIGN) print with the bundled fonts, set in Noto Sans Symbols2, which joins only
   * a book that needs it.
   */
  @Test
  void ancientGreekNumeralsPrintWithTheBundledFonts(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("inscriptions"));
    Files.writeString(folder.resolve("numerals.xml"), org.teikit.TestEdition.document(
        "<p xml:lang=\"grc\">δραχμαὶ \uD800\uDD75 καὶ \uD800\uDD8C</p>"
        // inside a word, as I.Sicily's staurogram ligature (ISic000936): FOP took it by its halves
        + "<p xml:lang=\"grc\">\u2E19 \uD800\uDDA0\u03BA\u03BF\u03AF\u03BC\u03B7\u03C3\u03B9\u03C2</p>"));
    Files.writeString(folder.resolve("plain.xml"), org.teikit.TestEdition.document("<p>Plain.</p>"));
    Edition edition = Editions.find(List.of(folder)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, tmp.resolve("out"));
    assertEquals(List.of(), result.diagnostics());
    Path numerals = tmp.resolve("out/documents/numerals.pdf");
    String text = Poppler.text(numerals);
    assertTrue(text.contains("\uD800\uDD75") && text.contains("\uD800\uDD8C"), text);
    // the word with the staurogram prints (no "glyph" error above); pdftotext reads the three
    // symbols of this page's one subset back unreliably, so only its Greek letters are compared
    assertTrue(text.contains("\u03BA\u03BF\u03AF\u03BC\u03B7\u03C3\u03B9\u03C2"), text);
    assertTrue(Poppler.fonts(numerals).stream().anyMatch(f -> f[0].endsWith("NotoSansSymbols2-Regular")),
        "set in Noto Sans Symbols2");
    assertTrue(Poppler.fonts(tmp.resolve("out/documents/plain.pdf")).stream()
        .noneMatch(f -> f[0].contains("Symbols2")), "a book without such characters does not embed it");
  }
}
