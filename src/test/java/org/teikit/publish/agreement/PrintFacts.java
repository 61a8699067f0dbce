package org.teikit.publish.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.teikit.publish.pdf.Poppler;

/**
 * What an edition's book tells a reader, read back from {@code pdftotext} (and, for section
 * numbers, the PDF's bookmarks): the title page, the contents ("1. Title (date) ..... 1"), the
 * index of persons, places and organisations, and each document from its "DOCUMENT n" heading on.
 */
record PrintFacts(String titlePage, List<Entry> contents, Map<String, Set<String>> index, List<Document> documents) {
  /** The index's groups as print heads them in any language, by the kind the web's index pages share. */
  static final Map<String, String> INDEX_GROUPS = new java.util.HashMap<>();

  static {
    for (String kind : List.of("persons", "places", "orgs")) {
      Labels.all(kind).forEach(word -> INDEX_GROUPS.put(word, kind));
    }
  }

  static final Set<String> INDEX_HEADINGS = Labels.all("index-title");
  static final Set<String> CONTENTS = Labels.all("contents");

  /** A document's line in the contents: its number and the rest, "Title (date)". */
  record Entry(String number, String text) {}

  /**
   * A document: its first page from its heading on (title, date, source, people, sigla key), its
   * whole text, and its section numbers: those its bookmarks begin with, and those (a superset)
   * that also counts every label set on a line of its own ("Section 12", "Face a", but also a
   * page's margin label "Migne 97"). {@code raw} is its text as pdftotext -raw reads it, where a
   * superscript (a hand's siglum in a footnote) stays in its line.
   */
  record Document(String heading, String text, String raw, Set<String> bookmarked, Set<String> labelled, List<String> outline) {}

  private static final Pattern LEADERS = Pattern.compile("^(.*?)\\s*\\.{3,}\\s*\\S+$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*)$");
  /** A document's heading, "DOCUMENT 12" in the book's language. */
  private static final Pattern DOCUMENT = Pattern.compile("(?m)^(?:"
      + String.join("|", Labels.all("document").stream().map(w -> Pattern.quote(w.toUpperCase(java.util.Locale.ROOT))).toList())
      + ") (\\d+)$");
  private static final String PAGES = "(?:\\d+|[ivxlcdm]+)(?:, (?:\\d+|[ivxlcdm]+))*,?";
  private static final Pattern INDEX_ENTRY = Pattern.compile("^(.+?),? (" + PAGES + ")$");
  /** A numbered division's label on a line of its own: "Section 12", "Face a". */
  private static final Pattern SECTION_LABEL = Pattern.compile("^\\p{Lu}\\p{L}*\\.? (\\d+[a-z]?|[IVXLC]+|[a-z])$");
  private static final Pattern PAGES_ONLY = Pattern.compile("^" + PAGES + "$");

