package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Installed;
import org.teikit.TestEdition;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/**
 * What the print edition says when a document cannot be printed: one finding per file for the
 * characters no font has (with their counts and the system's fonts that have them), a plain
 * finding for XML that is not TEI, and the edition's book written without those documents.
 */
class PrintFindingsTest {
  private static PdfRenderer.Result render(Path folder, Path out) throws Exception {
    Edition edition = Editions.find(List.of(folder)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder));
    return new PdfRenderer(xml, PdfOptions.defaults().withJobs(1)).render(edition, out);
  }

  @Test
  void charactersNoFontHasAreOneFindingPerFileWithTheirCountsAndTheFontsThatHaveThem(@TempDir Path tmp)
      throws Exception {
    Installed.program("/usr/bin/fc-list", "fontconfig");
    Installed.file(CorporaPdfTest.NOTO.resolve("NotoSansSyriac-Regular.ttf").toString(), "fonts-noto-core");
    Path folder = tmp.resolve("edition");
    Files.createDirectories(folder);
    // line 12 of the document holds the first Syriac letter, at column 18
    Files.writeString(folder.resolve("a-syriac.xml"), TestEdition.document(
        "<p>Syriac: \u0710\u0712\u0710 \u0713</p>\n<p>again \u0710 and \u0715\u0716\u0717\u0718\u0719\u071a\u071b\u071c</p>"));
    Files.writeString(folder.resolve("b-english.xml"), TestEdition.document("<p>Plain English.</p>"));
    PdfRenderer.Result result = render(folder, tmp.resolve("out"));

    List<Diagnostic> glyphs = result.diagnostics().stream().filter(d -> "glyph".equals(d.code())).toList();
    assertEquals(1, glyphs.size(), "one finding for the file, not one per character: " + glyphs);
    Diagnostic d = glyphs.get(0);
    assertEquals("a-syriac.xml", d.file().getFileName().toString());
    assertEquals(12, d.line(), d.toString());
    assertEquals(18, d.column(), d.toString());
    assertTrue(d.message().startsWith("11 characters have no glyph"), d.message());
    assertTrue(d.message().contains("'\u0710' U+0710 SYRIAC LETTER ALAPH (Syriac script) \u00d73"), d.message());
    assertTrue(d.message().contains("and 3 more"), d.message());
    assertTrue(d.message().contains("Noto Sans Syriac"), "names a font the system has: " + d.message());
    assertTrue(d.message().contains("--fonts"), d.message());

    // the book is written without the document, which the result names
    assertTrue(result.written().stream().anyMatch(p -> p.getFileName().toString().equals("edition.pdf")),
        result.written().toString());
    assertEquals(List.of(folder.resolve("a-syriac.xml")), result.notPrinted());
    assertTrue(result.diagnostics().stream().anyMatch(w -> !w.isError()
        && w.file().getFileName().toString().equals("a-syriac.xml") && w.message().contains("left out")),
        result.diagnostics().toString());
  }

  @Test
  void xmlThatIsNotTeiIsLeftOutSayingWhereAndTheRestPrints(@TempDir Path tmp) throws Exception {
    Path folder = tmp.resolve("edition");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("a-letter.xml"), TestEdition.document("<p>Dear Sir,</p>"));
    Files.writeString(folder.resolve("taxonomies.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>

            <classDecl xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
              <taxonomy xml:id="t"><category xml:id="c"><catDesc>A category</catDesc></category></taxonomy>
            </classDecl>
        """);
    PdfRenderer.Result result = render(folder, tmp.resolve("out"));

    assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
    Diagnostic d = result.diagnostics().get(0);
    assertEquals("taxonomies.xml", d.file().getFileName().toString());
    assertEquals(3, d.line());
    assertEquals(5, d.column());
    assertTrue(!d.isError() && d.message().startsWith("not a TEI document (its root is classDecl"), d.toString());
    assertTrue(d.message().contains("left out of the print edition"), d.message());
    assertTrue(result.written().stream().anyMatch(p -> p.getFileName().toString().equals("edition.pdf")),
        "the letter's book is written: " + result.written());
    assertEquals(List.of(folder.resolve("taxonomies.xml")), result.notPrinted());
    assertTrue(Poppler.text(tmp.resolve("out/edition.pdf")).contains("Dear Sir"));
  }
}
