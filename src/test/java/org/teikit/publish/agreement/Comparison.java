package org.teikit.publish.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the web and the print edition of one edition disagree, each disagreement in plain words
 * and under the fact it concerns. The web's facts are read from their markup; print's from its
 * text, so a web fact is sought in the part of the book that should carry it.
 */
final class Comparison {
  /** The facts both editions must give alike. */
  enum Fact { TITLE, PEOPLE, DATE, INDEX, SIGLA, SECTIONS }

  record Disagreement(Fact fact, String words) {}

  /** How print's title page words a group of people (tk:people-line with tk:label's roles). */
  private static final Pattern PEOPLE_LINE = Pattern.compile("^(By|Edited by|General editor:|Translator:) .+");
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\(([^()]*)\\)$");
  private static final int SHOWN = 8;
  /** Words of other lines pdftotext may set between a reading's word and its sigla. */
  private static final int READING_GAP = 12;
  /** Words between the foot of one page and the next, where a long apparatus entry runs on. */
  private static final int NEXT_PAGE = 600;

  private final List<Disagreement> found = new ArrayList<>();

  static List<Disagreement> of(SourceFacts source, WebFacts web, PrintFacts print) {
    Comparison c = new Comparison();
    c.edition(web, print);
    c.index(web, print);
    if (web.documents().size() != print.contents().size() || web.documents().size() != print.documents().size()) {
      c.add(Fact.TITLE, "the web lists " + web.documents().size() + " documents; print's contents "
          + print.contents().size() + " and its text " + print.documents().size());
    }
    int n = Math.min(web.documents().size(), Math.min(print.contents().size(), print.documents().size()));
    for (int i = 0; i < n; i++) {
      c.document("document " + (i + 1), web.documents().get(i), print.contents().get(i), print.documents().get(i));
      c.parts("document " + (i + 1), web.documents().get(i).parts(), print.documents().get(i).outline());
      c.numbered("document " + (i + 1), i < source.sections().size() ? source.sections().get(i) : Set.of(),
          web.documents().get(i), print.documents().get(i));
    }
    return c.found;
  }

  private void edition(WebFacts web, PrintFacts print) {
    if (!Words.squeezed(print.titlePage()).startsWith(Words.squeezed(web.title()))) {
      add(Fact.TITLE, "the web edition is titled “" + web.title() + "”; print's title page begins otherwise: “"
          + Words.spaced(print.titlePage()).replaceAll("^(.{0,120}).*", "$1") + "”");
    }
    for (String line : web.people()) {
      if (!Words.holds(print.titlePage(), line)) {
        add(Fact.PEOPLE, "the web's home page says “" + line + "”; print's title page does not");
      }
    }
    String webPeople = String.join("\n", web.people());
    for (String line : print.titlePage().lines().map(Words::spaced).toList()) {
      if (PEOPLE_LINE.matcher(line).matches() && !Words.holds(webPeople, line)) {
        add(Fact.PEOPLE, "print's title page says “" + line + "”; the web's home page does not");
      }
    }
  }

  private void document(String which, WebFacts.Document web, PrintFacts.Entry entry, PrintFacts.Document print) {
    // "Title (date)"; a title of its own ending in parentheses and no date is the whole entry
    Matcher dated = TRAILING_PARENTHESIS.matcher(entry.text());
    boolean whole = Words.squeezed(entry.text()).equals(Words.squeezed(web.title()));
    String printDate = !whole && dated.find() ? dated.group(1) : "";
    String printTitle = printDate.isEmpty() ? entry.text() : entry.text().substring(0, dated.start());
    if (!Words.squeezed(printTitle).equals(Words.squeezed(web.title()))) {
      add(Fact.TITLE, which + ": the web titles it “" + web.title() + "”; print's contents “" + entry.text() + "”");
    }
    // a title that holds its date is not followed by it again in print's contents ("…, 1 March
    // 1962", not "…, 1 March 1962 (1 March 1962)")
    boolean inTitle = printDate.isEmpty() && !web.date().isEmpty()
        && Words.squeezed(printTitle).contains(Words.squeezed(web.date()));
    if (!inTitle && !Words.squeezed(printDate).equals(Words.squeezed(web.date()))) {
      add(Fact.DATE, which + ": the web dates it “" + web.date() + "”; print's contents “" + printDate + "”");
    }
    for (String date : web.dates()) {
      if (!Words.holds(print.heading(), date)) {
        add(Fact.DATE, which + ": the web's metadata says “" + date + "”; print's heading does not");
      }
    }
    for (String line : web.people()) {
      if (!Words.holds(print.heading(), line)) {
        add(Fact.PEOPLE, which + ": the web's metadata says “" + line + "”; print's heading does not");
      }
    }
    List<String> missing = new ArrayList<>(web.siglaKey().stream().filter(s -> !Words.holds(print.text(), s)).toList());
    // pdftotext's default order reads a superscript out of its line in a footnote, -raw keeps it
    // in; a reading is printed when either reading of the page has it
    List<String> words = Words.tokens(print.text());
    List<String> rawWords = Words.tokens(print.raw());
    // the mark of an entry nested in a reading (⁅b⁆) is printed with a footnote's mark, and not
    // at all in a line-keyed apparatus (xslt/fo/apparatus.xsl), whose entries carry no marks
    web.readingSigla().stream().filter(s -> Stream.of(s.replaceAll("\u2045([^\u2046]*)\u2046", "$1"),
            Words.spaced(s.replaceAll("\u2045[^\u2046]*\u2046", " ")))
        .noneMatch(r -> Words.holds(print.text(), r) || Words.holds(print.raw(), r)
            || Words.holdsInOrder(words, r, READING_GAP, NEXT_PAGE) || Words.holdsInOrder(rawWords, r, READING_GAP, NEXT_PAGE)))
        .map(s -> s.replaceAll("[\u2045\u2046]", ""))
        .forEach(missing::add);
    if (!missing.isEmpty()) {
      add(Fact.SIGLA, which + ": sigla on the web not in print: " + shown(missing));
    }
    // print's bookmarks are all numbers; its text's labels may be page labels, so only the web's are sought there
    missing(Fact.SECTIONS, which + ": section numbers on the web, not in print", web.sections(), print.labelled());
    missing(Fact.SECTIONS, which + ": section numbers in print's bookmarks, not on the web", print.bookmarked(),
        web.sections());
  }

