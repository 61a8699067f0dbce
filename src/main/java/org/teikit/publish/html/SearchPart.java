package org.teikit.publish.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.search.Terms;

/**
 * One document's share of the search index: its segments, already written as JSON, and for each
 * term (a word's key: its Snowball stem in the segment's language, see {@link Terms}) the
 * segments it occurs in and at which word positions (also the words of a segment's other
 * readings, which its text, the reading text, does not show: they count from past the text's
 * last word, so that no phrase runs from the text into them). Made on the thread that rendered
 * the document, kept beside its pages in a plain text form ({@link #text()}), and read back from
 * that form when the document is reused, so that the edition-wide reduce only merges.
 *
 * @param name the document's name (facts/@name)
 * @param entry the document's entry in the index's "docs" array, as JSON: {@code ["href","title"]},
 *     with a third member, the labels of its parts ("No. 5. Memorandum ..., 21 May 1976"), when it
 *     has parts
 * @param dates the document's date and each part's, as numbers yyyymmdd (0: undated), as JSON
 * @param kinds for each part, 1 when it is a document of its own (a FRUS volume's numbered
 *     documents), 0 for the rest (front and back matter, chapters), as JSON: the type filter
 * @param segments each segment as the JSON that follows its document number in "segs":
 *     {@code ,"href","lang","text"]}, or {@code ,"href","lang","text",part]} for a segment in a
 *     part (its place, from 0, among the entry's parts)
 * @param weights each segment's length in words, doubled, plus one for a heading (ranking)
 * @param terms each term to its postings: for each segment it occurs in (ascending, numbered from
 *     0 within this document), the segment's number, the count of occurrences, then each word
 *     position
 * @param surfaces each term to the form a reader is shown for it (its shortest folded word)
 */
