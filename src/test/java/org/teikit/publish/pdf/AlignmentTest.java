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
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.xml.XmlContext;

/** Web and print set an original and its translation side by side in the same rows (tk:aligned-rows). */
class AlignmentTest {
  /** Only the translation points (to the original's paragraphs): the web aligned nothing, print did. */
  private static final String DOC = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
        <titleStmt><title>Aligned</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt>
        <sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader>
        <text><group>
          <text type="original" xml:lang="ru"><body>
            <p xml:id="o1">Первый абзац довольно длинный, чтобы занять несколько строк в узкой колонке печатного
              издания и сдвинуть следующий.</p>
            <p xml:id="o2">Второй.</p>
          </body></text>
          <text type="translation" xml:lang="en"><body>
            <p corresp="#o1">First.</p>
            <p corresp="#o2">Second.</p>
          </body></text>
        </group></text></TEI>""";

  @Test
  void aTranslationThatPointsToItsOriginalIsAlignedAlikeOnTheWebAndInPrint(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("book"));
    Files.writeString(folder.resolve("doc.xml"), DOC);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    List<Edition> editions = Editions.find(List.of(folder));
    new HtmlPublisher(xml, new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD))
        .publish(editions, tmp.resolve("site"), false);
    String page = Files.readString(tmp.resolve("site/doc/doc.html"));
    // web: two rows, each with its paragraph on either side
    Matcher rows = Pattern.compile("<div class=\"row\">.*?Перв.*?First.*?</div></div>.*?<div class=\"row\">.*?Втор.*?Second",
        Pattern.DOTALL).matcher(page);
    assertTrue(rows.find(), "each paragraph beside its translation:\n" + page);

    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults().withLayout(Layout.PARALLEL))
        .render(editions.get(0), tmp.resolve("pdf"));
    assertEquals(List.of(), result.diagnostics());
    Path pdf = tmp.resolve("pdf/doc.pdf");
    List<Poppler.Word> words = Poppler.boxes(pdf, Poppler.pages(pdf));
    assertEquals(top(words, "Второй."), top(words, "Second."), 3, "the second rows side by side: " + words);
    assertEquals(top(words, "Первый"), top(words, "First."), 3, "the first rows side by side: " + words);
  }

  private static double top(List<Poppler.Word> words, String word) {
    return words.stream().filter(w -> w.text().equals(word)).findFirst().orElseThrow(() -> new AssertionError(word))
        .yMax();
  }
}
