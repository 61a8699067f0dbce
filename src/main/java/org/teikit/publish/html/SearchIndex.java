package org.teikit.publish.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.text.Normalizer;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.diagnostic.Json;

/**
 * The search index: a script ({@code search-index.js}) that sets {@code window.TEIKIT_SEARCH},
 * so that search works from {@code file://}, where pages cannot fetch JSON. It holds the
 * documents, the text segments, an inverted index of their words (lower-cased, ё as е; stemming
 * of Russian is done by search.js over the vocabulary), and the entities with all their names
 * and their mentions, so a name in one script finds mentions in the other.
 */
final class SearchIndex {
  /** A word: letters, combining marks and digits; search.js splits queries the same way. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

  private static final QName MENTION = new QName(HtmlPublisher.NS, "mention");
  private static final QName ENTITY = new QName(HtmlPublisher.NS, "entity");
  private static final QName NAME = new QName(HtmlPublisher.NS, "name");

  private SearchIndex() {}

  /** Every combining mark but the breve of й, which is a letter of its own. */
  private static final Pattern MARKS = Pattern.compile("([иИ]\u0306)|\\p{M}");

  /**
   * The form a word is indexed and looked up by; search.js's normalize() does the same, step by
   * step: accents, stress marks and breathings off (θεὸς is θεος, Khrushchëv khrushchev, ё е),
   * lower case, final ς as σ.
   */
  static String normalize(String word) {
    String w = plain(word) ? word : Normalizer.normalize(
        MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("$1"), Normalizer.Form.NFC);
    return w.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('ς', 'σ');
  }

  /** ASCII letters and the Russian alphabet but ё: nothing to take off (most words; the normalizer is slow). */
  private static boolean plain(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 && (c < 0x0410 || c > 0x044F)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of an edition up to its entities, from its documents' parts (in the order of their
   * names); {@link #write} ends it. Apart, so that it can be made while the edition-wide pages,
   * from which the entities come, are.
   */
  static StringBuilder body(List<SearchPart> parts) {
    StringBuilder json = new StringBuilder(1 << 20);
    json.append("{\"docs\":[");
    for (int i = 0; i < parts.size(); i++) {
      json.append(i == 0 ? "" : ",").append(parts.get(i).entry());
    }
    json.append("],\"segs\":[");
    Map<String, SearchPart.Postings> words = new HashMap<>(1 << 16);
    int offset = 0;
    for (int i = 0; i < parts.size(); i++) {
      for (String segment : parts.get(i).segments()) {
        json.append(offset == 0 ? "[" : ",[").append(i).append(segment);
        offset++;
      }
    }
    offset = 0;
    for (SearchPart part : parts) {
      int base = offset;
      part.words().forEach((word, segments) ->
          words.computeIfAbsent(word, w -> new SearchPart.Postings()).addAll(segments, base));
      offset += part.segments().size();
    }
    json.append("],\"words\":{");
    List<String> vocabulary = new ArrayList<>(words.keySet());
    vocabulary.sort(null);
    boolean first = true;
    for (String word : vocabulary) {
      json.append(first ? "" : ",");
      first = false;
      string(json, word).append(":[");
      SearchPart.Postings p = words.get(word);
      for (int j = 0; j < p.size(); j++) {
        json.append(j == 0 ? "" : ",").append(p.get(j));
      }
      json.append(']');
    }
    return json;
  }

  /** Writes the index: its {@link #body} and the entities' JSON ({@link #entities}). */
  static void write(StringBuilder body, String entities, Path file) throws IOException {
    StringBuilder json = body.append("},\"entities\":").append(entities).append('}');
    Files.deleteIfExists(file); // it may be a link into the store of kept results
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("window.TEIKIT_SEARCH = ");
      out.write(json.toString());
      out.write(";\n");
    }
  }

  /**
   * The index's "entities" array, from the entity summary the site pages were made with; a
   * mention names its document by its number among {@code documents} (the documents' names, in
   * the order of the index's "docs"), and last the part of that document it is in (its place,
   * from 0, among the document's parts in "docs"; -1 for none).
   */
  static String entities(XdmNode entities, List<String> documents) {
    Map<String, Integer> docIndex = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      docIndex.put(documents.get(i), i);
    }
    StringBuilder json = new StringBuilder(1 << 16).append('[');
    boolean first = true;
    for (XdmNode entity : entities.children(n -> ENTITY.equals(n.getNodeName()))) {
      json.append(first ? "" : ",");
      first = false;
      json.append("{\"n\":");
      string(json, entity.attribute("name")).append(",\"h\":");
      string(json, entity.attribute("href")).append(",\"t\":");
      string(json, entity.attribute("type")).append(",\"v\":[");
      boolean firstName = true;
      for (XdmNode name : entity.children(n -> NAME.equals(n.getNodeName()))) {
        json.append(firstName ? "" : ",");
        firstName = false;
        string(json, name.getStringValue());
      }
      json.append("],\"m\":[");
      boolean firstMention = true;
      for (XdmNode m : entity.children(n -> MENTION.equals(n.getNodeName()))) {
        json.append(firstMention ? "" : ",");
        firstMention = false;
        json.append('[');
        string(json, m.attribute("href")).append(',');
        json.append(docIndex.getOrDefault(m.attribute("doc"), -1)).append(',');
        string(json, nonNull(m.attribute("before"))).append(',');
        string(json, nonNull(m.attribute("text"))).append(',');
        string(json, nonNull(m.attribute("after"))).append(',');
        string(json, nonNull(m.attribute("lang"))).append(',');
        json.append("true".equals(m.attribute("before-space")) ? 1 : 0).append(',');
        json.append("true".equals(m.attribute("after-space")) ? 1 : 0).append(',');
        json.append(partNumber(m.attribute("part")) - 1).append(']');
      }
      json.append("]}");
    }
    return json.append(']').toString();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /**
   * The number (from 1) of the part a segment or mention is in, among its document's parts
   * (facts.xsl's tk:part elements); 0 when it is in none.
   */
  static int partNumber(String attribute) {
    return attribute == null || attribute.isEmpty() ? 0 : Integer.parseInt(attribute);
  }

  /** A JSON string that is also safe inside a script: no '<', no line separators. */
  static StringBuilder string(StringBuilder out, String s) {
    return Json.append(out, s, true);
  }
}