record SearchPart(String name, String entry, String dates, String kinds, List<String> segments, int[] weights,
    Map<String, int[]> terms, Map<String, String> surfaces) {
  private static final QName SEGMENT = new QName(HtmlPublisher.NS, "segment");
  private static final QName PART = new QName(HtmlPublisher.NS, "part");

  /**
   * From a rendered document's facts (name, link, short title, the parts results are labelled
   * with) and its tk:segments element.
   */
  static SearchPart of(XdmNode facts, XdmNode segmentsElement) {
    StringBuilder entry = new StringBuilder("[");
    SearchIndex.string(entry, facts.attribute("href")).append(',');
    SearchIndex.string(entry, facts.attribute("short"));
    StringBuilder dates = new StringBuilder("[").append(dateNumber(facts.attribute("date")));
    StringBuilder kinds = new StringBuilder("[");
    boolean firstPart = true;
    for (XdmNode part : facts.children(n -> PART.equals(n.getNodeName()))) {
      entry.append(firstPart ? ",[" : ",");
      firstPart = false;
      SearchIndex.string(entry, part.attribute("line"));
      dates.append(',').append(dateNumber(part.attribute("date")));
      kinds.append(kinds.length() == 1 ? "" : ",").append("true".equals(part.attribute("document")) ? 1 : 0);
    }
    entry.append(firstPart ? "]" : "]]");
    List<String> segments = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    Map<String, Postings> terms = new HashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    Terms keys = new Terms();
    Map<String, Map<String, Postings>> wordPostings = new HashMap<>();
    for (XdmNode s : segmentsElement.children(n -> SEGMENT.equals(n.getNodeName()))) {
      String text = s.getStringValue();
      String lang = nonNull(s.attribute("lang"));
      StringBuilder json = new StringBuilder(text.length() + 64).append(',');
      SearchIndex.string(json, s.attribute("href")).append(',');
      SearchIndex.string(json, lang).append(',');
      SearchIndex.string(json, text);
      // the segment's part, by its place (from 0) in the entry's list of parts
      int part = SearchIndex.partNumber(s.attribute("part"));
      json.append(part > 0 ? "," + (part - 1) + "]" : "]");
      int segment = segments.size();
      segments.add(json.toString());
      int[] position = {0};
      Map<String, Postings> seen = wordPostings.computeIfAbsent(lang, l -> new HashMap<>());
      java.util.function.Consumer<String> posting = word -> {
        // a word seen before in this language: its term's postings at hand (one lookup a word;
        // the index's build time is mostly this loop), its form already offered
        Postings p = seen.get(word);
        if (p == null) {
          String folded = Terms.fold(word);
          String key = keys.keyOfFolded(folded, lang);
          p = terms.computeIfAbsent(key, k -> new Postings());
          seen.put(word, p);
          surfaces.merge(key, folded, SearchPart::shorter);
        }
        p.add(segment, position[0]++);
      };
      Words.forEach(text, posting);
      int length = position[0];
      // the words of readings that do not stand in the text (variants, transmitted readings)
      position[0]++;
      Words.forEach(nonNull(s.attribute("variants")), posting);
      weights.add(length * 2 + ("true".equals(s.attribute("head")) ? 1 : 0));
    }
    Map<String, int[]> postings = new HashMap<>(terms.size() * 2);
    terms.forEach((term, p) -> postings.put(term, p.toArray()));
    return new SearchPart(facts.attribute("name"), entry.toString(), dates.append(']').toString(), kinds.append(']').toString(),
        List.copyOf(segments), weights.stream().mapToInt(Integer::intValue).toArray(), postings, surfaces);
  }

  /** The form shown for a term: the shorter word, and of two as long the first in code point order. */
  static String shorter(String a, String b) {
    return a.length() != b.length() ? (a.length() < b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b);
  }

  /** "1976-05-21" as 19760521, "1976-05" as 19760500, "1976" as 19760000; 0 for none. */
  static int dateNumber(String iso) {
    if (iso == null || !iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
      return 0;
    }
    int year = Integer.parseInt(iso.substring(0, 4));
    int month = iso.length() >= 7 && iso.charAt(4) == '-' ? Integer.parseInt(iso.substring(5, 7)) : 0;
    int day = iso.length() >= 10 && iso.charAt(7) == '-' ? Integer.parseInt(iso.substring(8, 10)) : 0;
    return year * 10000 + month * 100 + day;
  }

  /**
   * This part as lines: the name, the entry, the dates, the kinds, the number of segments, each segment,
   * the weights, then each term (in order) with its shown form and its postings. JSON escapes
   * every line break, and terms are letters, marks and digits, so no field can break a line.
   */
  String text() {
    StringBuilder out = new StringBuilder(1 << 14);
    out.append(name).append('\n').append(entry).append('\n').append(dates).append('\n').append(kinds).append('\n')
        .append(segments.size()).append('\n');
    segments.forEach(segment -> out.append(segment).append('\n'));
    for (int i = 0; i < weights.length; i++) {
      out.append(i == 0 ? "" : " ").append(weights[i]);
    }
    out.append('\n');
    // an array sorted once costs a fraction of a TreeMap's insertions
    String[] sorted = terms.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    for (String term : sorted) {
      out.append(term).append(' ').append(surfaces.get(term));
      for (int n : terms.get(term)) {
        out.append(' ').append(n);
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Reads what {@link #text()} wrote.
   *
   * @throws IllegalArgumentException when the text is not such a part
   */
  static SearchPart parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 7 || !lines[lines.length - 1].isEmpty()) {
      throw new IllegalArgumentException("not a search part");
    }
    int count = Integer.parseInt(lines[4]);
    if (count < 0 || 6 + count > lines.length - 1) {
      throw new IllegalArgumentException("not a search part: " + count + " segments");
    }
    List<String> segments = List.of(Arrays.copyOfRange(lines, 5, 5 + count));
    String weightLine = lines[5 + count];
    int[] weights = weightLine.isEmpty() ? new int[0]
        : Arrays.stream(weightLine.split(" ")).mapToInt(Integer::parseInt).toArray();
    if (weights.length != count) {
      throw new IllegalArgumentException("not a search part: " + weights.length + " weights");
    }
    Map<String, int[]> terms = new HashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    for (int i = 6 + count; i < lines.length - 1; i++) {
      String[] fields = lines[i].split(" ");
      int[] numbers = new int[fields.length - 2];
      for (int j = 2; j < fields.length; j++) {
        numbers[j - 2] = Integer.parseInt(fields[j]);
      }
      terms.put(fields[0], numbers);
      surfaces.put(fields[0], fields[1]);
    }
    return new SearchPart(lines[0], lines[1], lines[2], lines[3], segments, weights, terms, surfaces);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** A term's postings as they grow: segment, count, positions; the count filled in as positions come. */
  static final class Postings {
    private int[] items = new int[8];
    private int size;
    private int lastSegment = -1;
    private int countAt = -1;

    void add(int segment, int position) {
      if (segment != lastSegment) {
        ensure(2);
        items[size++] = segment;
        countAt = size;
        items[size++] = 0;
        lastSegment = segment;
      }
      ensure(1);
      items[size++] = position;
      items[countAt]++;
    }

    private void ensure(int more) {
      if (size + more > items.length) {
        items = Arrays.copyOf(items, Math.max(items.length * 2, size + more));
      }
    }

    int[] toArray() {
      return Arrays.copyOf(items, size);
    }
  }
}
