package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.xml.XmlContext;

/**
 * Web and print give the seed edition's readings the same sigla and the same key: every
 * "reading sigla" of the web apparatus and every line of the web's sigla key is in the PDF's
 * text. Fails when either edition changes how it names a witness, a hand or an editor alone.
 */
class SiglaAgreementTest {
  static final Path EDITION = Path.of("editions/chervonenko-deng-1962");

  @TempDir Path tmp;

  @Test
  void theSeedEditionHasTheSameSiglaAndKeyInBoth() throws Exception {
    Agreement seed = compare(EDITION);
    assertTrue(seed.readings().size() >= 30, "sigla in the web apparatus: " + seed.readings());
    assertEquals(4, seed.key().size(), "the seed's key: two hands, two witnesses: " + seed.key());
    assertEquals(List.of(), seed.missing(), "in the web edition, not in print");
  }

  /** The golden case sigla: sigla from @n, abbr, @scribe, short descriptions, edition.xml, "ed.". */
  @Test
  void theGoldenSiglaCaseHasTheSameSiglaAndKeyInBoth() throws Exception {
    Agreement sigla = compare(goldenCase("sigla"));
    assertEquals(8, sigla.readings().size(), "sigla in the web apparatus: " + sigla.readings());
    assertEquals(10, sigla.key().size(), "four hands, four witnesses, two of edition.xml: " + sigla.key());
    assertEquals(List.of(), sigla.missing(), "in the web edition, not in print");
  }

  /**
   * The golden case responsibility: hands and editors at the interventions (add, del, subst,
   * handShift, supplied, unclear, corr), in the apparatus and under notes, a hand of edition.xml
   * in the key. Each mark the web sets at an intervention or under a note stands as often in
   * the print edition's text as in the web page's.
   */
  @Test
  void theGoldenResponsibilityCaseMarksTheSameInterventionsInBoth() throws Exception {
    Agreement resp = compare(goldenCase("responsibility"));
    assertEquals(7, resp.readings().size(), "sigla in the web apparatus: " + resp.readings());
    assertEquals(4, resp.key().size(), "three hands (one of edition.xml), one witness: " + resp.key());
    assertEquals(List.of(), resp.missing(), "in the web edition, not in print");
    assertEquals(List.of("Schröder", "ed.", "hand 2", "hand A", "hand B"), List.copyOf(resp.marks().keySet()));
    assertEquals(resp.marks(), resp.printMarks(), "times each mark stands in the web page and in print");
  }

  /** A golden case's input.xml and edition.xml, copied into an edition folder of its name. */
  private Path goldenCase(String name) throws java.io.IOException {
    Path golden = Path.of("src/test/resources/golden/html", name);
    Path edition = java.nio.file.Files.createDirectories(tmp.resolve("in").resolve(name));
    for (String f : List.of("input.xml", "edition.xml")) {
      java.nio.file.Files.copy(golden.resolve(f), edition.resolve(f));
    }
    return edition;
  }

  /**
   * What the web edition gives (each reading with its sigla, each line of the key, how often each
   * responsibility mark stands in its text), which of it print lacks, and how often print has the marks.
   */
  record Agreement(List<String> readings, List<String> key, List<String> missing,
      java.util.SortedMap<String, Integer> marks, java.util.SortedMap<String, Integer> printMarks) {}

  private Agreement compare(Path editionDir) throws Exception {
    XmlContext xml = XmlContext.create(List.of(), List.of(editionDir.toAbsolutePath()));
    Edition edition = Editions.find(List.of(editionDir)).get(0);
    Path out = tmp.resolve("out/" + edition.name());
    Path site = out.resolve("site");
    new HtmlPublisher(xml, new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD))
        .publish(List.of(edition), site, false);
    PdfRenderer.Result pdf = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, out.resolve("pdf"));
    assertEquals(List.of(), pdf.diagnostics());
    String name = edition.documents().get(0).getFileName().toString().replace(".xml", "");
    String print = squeezed(Poppler.text(out.resolve("pdf/documents/" + name + ".pdf")));

    // the pages are read through a context of their own: the edition's reads nothing outside it
    XmlContext pages = XmlContext.create(List.of(), List.of(out.toAbsolutePath()));
    XdmNode page = pages.processor().newDocumentBuilder()
        .build(pages.source(site.resolve("doc/" + name + ".html").toUri()));
    XPathCompiler xpath = pages.processor().newXPathCompiler();
    xpath.declareNamespace("h", "http://www.w3.org/1999/xhtml");
    // each reading with its sigla: the entry's text up to the sigla, from the last ']' or ';' on;
    // a witness's detail whole
    List<String> readings = strings(xpath, page, "for $w in //h:section[contains(@class, 'apparatus')]//h:span[@class = 'wit']"
        + " return if ($w/parent::h:span[@class = 'app-note']) then string($w/..) else"
        + " let $body := $w/ancestor::h:div[@class = 'note-body'][1] return"
        + " replace(string-join($body//text()[. << $w or exists(ancestor::* intersect $w)]), '^.*[\\];]', '')");
    List<String> key = strings(xpath, page, "//h:dl[@class = 'sigla-key']/h:div ! (h:dt || ' ' || h:dd)");
    List<String> missing = new ArrayList<>();
    for (String s : readings) {
      if (!print.contains(squeezed(s))) {
        missing.add(s);
      }
    }
    for (String s : key) {
      if (!print.contains(squeezed(s))) {
        missing.add(s);
      }
    }
    // the marks at interventions and under notes, counted as words in the text of the page's
    // article (its controls aside; its metadata panel lists the hands, as print's front matter
    // does) and in the print edition's text
    String webText = String.join(" ", strings(xpath, page, "//h:article//text()[not(ancestor::*[@class = "
        + "('controls', 'visually-hidden')])]"));
    java.util.SortedMap<String, Integer> marks = new java.util.TreeMap<>();
    java.util.SortedMap<String, Integer> printMarks = new java.util.TreeMap<>();
    String printText = Poppler.text(out.resolve("pdf/documents/" + name + ".pdf"));
    for (String mark : strings(xpath, page, "//h:sup[@class = 'resp'] | //h:span[@class = 'note-resp']")) {
      String m = mark.replaceFirst("^— ", "");
      marks.put(m, words(webText, m));
      printMarks.put(m, words(printText, m));
    }
    return new Agreement(readings, key, missing, marks, printMarks);
  }

  /** How often a phrase stands in a text as words of their own, line breaks counted as spaces. */
  private static int words(String text, String phrase) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
        + java.util.regex.Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])")
        .matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static List<String> strings(XPathCompiler xpath, XdmNode page, String expr) throws Exception {
    List<String> result = new ArrayList<>();
    for (XdmItem i : xpath.evaluate(expr, page)) {
      result.add(i.getStringValue().strip());
    }
    return result;
  }

  /** Text without white space or hyphens: line breaks and hyphenation are print's alone. */
  private static String squeezed(String text) {
    return text.replaceAll("[\\s\\-\u00AD\u2010\u2011]", "");
  }
}
