package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book's contents and its links (issue 18): a long document's chapters are listed with their
 * pages; a title that holds its date is not followed by it again; a list of contents in the text
 * (FRUS's div type="toc", its refs pointing to page breaks) gives each line its page; a ref to an
 * id of its document is a link to that page. (The conventions page only for a book that uses a
 * convention: GoldenFoTest's case verse.)
 */
class ContentsTest {
  static final String HEADER = """
      <teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
      <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>made by the test</p></sourceDesc></fileDesc>
      <profileDesc><creation><date when="1848-10-01">1 October 1848</date></creation></profileDesc></teiHeader>
      """;

  static String words(int chapter, int paragraph) {
    return "<p>Paragraph " + paragraph + " of chapter " + chapter + ". " + "Words that fill the page with text. ".repeat(30) + "</p>";
  }

  /** A novel of eight chapters, over 60,000 characters, with its own contents pointing to page breaks. */
  static String novel() {
    StringBuilder xml = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">")
        .append(HEADER.formatted("A Tale, 1 October 1848"))
        .append("<text><front><div type=\"toc\"><head>Own Contents</head><list type=\"toc\">");
    for (int c = 1; c <= 8; c++) {
      xml.append("<item><ref target=\"#pg_").append(c).append("\">Own line ").append(c).append("</ref></item>");
    }
    xml.append("</list></div></front><body>");
    for (int c = 1; c <= 8; c++) {
      xml.append("<div type=\"chapter\"><pb n=\"").append(c).append("\" xml:id=\"pg_").append(c).append("\"/>")
          .append("<head>Chapter Heading ").append(c).append("</head>");
      for (int p = 1; p <= 8; p++) {
        xml.append(words(c, p));
      }
      xml.append("<p>See <ref target=\"#pg_").append(c == 8 ? 1 : c + 1).append("\">the next chapter</ref>.</p>");
      xml.append("</div>");
    }
    return xml.append("</body></text></TEI>").toString();
  }

  @Test
  void aLongDocumentsChaptersItsOwnContentsAndItsCrossReferencesHavePagesAndLinks(@TempDir Path tmp) throws Exception {
    String novel = novel();
    assertTrue(novel.length() > 60_000, "long enough to list its chapters: " + novel.length());
    Path pdf = PageSequenceTest.printed(tmp, "tale", novel);
    String contents = Poppler.body(pdf, 2);

    // the book's contents: each chapter on a line of its own, with a page number
    for (int c = 1; c <= 8; c++) {
      assertTrue(Pattern.compile("Chapter Heading " + c + "[ .]*\\d+").matcher(contents).find(),
          "chapter " + c + " in the contents:\n" + contents);
    }
    assertFalse(contents.contains("1848 (1 October 1848)") || contents.contains("1848 (1848"),
        "a title that holds its date is not followed by it:\n" + contents);

    // the document's own contents: each line ends in the page of its page break
    String text = Poppler.text(pdf);
    Matcher own = Pattern.compile("Own line (\\d)[ .]*(\\d+)").matcher(text);
    int lines = 0;
    while (own.find()) {
      lines++;
    }
    assertEquals(8, lines, "every line of the text's own contents has a page:\n" + text);
    assertFalse(text.contains("• Own line"), "a line of contents has no bullet:\n" + text);

    // links: the contents' lines, the own contents' eight and the eight cross-references
    List<Integer> targets = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go
              && go.getDestination() instanceof PDPageDestination d) {
            targets.add(d.retrievePageNumber());
          } else if (a instanceof PDAnnotationLink link && link.getDestination() instanceof PDPageDestination d) {
            targets.add(d.retrievePageNumber());
          }
        }
      }
    }
    // a book of one document, set whole: 8 chapters in the book's contents, 8 own lines, 8 cross-references
    assertTrue(targets.size() >= 24, "internal links: " + targets.size());
  }
}
