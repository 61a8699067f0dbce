package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/**
 * A long text made of one division of divisions (a FRUS volume's compilation of documents) is set
 * in several page sequences: a long subdivision starts a page, the division's head comes with the
 * first; short subdivisions run on.
 */
class PageSequenceTest {
  static String paragraph(int division, int i) {
    return "<p>Paragraph " + i + " of part " + division + ". " + "Words that fill the page with text. ".repeat(25) + "</p>";
  }

  static String document() {
    return document(24, 24, 24);
  }

  /** The compilation of three documents, of so many paragraphs each. */
  static String document(int... paragraphs) {
    StringBuilder xml = new StringBuilder("""
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Long</title></titleStmt>
        <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>made by the test</p></sourceDesc></fileDesc></teiHeader>
        <text><body><div type="compilation"><head>The Compilation</head>
        """);
    for (int d = 1; d <= paragraphs.length; d++) {
      xml.append("<div type=\"document\"><head>Document Heading ").append(d).append("</head>");
      for (int i = 1; i <= paragraphs[d - 1]; i++) {
        xml.append(paragraph(d, i));
      }
      xml.append("</div>");
    }
    return xml.append("</div></body></text></TEI>").toString();
  }

  /** The page the document starts on, after the front matter (whose contents list the headings too). */
  static int firstTextPage(Path pdf) throws Exception {
    for (int page = 1; page <= Poppler.pages(pdf); page++) {
      if (Poppler.body(pdf, page).contains("DOCUMENT 1")) {
        return page;
      }
    }
    throw new AssertionError("no page starts the document");
  }

  /** The PDF of a folder {@code name} holding the one document {@code name.xml}, printed without a finding. */
  static Path printed(Path tmp, String name, String document) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve(name));
    Files.writeString(folder.resolve(name + ".xml"), document, StandardCharsets.UTF_8);
    Edition edition = Editions.find(List.of(folder)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, tmp.resolve("out"));
    assertEquals(List.of(), result.diagnostics());
    return tmp.resolve("out/" + name + ".pdf");
  }

  @Test
  void eachSubdivisionOfALongDivisionStartsAPageAndTheHeadComesWithTheFirst(@TempDir Path tmp) throws Exception {
    Path pdf = printed(tmp, "long", document());
    List<Integer> headingPages = new ArrayList<>();
    for (int page = firstTextPage(pdf); page <= Poppler.pages(pdf); page++) {
      String body = Poppler.body(pdf, page).strip();
      for (int d = 1; d <= 3; d++) {
        if (body.contains("Document Heading " + d)) {
          headingPages.add(page);
          String before = body.substring(0, body.indexOf("Document Heading " + d));
          assertTrue(d == 1 ? before.contains("The Compilation") && !before.contains("Paragraph")
              : before.strip().isEmpty(), "page " + page + " starts with the heading:\n" + body);
        }
      }
    }
    assertEquals(3, headingPages.size(), "every heading is printed once");
    assertTrue(headingPages.get(1) - headingPages.get(0) >= 2, "the parts are pages long: " + headingPages);
  }

  /**
   * The document's header does not stand alone on its page: white space before the text's first
   * division (as every real file has it) made a page sequence of its own, the header's.
   */
  @Test
  void theHeaderSharesItsPageWithTheTextWhenTheTextStartsWithWhiteSpace(@TempDir Path tmp) throws Exception {
    Path pdf = printed(tmp, "spaced", document().replace("<body><div", "<body>\n    <div"));
    String first = Poppler.body(pdf, firstTextPage(pdf));
    assertTrue(first.contains("The Compilation") && first.contains("Paragraph 1 of part 1"),
        "the header's page starts the text:\n" + first);
  }

  /**
   * Margins are mirrored on every page, the first page of a page sequence too: a subdivision that
   * starts an even page has its wider margin on the left, as every even page (it had the odd
   * pages' margins, and its margin labels stood in the narrow inner margin).
   */
  @Test
  void theTextBlockAlternatesSidesPageByPageAcrossPageSequences(@TempDir Path tmp) throws Exception {
    Path pdf = printed(tmp, "long", document(24, 20, 24));
    double inner = 22 / 25.4 * 72;
    List<Boolean> widerLeft = new ArrayList<>();
    int first = firstTextPage(pdf);
    for (int page = first; page <= Poppler.pages(pdf); page++) {
      double left = Poppler.boxes(pdf, page).stream().mapToDouble(Poppler.Word::x).min().orElse(-1);
      if (left > 0) {
        widerLeft.add(left > inner + 5);
      }
    }
    for (int i = 1; i < widerLeft.size(); i++) {
      assertTrue(widerLeft.get(i) != widerLeft.get(i - 1), "page " + (first + i) + " has the margins of the page before it: "
          + widerLeft);
    }
  }

  /** A long text of many short divisions (FRUS's Editorial Notes, short documents). */
  static String shortDivisions(int count) {
    StringBuilder xml = new StringBuilder("""
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Short</title></titleStmt>
        <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>made by the test</p></sourceDesc></fileDesc></teiHeader>
        <text><body>
        """);
    for (int d = 1; d <= count; d++) {
      xml.append("<div type=\"document\"><head>Short Heading ").append(d).append("</head>");
      xml.append(paragraph(d, 1)).append(paragraph(d, 2));
      xml.append("</div>");
    }
    return xml.append("</body></text></TEI>").toString();
  }

  @Test
  void shortDivisionsOfALongTextRunOnInsteadOfStartingPages(@TempDir Path tmp) throws Exception {
    int count = 40;
    String document = shortDivisions(count);
    assertTrue(document.length() > 60_000, "the text is long enough to be split: " + document.length());
    Path pdf = printed(tmp, "short", document);
    int headings = 0;
    int pagesWithTwo = 0;
    for (int page = firstTextPage(pdf); page <= Poppler.pages(pdf); page++) {
      String body = Poppler.body(pdf, page);
      int here = body.split("Short Heading \\d+", -1).length - 1;
      headings += here;
      pagesWithTwo += here >= 2 ? 1 : 0;
    }
    assertEquals(count, headings, "every heading is printed once");
    // two divisions of some 1,900 characters each fit a page: they share pages instead of each
    // starting one (before the fix, each of the 40 started a page of its own)
    assertTrue(pagesWithTwo >= count / 4, "pages holding two headings or more: " + pagesWithTwo);
  }
}
