package org.teikit.publish.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;

/**
 * One document's share of the search index: its segments, already written as JSON, and the
 * segments each of its words occurs in (also the words of a segment's other readings, which its
 * text, the reading text, does not show). Made from the document's facts and segments on the
 * thread that rendered it, kept beside its pages in a plain text form ({@link #text()}), and
 * read back from that form when the document is reused, so that the edition-wide reduce only
 * concatenates and merges.
 *
 * @param name the document's name (facts/@name)
 * @param entry the document's entry in the index's "docs" array, as JSON: {@code ["href","title"]},
 *     with a third member, the labels of its parts ("No. 5. Memorandum ..., 21 May 1976"), when it
 *     has parts
 * @param segments each segment as the JSON that follows its document number in "segs":
 *     {@code ,"href","lang","text"]}, or {@code ,"href","lang","text",part]} for a segment in a
 *     part (its place, from 0, among the entry's parts)
 * @param words each normalised word to the numbers (from 0, within this document, ascending)
 *     of the segments it occurs in
 */
record SearchPart(String name, String entry, List<String> segments, Map<String, int[]> words) {
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
    boolean firstPart = true;
    for (XdmNode part : facts.children(n -> PART.equals(n.getNodeName()))) {
      entry.append(firstPart ? ",[" : ",");
      firstPart = false;
      SearchIndex.string(entry, part.attribute("line"));
    }
    entry.append(firstPart ? "]" : "]]");
    List<String> segments = new ArrayList<>();
    Map<String, Postings> words = new HashMap<>();
    for (XdmNode s : segmentsElement.children(n -> SEGMENT.equals(n.getNodeName()))) {
      String text = s.getStringValue();
      StringBuilder json = new StringBuilder(text.length() + 64).append(',');
      SearchIndex.string(json, s.attribute("href")).append(',');
      SearchIndex.string(json, nonNull(s.attribute("lang"))).append(',');
      SearchIndex.string(json, text);
      // the segment's part, by its place (from 0) in the entry's list of parts
      int part = SearchIndex.partNumber(s.attribute("part"));
      json.append(part > 0 ? "," + (part - 1) + "]" : "]");
      int segment = segments.size();
      segments.add(json.toString());
      Consumer<String> posting = word -> words.computeIfAbsent(SearchIndex.normalize(word), w -> new Postings())
          .add(segment);
      Words.forEach(text, posting);
      // the words of readings that do not stand in the text (variants, transmitted readings)
      Words.forEach(nonNull(s.attribute("variants")), posting);
    }
    Map<String, int[]> postings = new HashMap<>(words.size() * 2);
    words.forEach((word, p) -> postings.put(word, p.toArray()));
    return new SearchPart(facts.attribute("name"), entry.toString(), List.copyOf(segments), postings);
  }

  /**
   * This part as lines: the name, the entry, the number of segments, each segment, then each
   * word (in order) with its segment numbers. JSON escapes every line break, and words are
   * letters, marks and digits, so no field can break a line.
   */
  String text() {
    StringBuilder out = new StringBuilder(1 << 14);
    out.append(name).append('\n').append(entry).append('\n').append(segments.size()).append('\n');
    segments.forEach(segment -> out.append(segment).append('\n'));
    // an array sorted once costs a fraction of a TreeMap's insertions
    String[] sorted = words.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    for (String word : sorted) {
      out.append(word);
      for (int n : words.get(word)) {
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
    if (lines.length < 4 || !lines[lines.length - 1].isEmpty()) {
      throw new IllegalArgumentException("not a search part");
    }
    int count = Integer.parseInt(lines[2]);
    if (count < 0 || 3 + count > lines.length - 1) {
      throw new IllegalArgumentException("not a search part: " + count + " segments");
    }
    List<String> segments = List.of(Arrays.copyOfRange(lines, 3, 3 + count));
    Map<String, int[]> words = new HashMap<>();
    for (int i = 3 + count; i < lines.length - 1; i++) {
      String[] fields = lines[i].split(" ");
      int[] numbers = new int[fields.length - 1];
      for (int j = 1; j < fields.length; j++) {
        numbers[j - 1] = Integer.parseInt(fields[j]);
      }
      words.put(fields[0], numbers);
    }
    return new SearchPart(lines[0], lines[1], segments, words);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** Ascending segment numbers, each once. */
  static final class Postings {
    private int[] items = new int[4];
    private int size;

    void add(int segment) {
      if (size > 0 && items[size - 1] == segment) {
        return;
      }
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = segment;
    }

    /** Adds another document's numbers, shifted by the segments before that document. */
    void addAll(int[] segments, int offset) {
      for (int s : segments) {
        add(s + offset);
      }
    }

    int[] toArray() {
      return Arrays.copyOf(items, size);
    }

    int size() {
      return size;
    }

    int get(int i) {
      return items[i];
    }
  }
}
