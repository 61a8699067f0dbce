package org.teikit.publish.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;

/**
 * One document's share of the search index: its segments, already written as JSON, and the
 * segments each of its words occurs in. Made from the document's facts on the thread that
 * rendered (or reused) it, so that the edition-wide reduce only concatenates and merges.
 *
 * @param name the document's name (facts/@name)
 * @param entry the document's entry in the index's "docs" array, as JSON
 * @param segments each segment as the JSON that follows its document number in "segs":
 *     {@code ,"href","lang","text"]}
 * @param words each normalised word to the numbers (from 0, within this document, ascending)
 *     of the segments it occurs in
 */
record SearchPart(String name, String entry, List<String> segments, Map<String, int[]> words) {
  private static final QName SEGMENT = new QName(HtmlPublisher.NS, "segment");

  static SearchPart of(XdmNode facts) {
    StringBuilder entry = new StringBuilder("[");
    SearchIndex.string(entry, facts.attribute("href")).append(',');
    SearchIndex.string(entry, facts.attribute("short")).append(']');
    List<String> segments = new ArrayList<>();
    Map<String, Postings> words = new HashMap<>();
    for (XdmNode s : facts.children(n -> SEGMENT.equals(n.getNodeName()))) {
      String text = s.getStringValue();
      StringBuilder json = new StringBuilder(text.length() + 64).append(',');
      SearchIndex.string(json, s.attribute("href")).append(',');
      SearchIndex.string(json, nonNull(s.attribute("lang"))).append(',');
      SearchIndex.string(json, text).append(']');
      int segment = segments.size();
      segments.add(json.toString());
      Words.forEach(text, word -> words.computeIfAbsent(SearchIndex.normalize(word), w -> new Postings()).add(segment));
    }
    Map<String, int[]> postings = new HashMap<>(words.size() * 2);
    words.forEach((word, p) -> postings.put(word, p.toArray()));
    return new SearchPart(facts.attribute("name"), entry.toString(), List.copyOf(segments), postings);
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
        items = java.util.Arrays.copyOf(items, size * 2);
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
      return java.util.Arrays.copyOf(items, size);
    }

    int size() {
      return size;
    }

    int get(int i) {
      return items[i];
    }
  }
}