  static PrintFacts read(Path pdf) throws IOException, InterruptedException {
    // pdftotext ends each page with a form feed
    List<String> pages = List.of(Poppler.text(pdf).split("\f"));
    List<String> rawPages = List.of(Poppler.rawText(pdf).split("\f"));
    int index = -1;
    for (int i = 0; i < pages.size(); i++) {
      if (lines(pages.get(i)).stream().anyMatch(INDEX_HEADINGS::contains)) {
        index = i;
      }
    }
    List<List<String>> bookmarks = bookmarks(pdf);
    List<Document> documents = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (DOCUMENT.matcher(pages.get(i)).find()) {
        starts.add(i);
      }
    }
    for (int d = 0; d < starts.size(); d++) {
      int from = starts.get(d);
      int to = d + 1 < starts.size() ? starts.get(d + 1) : index >= 0 ? index : pages.size();
      Matcher heading = DOCUMENT.matcher(pages.get(from));
      heading.find();
      String text = String.join("\n", pages.subList(from, to));
      Set<String> bookmarked = d < bookmarks.size() ? sectionNumbers(bookmarks.get(d)) : Set.of();
      Set<String> labelled = new LinkedHashSet<>(bookmarked);
      lines(text).stream().filter(l -> SECTION_LABEL.matcher(l).matches())
          .forEach(l -> Words.sectionNumber(l).ifPresent(labelled::add));
      String raw = String.join("\n", rawPages.subList(from, Math.min(to, rawPages.size())));
      documents.add(new Document(pages.get(from).substring(heading.start()), text, raw, bookmarked, labelled,
          d < bookmarks.size() ? bookmarks.get(d) : List.of()));
    }
    return new PrintFacts(pages.get(0), contents(pages), index < 0 ? Map.of() : index(pdf, pages, index),
        documents);
  }

  private static List<String> lines(String page) {
    return page.lines().map(Words::spaced).filter(l -> !l.isEmpty()).toList();
  }

  /** The contents' numbered entries; an entry runs over lines until its leaders and page. */
  private static List<Entry> contents(List<String> pages) {
    List<Entry> entries = new ArrayList<>();
    for (String page : pages) {
      List<String> lines = lines(page);
      int at = -1;
      for (int l = 0; l < lines.size() && at < 0; l++) {
        at = CONTENTS.contains(lines.get(l)) ? l : -1;
      }
      if (at < 0) {
        continue;
      }
      String pending = "";
      for (String line : lines.subList(at + 1, lines.size())) {
        pending = (pending + " " + line).strip();
        Matcher m = LEADERS.matcher(pending);
        if (m.matches()) {
          Matcher numbered = NUMBERED.matcher(m.group(1));
          if (numbered.matches()) {
            entries.add(new Entry(numbered.group(1), numbered.group(2)));
          }
          pending = "";
        }
      }
      break;
    }
    return entries;
  }

  /**
   * The index's headwords by group: a line that ends in page numbers is an entry, lines before it
   * that do not are the start of its headword, a line of page numbers alone continues the last one.
   * Pages are read without their running heads.
   */
  private static Map<String, Set<String>> index(Path pdf, List<String> pages, int first)
      throws IOException, InterruptedException {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    Set<String> group = null;
    String pending = "";
    for (int page = first; page < pages.size(); page++) {
      String text = page == first ? pages.get(first) : Poppler.body(pdf, page + 1);
      for (String line : lines(text)) {
        if (INDEX_GROUPS.containsKey(line)) {
          group = groups.computeIfAbsent(INDEX_GROUPS.get(line), k -> new LinkedHashSet<>());
          pending = "";
        } else if (group == null || INDEX_HEADINGS.contains(line)) {
          continue;
        } else if (PAGES_ONLY.matcher(line).matches()) {
          pending = "";
        } else {
          Matcher entry = INDEX_ENTRY.matcher((pending + " " + line).strip());
          if (entry.matches()) {
            group.add(entry.group(1));
            pending = "";
          } else {
            pending = (pending + " " + line).strip();
          }
        }
      }
    }
    return groups;
  }

  /** The titles under each numbered top-level bookmark ("1. Title"), a document's outline. */
  private static List<List<String>> bookmarks(Path pdf) throws IOException {
    List<List<String>> documents = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDOutlineNode outline = doc.getDocumentCatalog().getDocumentOutline();
      if (outline == null) {
        return documents;
      }
      for (PDOutlineItem top : outline.children()) {
        if (NUMBERED.matcher(Words.spaced(top.getTitle())).matches()) {
          List<String> titles = new ArrayList<>();
          below(top, titles);
          documents.add(titles);
        }
      }
    }
    return documents;
  }

  private static void below(PDOutlineNode node, List<String> titles) {
    for (PDOutlineItem child : node.children()) {
      titles.add(Words.spaced(child.getTitle()));
      below(child, titles);
    }
  }

  /** The numbers bookmarks begin with. */
  private static Set<String> sectionNumbers(List<String> titles) {
    Set<String> numbers = new LinkedHashSet<>();
    titles.forEach(t -> Words.sectionNumber(t).ifPresent(numbers::add));
    return numbers;
  }
}
