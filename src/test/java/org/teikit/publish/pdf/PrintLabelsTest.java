package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.xml.XmlContext;

/**
 * Print decides nothing the model decides: its interface words come from tk:label in the book's
 * language, and which text of a group is the original from tk:original-text, as on the web.
 */
class PrintLabelsTest {
  private static String book(String lang, String body) {
    return """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="%s"><teiHeader><fileDesc>
          <titleStmt><title>Un livre</title></titleStmt>
          <publicationStmt><p>Test.</p></publicationStmt>
          <sourceDesc><listPerson><person xml:id="p1"><persName>Anna Ivanova</persName></person></listPerson>
          </sourceDesc></fileDesc></teiHeader>
          <text>%s</text></TEI>""".formatted(lang, body);
  }

  private static final String NAMED = "<body><p>Avec <persName ref=\"#p1\">Anna</persName>.</p></body>";

  @Test
  void aFrenchBooksContentsConventionsAndIndexAreHeadedInFrench(@TempDir Path tmp) throws Exception {
    String text = Poppler.text(render(tmp, "fr", NAMED, Layout.SEQUENTIAL));
    for (String word : List.of("Table des matières", "Conventions éditoriales",
        "Index des personnes, des lieux et des organisations", "Personnes", "DOCUMENT 1")) {
      assertTrue(text.contains(word), "'" + word + "' in the French book:\n" + text);
    }
    for (String english : List.of("Contents", "Index of persons", "Persons")) {
      assertFalse(text.contains(english), "no '" + english + "' in the French book:\n" + text);
    }
  }

  @Test
  void aRussianBooksContentsAndIndexAreHeadedInRussian(@TempDir Path tmp) throws Exception {
    String text = Poppler.text(render(tmp, "ru-RU", NAMED, Layout.SEQUENTIAL));
    for (String word : List.of("Содержание", "Указатель имён, мест и организаций", "Лица", "ДОКУМЕНТ 1")) {
      assertTrue(text.contains(word), "'" + word + "' in the Russian book:\n" + text);
    }
    assertFalse(text.contains("Contents"), text);
  }

  /** A group whose first text is the translation: the web's original (tk:original-text) is print's too. */
  @Test
  void printAndWebAgreeOnTheOriginalWhenTheTranslationComesFirst(@TempDir Path tmp) throws Exception {
    String group = """
        <group>
          <text type="translation" xml:lang="en"><body><p xml:id="en1" corresp="#ru1">Translated words.</p></body></text>
          <text type="original" xml:lang="ru"><body><p xml:id="ru1">Исходные слова.</p></body></text>
        </group>""";
    Path pdf = render(tmp, "en", group, Layout.PARALLEL);
    Path site = tmp.resolve("site");
    XmlContext xml = XmlContext.create(List.of(), List.of(tmp.resolve("book").toAbsolutePath()));
    new HtmlPublisher(xml, new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD))
        .publish(Editions.find(List.of(tmp.resolve("book"))), site, false);
    String page = Files.readString(site.resolve("doc/book.html"));
    assertTrue(page.contains("<div class=\"cell original\" lang=\"ru\">"), "the web's original column is Russian");

    // print: the left column, headed by its language, is the original
    List<Poppler.Word> words = Poppler.boxes(pdf, Poppler.pages(pdf));
    double russian = words.stream().filter(w -> w.text().equals("RUSSIAN")).findFirst().orElseThrow().x();
    double english = words.stream().filter(w -> w.text().equals("ENGLISH")).findFirst().orElseThrow().x();
    assertTrue(russian < Poppler.GUTTER && english > Poppler.GUTTER, "Russian left, English right: " + words);
    double source = words.stream().filter(w -> w.text().equals("Исходные")).findFirst().orElseThrow().x();
    assertTrue(source < Poppler.GUTTER, "the original's words in the left column: " + words);
  }

  /** The book made of one document in a folder of its own; the whole book's PDF. */
  private static Path render(Path tmp, String lang, String text, Layout layout) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("book"));
    Files.writeString(folder.resolve("book.xml"), book(lang, text));
    Edition edition = Editions.find(List.of(folder)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    Path out = tmp.resolve("pdf");
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults().withLayout(layout)).render(edition, out);
    assertEquals(List.of(), result.diagnostics());
    return out.resolve("book.pdf");
  }
}
