package org.teikit.publish.html;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;

/**
 * What a collection's landing page says of one of its editions: its title and editors, and the
 * dates of its first and last documents (ISO, empty when none is dated). Made by the edition-wide
 * transformation, and kept with its pages so that a reused edition still has it.
 */
record EditionSummary(String title, String editors, String from, String to) {
  private static final List<String> FIELDS = List.of("title", "editors", "from", "to");

  /** From the summary element the edition-wide transformation ends with. */
  static EditionSummary of(XdmNode summary, String folderTitle) {
    String title = summary.attribute("title");
    return new EditionSummary(title == null ? folderTitle : title, attribute(summary, "editors"),
        attribute(summary, "from"), attribute(summary, "to"));
  }

  /** From the fields of a cache entry written by {@link #fields()}. */
  static EditionSummary of(CacheEntry entry) {
    List<String> v = FIELDS.stream().map(f -> URLDecoder.decode(entry.field(f), StandardCharsets.UTF_8)).toList();
    return new EditionSummary(v.get(0), v.get(1), v.get(2), v.get(3));
  }

  /** For a cache entry: each value URL-encoded, so that it stays on its line. */
  Map<String, String> fields() {
    List<String> values = List.of(title, editors, from, to);
    String[] pairs = new String[FIELDS.size() * 2];
    for (int i = 0; i < FIELDS.size(); i++) {
      pairs[2 * i] = FIELDS.get(i);
      pairs[2 * i + 1] = URLEncoder.encode(values.get(i), StandardCharsets.UTF_8);
    }
    return CacheEntry.fields(pairs);
  }

  /** The values, in order: what the landing page is made from, so what its key is made of. */
  List<String> values() {
    return List.of(title, editors, from, to);
  }

  /** The edition as the collection template takes it, with its folder and its number of documents. */
  XdmValue asMap(String folder, int documents) {
    return new XdmMap(Map.of(
        new XdmAtomicValue("name"), new XdmAtomicValue(folder),
        new XdmAtomicValue("title"), new XdmAtomicValue(title),
        new XdmAtomicValue("editors"), new XdmAtomicValue(editors),
        new XdmAtomicValue("from"), new XdmAtomicValue(from),
        new XdmAtomicValue("to"), new XdmAtomicValue(to),
        new XdmAtomicValue("documents"), new XdmAtomicValue(documents)));
  }

  private static String attribute(XdmNode node, String name) {
    String value = node.attribute(name);
    return value == null ? "" : value;
  }
}
