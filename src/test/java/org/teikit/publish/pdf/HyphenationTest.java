package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestEdition;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/**
 * Hyphenation keeps every word: a page break inside italics (its margin label inside an inline)
 * made FOP set the text after the break in place of the text before it, once hyphenation was on.
 */
class HyphenationTest {
  @Test
  void aPageBreakInsideItalicsKeepsTheWordsOnBothSidesOnce(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("edition"));
    Files.writeString(folder.resolve("letter.xml"), TestEdition.document(
        "<p>Before <hi rend=\"italic\">first half <pb n=\"2\"/>still italic</hi> after the break.</p>"));
    Edition edition = Editions.find(List.of(folder)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder));
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults().withJobs(1)).render(edition, tmp.resolve("out"));
    assertEquals(List.of(), result.diagnostics());

    String text = Poppler.rawText(result.written().get(0));
    assertEquals(1, count(text, "first half"), text);
    assertEquals(1, count(text, "still italic"), text);
    assertTrue(text.indexOf("first half") < text.indexOf("still italic"), text);
  }

  private static int count(String text, String phrase) {
    Matcher m = Pattern.compile(Pattern.quote(phrase)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