  /** The sections the source numbers, each edition's missing ones named. */
  private void numbered(String which, Set<String> source, WebFacts.Document web, PrintFacts.Document print) {
    for (var side : List.of(java.util.Map.entry("the web", web.sections()), java.util.Map.entry("print", print.labelled()))) {
      List<String> missing = source.stream().filter(n -> !side.getValue().contains(n)).toList();
      if (!missing.isEmpty()) {
        add(Fact.SECTIONS, which + ": the source numbers " + source.size() + " sections; " + side.getKey()
            + (missing.size() == source.size() ? " shows none of their numbers" : " does not show " + shown(missing)));
      }
    }
  }

  /**
   * Each citable part of a split document (FRUS's numbered documents) as print's bookmark names it:
   * "No. 10. Title, date", the title shortened with "…" where it is long.
   */
  private void parts(String which, List<WebFacts.Part> parts, List<String> outline) {
    java.util.Map<String, String> bookmarks = new java.util.HashMap<>();
    for (String b : outline) {
      Words.sectionNumber(b).ifPresent(n -> bookmarks.putIfAbsent(n, b));
    }
    for (WebFacts.Part part : parts) {
      String bookmark = bookmarks.get(part.number());
      String what = which + ", part " + part.number();
      if (bookmark == null) {
        add(Fact.TITLE, what + ": “" + part.title() + "” on the web, no bookmark in print");
        continue;
      }
      // "No. 10. Title, date"; a part without a head of its own is titled by its label: "Section 12"
      String rest = bookmark.substring(bookmark.indexOf(part.number()) + part.number().length()).replaceFirst("^[.:]?\\s*", "");
      String whole = bookmark;
      if (!part.date().isEmpty()) {
        if (!Words.squeezed(rest).endsWith("," + Words.squeezed(part.date()))) {
          add(Fact.DATE, what + ": the web dates it “" + part.date() + "”; print's bookmark reads “" + bookmark + "”");
        } else {
          rest = rest.substring(0, rest.lastIndexOf(','));
          whole = whole.substring(0, whole.lastIndexOf(','));
        }
      }
      if (!titles(part.title(), rest) && !titles(part.title(), whole)) {
        add(Fact.TITLE, what + ": the web titles it “" + part.title() + "”; print's bookmark reads “" + bookmark + "”");
      }
    }
  }

  /** Whether a bookmark's text is the title, or its start when shortened with "…". */
  private static boolean titles(String title, String bookmark) {
    String shown = Words.squeezed(bookmark.replaceFirst("…$", ""));
    return bookmark.endsWith("…") ? Words.squeezed(title).startsWith(shown) : Words.squeezed(title).equals(shown);
  }

  private void index(WebFacts web, PrintFacts print) {
    for (String kind : WebFacts.INDEX_PAGES.keySet().stream().sorted().toList()) {
      differ(Fact.INDEX, "index of " + kind, web.index().get(kind), print.index().getOrDefault(kind, Set.of()));
    }
  }

  /** Members of one side's set that the other lacks, named. */
  private void missing(Fact fact, String what, Set<String> from, Set<String> in) {
    List<String> lacking = from.stream().filter(s -> !in.contains(s)).toList();
    if (!lacking.isEmpty()) {
      add(fact, what + ": " + shown(lacking));
    }
  }

  /** Two sets of a fact, each side's extra members named. */
  private void differ(Fact fact, String what, Set<String> web, Set<String> print) {
    Set<String> webOnly = new LinkedHashSet<>(web);
    webOnly.removeAll(print);
    Set<String> printOnly = new LinkedHashSet<>(print);
    printOnly.removeAll(web);
    if (!webOnly.isEmpty()) {
      add(fact, what + ": on the web, not in print: " + shown(webOnly));
    }
    if (!printOnly.isEmpty()) {
      add(fact, what + ": in print, not on the web: " + shown(printOnly));
    }
  }

  private static String shown(java.util.Collection<String> items) {
    List<String> all = items.stream().map(s -> "“" + s + "”").toList();
    return all.size() <= SHOWN ? String.join(", ", all)
        : String.join(", ", all.subList(0, SHOWN)) + " and " + (all.size() - SHOWN) + " more";
  }

  private void add(Fact fact, String words) {
    found.add(new Disagreement(fact, words));
  }
}
