package org.teikit.publish.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.xml.XmlContext;

/**
 * What an edition's web pages tell a reader, read back from the markup that carries each fact:
 * the home page's title and people, the index pages' headwords (of the entities it gives mentions
 * of: it also lists those the text never names, which print cannot give a page), and for each
 * document (in the order of the home page's list) its title, date (and its metadata panel's dates
 * by kind), people, sigla and section
 * numbers (marked as such, or the numbers its divisions' heads begin with).
 */
record WebFacts(String title, List<String> people, Map<String, Set<String>> index, List<Document> documents) {
  /** The index pages, by the name print's index groups share with them. */
  static final Map<String, String> INDEX_PAGES = Map.of("persons", "persons.html", "places", "places.html",
      "orgs", "orgs.html");

  /**
   * One document: facts from its page (the metadata panel and header), and from all its pages
   * (a split document's parts too) for what the text carries: sigla and section numbers.
   */
  record Document(String title, String date, List<String> dates, List<String> people, List<String> siglaKey,
      List<String> readingSigla, Set<String> sections, List<Part> parts) {}

  /** A citable part of a split document, as its page's panel names it: number, title, date. */
  record Part(String number, String title, String date) {}

  static WebFacts read(XmlContext xml, Path site) throws IOException, SaxonApiException {
    Reader r = new Reader(xml);
    XdmNode home = r.page(site.resolve("index.html"));
    Map<String, Set<String>> index = new LinkedHashMap<>();
    for (String kind : List.of("persons", "places", "orgs")) {
      Path page = site.resolve(INDEX_PAGES.get(kind));
      index.put(kind, Files.exists(page)
          ? new LinkedHashSet<>(r.strings(r.page(page), "//h:article[contains-token(@class, 'entity')]"
              + "[not(.//*[contains-token(@class, 'no-mentions')])]/h:h2"))
          : Set.of());
    }
    List<Document> documents = new ArrayList<>();
    for (String href : r.strings(home, "//h:ol[contains-token(@class, 'documents')]//h:a/@href")) {
      documents.add(r.document(site.resolve(href)));
    }
    return new WebFacts(r.string(home, "//h:main/h:h1"),
        r.strings(home, "//h:main/h:p[contains-token(@class, 'editors')]"), index, documents);
  }

  private static final class Reader {
    private final XmlContext xml;
    private final XPathCompiler xpath;

    Reader(XmlContext xml) {
      this.xml = xml;
      this.xpath = xml.processor().newXPathCompiler();
      xpath.declareNamespace("h", "http://www.w3.org/1999/xhtml");
    }

    Document document(Path page) throws IOException, SaxonApiException {
      XdmNode main = page(page);
      List<String> key = new ArrayList<>();
      List<String> readings = new ArrayList<>();
      Set<String> sections = new LinkedHashSet<>();
      List<Part> parts = new ArrayList<>();
      for (Path p : pagesOf(page)) {
        XdmNode each = p.equals(page) ? main : page(p);
        for (XdmItem about : xpath.evaluate("//h:div[contains-token(@class, 'part-about')]//h:dl"
            + "[h:div[contains-token(@class, 'meta-number')]]", each)) {
          XdmNode dl = (XdmNode) about;
          parts.add(new Part(string(dl, "h:div[contains-token(@class, 'meta-number')]/h:dd"),
              string(dl, "h:div[contains-token(@class, 'meta-title')]/h:dd"),
              string(dl, "h:div[contains-token(@class, 'meta-date')]/h:dd")));
        }
        key.addAll(strings(each, "//h:dl[contains-token(@class, 'sigla-key')]/h:div ! (h:dt || ' ' || h:dd)"));
        readings.addAll(strings(each, READING_SIGLA));
        strings(each, "//*[contains(@class, 'section-number')]").forEach(l -> Words.sectionNumber(l).ifPresent(sections::add));
        // a head's leading number, but not a letter ("b) the second point")
        strings(each, "//*[contains-token(@class, 'tei-head')]").forEach(h -> Words.sectionNumber(h)
            .filter(n -> !n.matches("[a-z]")).ifPresent(sections::add));
      }
      // a group of people worded as tk:people-line words it: "By X", "Edited by X", "Translator: X"
      List<String> people = strings(main, "//h:div[contains-token(@class, 'meta-people')]"
          + " ! (h:dt || (if (matches(h:dt, '(^|\\s)by$', 'i')) then ' ' else ': ') || h:dd)");
      // each date of the panel with its kind: "Written: 28 March 1962"
      List<String> dates = strings(main, "(//h:section[contains-token(@class, 'metadata')])[1]/h:dl"
          + "/h:div[contains-token(@class, 'meta-date')] ! (h:dt || ': ' || h:dd)");
      return new Document(string(main, "//h:h1[@id = 'doc-title']"),
          string(main, "//h:header[contains-token(@class, 'doc-header')]//*[contains-token(@class, 'doc-date')]"),
          dates, people, key.stream().distinct().toList(), readings, sections, parts);
    }

    /**
     * Each reading of the apparatus with its sigla: the entry's text up to the sigla, from the
     * last ']' or ';' on ("ЗАПИСЬ R", "add. m74 Q"); a witness's detail (an app-note) whole. A
     * superscript (a hand's mark, "hand m4") and the mark of an entry nested in the reading are
     * words of their own, as print sets them, the mark between ⁅ and ⁆ (a print edition with a
     * line-keyed apparatus has no marks); words for screen readers only are left out.
     */
    static final String READING_SIGLA = "for $w in //h:section[contains(@class, 'apparatus')]//h:span[@class = 'wit']"
        + " return if ($w/parent::h:span[@class = 'app-note']) then string($w/..) else"
        + " let $body := $w/ancestor::h:div[@class = 'note-body'][1] return"
        + " replace(string-join($body//text()[. << $w or exists(ancestor::* intersect $w)]"
        + " ! (if (ancestor::h:span[@class = 'visually-hidden']) then ' '"
        + " else if (ancestor::h:a[contains(@class, 'noteref')]) then ' \u2045' || . || '\u2046 '"
        + " else if (parent::h:sup) then ' ' || . || ' '"
        + " else string(.))), '^.*[\\];]', '')";

    /** A document's page and the pages it is split into (NAME.html, NAME.*.html), in name order. */
    static List<Path> pagesOf(Path page) throws IOException {
      String name = page.getFileName().toString().replaceFirst("\\.html$", "");
      try (Stream<Path> files = Files.list(page.getParent())) {
        return files.filter(f -> f.equals(page) || f.getFileName().toString().startsWith(name + ".")
            && f.toString().endsWith(".html")).sorted().toList();
      }
    }

    XdmNode page(Path page) throws SaxonApiException {
      return xml.processor().newDocumentBuilder().build(xml.source(page.toUri()));
    }

    List<String> strings(XdmNode page, String expression) throws SaxonApiException {
      List<String> result = new ArrayList<>();
      for (XdmItem i : xpath.evaluate(expression, page)) {
        String s = Words.spaced(i.getStringValue());
        if (!s.isEmpty()) {
          result.add(s);
        }
      }
      return result;
    }

    String string(XdmNode page, String expression) throws SaxonApiException {
      return String.join(" ", strings(page, expression));
    }
  }
}
