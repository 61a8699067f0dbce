package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.xml.XmlContext;

/**
 * The citation structure (xslt/common/citation.xsl) reaches the reader of both editions: section
 * numbers in the web pages, the PDF's text and its bookmarks; canonical references (@cRef) in
 * both; page breaks of two editions at one point, each with its siglum, not printed one over the
 * other.
 */
@UsesShared
class CitationStructureTest {
  static final Path PTA = Shared.path("corpora/apparatus/pta");

  @TempDir Path tmp;

  /** Athanasius, De incarnatione: 57 textparts n="1".."57", none with a head. */
  @Test
  void everySectionOfPta0022IsNumberedOnTheWebInPrintAndInTheBookmarks() throws Exception {
    Both both = publish(PTA.resolve("pta0022/pta002/pta0022.pta002.pta-grc1.xml"));
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 57; i++) {
      expected.add("Section " + i);
    }
    List<String> web = both.html("//h:*[contains-token(@class, 'tk-section-number')]/normalize-space()");
    assertEquals(expected, web.stream().distinct().sorted(CitationStructureTest::bySection).toList(),
        "section numbers on the web pages");
    List<String> print = new ArrayList<>();
    for (String line : both.text().split("\n")) {
      if (line.strip().matches("Section \\d+")) {
        print.add(line.strip());
      }
    }
    assertEquals(expected, print, "section numbers in the PDF's text, in order");
    assertEquals(expected, bookmarks(both.pdf()).stream().filter(t -> t.startsWith("Section ")).toList(),
        "section numbers in the PDF's outline");
  }

  /** De sabbatis: its biblical references (ref/@cRef, self-closed or around the words they cite). */
  @Test
  void everyCanonicalReferenceOfPta0029ReachesBothEditions() throws Exception {
    Path source = PTA.resolve("pta0029/pta002/pta0029.pta002.pta-grc2.xml");
    long refs = count(Files.readString(source), "<ref [^>]*cRef=");
    assertTrue(refs >= 50, "cRef references in the source: " + refs);
    Both both = publish(source);
    List<String> web = both.html("//h:span[@class = 'tk-cref']/normalize-space()");
    assertEquals(refs, web.size(), "one reference on the web per cRef: " + web);
    assertTrue(web.contains("(Ps 101:19)") && web.contains("(Heb 9:23–10:1)"), "readable: " + web);
    // print sets them in the apparatus of sources (xslt/fo/apparatus.xsl: the text numbers its
    // sections and has an apparatus), without the web's brackets
    String print = squeezed(both.text());
    List<String> missing = web.stream().distinct()
        .filter(r -> count(print, Pattern.quote(squeezed(r.replaceAll("^\\(|\\)$", ""))))
            < web.stream().filter(r::equals).count()).toList();
    assertEquals(List.of(), missing, "references on the web, not (as often) in print");
  }

  /**
   * The golden case 'citation': two editions' page breaks at one point (@edRef to a bibl and to a
   * witness) show both, each with its siglum, in the web's margin and in the PDF's, one under the
   * other; and its numbered divisions agree.
   */
  @Test
  void pageBreaksOfTwoEditionsAtOnePointAreBothLegibleWithTheirSigla() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("in/citation"));
    Files.copy(Path.of("src/test/resources/golden/html/citation/input.xml"), folder.resolve("input.xml"));
    Both both = publish(folder.resolve("input.xml"));
    assertEquals(List.of("Migne 97", "S 12r", "B 4", "S 12v"),
        both.html("//h:span[@class = 'folio']/h:span[@class = 'folio-line']/string()"), "stacked on the web");

    List<Poppler.Word> margin = new ArrayList<>();
    for (int page = 1; page <= Poppler.pages(both.pdf()); page++) {
      Poppler.boxes(both.pdf(), page).stream().filter(w -> w.x() > Poppler.BODY_RIGHT).forEach(margin::add);
    }
    List<String> words = margin.stream().map(Poppler.Word::text).toList();
    assertTrue(words.containsAll(List.of("Migne", "97", "S", "12r", "B", "4", "12v")), "in the margin: " + words);
    assertTrue(below(margin, "12r", "97") && below(margin, "12v", "4"), "each label a line under the other: " + margin);

    assertEquals(List.of("Section 1", "Section 2", "Face a"),
        both.html("//h:*[contains-token(@class, 'tk-section-number')]/string()"), "sections on the web");
    assertTrue(both.text().contains("Section 1\n") && both.text().contains("Section 2\n")
        && both.text().contains("Face a\n"), both.text());
    assertTrue(!both.text().contains("Chapter 3"), "a number its head gives is not repeated:\n" + both.text());
  }

  /** True when the label holding {@code lower} stands at least a line under the one holding {@code upper}. */
  private static boolean below(List<Poppler.Word> margin, String lower, String upper) {
    double low = margin.stream().filter(w -> w.text().equals(lower)).findFirst().orElseThrow().yMax();
    double up = margin.stream().filter(w -> w.text().equals(upper)).findFirst().orElseThrow().yMax();
    return low - up >= 6;
  }

  /** A document published to the web and printed, read back. */
  private record Both(XmlContext pages, List<XdmNode> html, Path pdf, String text) {
    List<String> html(String expr) throws Exception {
      XPathCompiler xpath = pages.processor().newXPathCompiler();
      xpath.declareNamespace("h", "http://www.w3.org/1999/xhtml");
      List<String> result = new ArrayList<>();
      for (XdmNode page : html) {
        for (XdmItem i : xpath.evaluate(expr, page)) {
          result.add(i.getStringValue());
        }
      }
      return result;
    }
  }

  private Both publish(Path file) throws Exception {
    Path folder = file.getParent();
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    Edition edition = Editions.find(List.of(file)).get(0);
    Path out = tmp.resolve("out");
    Path site = out.resolve("site");
    new HtmlPublisher(xml, new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD))
        .publish(List.of(edition), site, false);
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, out.resolve("pdf"));
    assertEquals(List.of(), result.diagnostics());
    String name = file.getFileName().toString().replace(".xml", "");
    Path pdf = out.resolve("pdf/documents/" + name + ".pdf");

    // the pages are read through a context of their own: the edition's reads nothing outside it
    XmlContext pages = XmlContext.create(List.of(), List.of(out.toAbsolutePath()));
    List<XdmNode> html = new ArrayList<>();
    try (Stream<Path> walk = Files.list(site.resolve("doc"))) {
      for (Path page : walk.filter(p -> p.getFileName().toString().startsWith(name + ".")
          && p.toString().endsWith(".html")).sorted().toList()) {
        html.add(pages.processor().newDocumentBuilder().build(pages.source(page.toUri())));
      }
    }
    return new Both(pages, html, pdf, Poppler.text(pdf));
  }

  /** The titles of every bookmark of the PDF, depth first. */
  private static List<String> bookmarks(Path pdf) throws Exception {
    List<String> titles = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      collect(doc.getDocumentCatalog().getDocumentOutline(), titles);
    }
    return titles;
  }

  private static void collect(PDOutlineNode node, List<String> titles) {
    node.children().forEach(item -> {
      titles.add(item.getTitle());
      collect(item, titles);
    });
  }

  private static int bySection(String a, String b) {
    return Integer.compare(Integer.parseInt(a.replaceAll("\\D", "")), Integer.parseInt(b.replaceAll("\\D", "")));
  }

  /** Text without white space or hyphens: line breaks and hyphenation are print's alone. */
  private static String squeezed(String text) {
    return text.replaceAll("[\\s\\-\u00AD\u2010\u2011]", "");
  }

  /** Occurrences of a regular expression. */
  private static long count(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().count();
  }
}
