package org.teikit.publish.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.diagnostic.Json;
import org.teikit.search.Snowball;
import org.teikit.search.SnowballScripts;
import org.teikit.search.Terms;

/**
 * The search index, in pieces that a page loads as scripts (so that search works from
 * {@code file://}, where pages cannot fetch JSON) and only when a query needs them:
 * <ul>
 *   <li>{@code search-index.js} sets {@code window.TEIKIT_SEARCH}: the documents and their parts'
 *       labels, dates and kinds (a document of its own or not), which segments belong to which part (as runs), the first term of each
 *       term shard and the first segment of each text shard, the languages to stem, and the
 *       entities with their names and the forms the texts give them;</li>
 *   <li>{@code search/t/N.js}, the term shards: terms in code point order, each with the form shown
 *       for it and its postings (segment, weight, count, word positions);</li>
 *   <li>{@code search/s/N.js}, the text shards: segments in document order, for the results shown;</li>
 *   <li>{@code search/snowball/*.js}, the stemmers of the edition's languages.</li>
 * </ul>
 * Each shard calls {@code TEIKIT_SEARCH_SHARD(kind, number, data)}. The shards are cut at about
 * {@value #SHARD_BYTES} bytes (text shards {@value #TEXT_SHARD_BYTES}), so a one-word query loads
 * a few of them, not the whole index.
 */
final class SearchIndex {
  /** A word: letters, combining marks and digits; search.js splits queries the same way. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  static final String META = "search-index.js";
  static final int SHARD_BYTES = 24 * 1024;
  /**
   * Text shards are smaller: the 20 results of a page are often in as many shards, and most of
   * what a query loads is their text.
   */
  static final int TEXT_SHARD_BYTES = 12 * 1024;
  /** A document's parts are numbered below this in an entity's places (see {@link #entities}). */
  static final int PLACES = 100_000;

  private static final QName MENTION = new QName(HtmlPublisher.NS, "mention");
  private static final QName ENTITY = new QName(HtmlPublisher.NS, "entity");
  private static final QName NAME = new QName(HtmlPublisher.NS, "name");

  private SearchIndex() {}

  /**
   * An edition's index before its entities: the documents' parts merged, in the order of their
   * names, segments numbered across the edition.
   */
  record Merged(String metaStart, List<String> segments, Map<String, Postings> postings,
      Map<String, String> surfaces, TreeMap<String, String> algorithms) {}

  /** A term's postings across the edition as JSON numbers, and the last segment written to them. */
  static final class Postings {
    final StringBuilder json = new StringBuilder();
    int last;
  }

  /** Merges the documents' parts; apart from {@link #write}, so that it runs while the edition-wide pages are made. */
  static Merged merge(List<SearchPart> parts) {
    StringBuilder meta = new StringBuilder(1 << 16).append("{\"docs\":[");
    for (int i = 0; i < parts.size(); i++) {
      meta.append(i == 0 ? "" : ",").append(parts.get(i).entry());
    }
    meta.append("],\"dates\":[");
    for (int i = 0; i < parts.size(); i++) {
      meta.append(i == 0 ? "" : ",").append(parts.get(i).dates());
    }
    meta.append("],\"kinds\":[");
    for (int i = 0; i < parts.size(); i++) {
      meta.append(i == 0 ? "" : ",").append(parts.get(i).kinds());
    }
    List<String> segments = new ArrayList<>();
    StringBuilder runs = new StringBuilder();
    TreeMap<String, String> algorithms = new TreeMap<>(); // language tag to algorithm
    long words = 0;
    int lastDoc = -1;
    int lastPart = -2;
    for (int i = 0; i < parts.size(); i++) {
      for (String segment : parts.get(i).segments()) {
        int part = partOf(segment);
        if (i != lastDoc || part != lastPart) {
          runs.append(runs.length() == 0 ? "" : ",").append(segments.size()).append(',').append(i).append(',').append(part);
          lastDoc = i;
          lastPart = part;
        }
        segments.add("[" + i + segment);
        String lang = langOf(segment);
        Snowball.algorithm(lang).ifPresent(a -> algorithms.put(lang, a));
      }
      for (int w : parts.get(i).weights()) {
        words += w / 2;
      }
    }
    meta.append("],\"runs\":[").append(runs).append("],\"count\":").append(segments.size())
        .append(",\"avg\":").append(segments.isEmpty() ? 1 : Math.max(1, Math.round((double) words / segments.size())));
    // a hash map, sorted once when written: a tree map's comparisons cost more than the merge
    Map<String, Postings> postings = new HashMap<>(1 << 16);
    Map<String, String> surfaces = new HashMap<>(1 << 16);
    int base = 0;
    for (SearchPart part : parts) {
      int offset = base;
      int[] weights = part.weights();
      part.terms().forEach((term, p) -> {
        Postings merged = postings.computeIfAbsent(term, t -> new Postings());
        StringBuilder out = merged.json;
        int last = merged.last;
        for (int j = 0; j < p.length; ) {
          int segment = p[j] + offset;
          int count = p[j + 1];
          // segments as the distance from the previous one: most are near
          out.append(out.length() == 0 ? "" : ",").append(segment - last).append(',').append(weights[p[j]]).append(',').append(count);
          for (int k = 0; k < count; k++) {
            out.append(',').append(p[j + 2 + k]);
          }
          last = segment;
          j += 2 + count;
        }
        merged.last = last;
        surfaces.merge(term, part.surfaces().get(term), SearchPart::shorter);
      });
      base += part.segments().size();
    }
    return new Merged(meta.toString(), segments, postings, surfaces, algorithms);
  }

  /** The place (from 0) among its document's parts of the part a segment JSON names; -1 for none. */
  private static int partOf(String segment) {
    if (segment.endsWith("\"]")) {
      return -1;
    }
    return Integer.parseInt(segment.substring(segment.lastIndexOf(',') + 1, segment.length() - 1));
  }

  /** A segment JSON's language: its second string. */
  private static String langOf(String segment) {
    int hrefEnd = segment.indexOf("\",\"", 2);
    int langEnd = segment.indexOf('"', hrefEnd + 3);
    return hrefEnd < 0 || langEnd < 0 ? "" : segment.substring(hrefEnd + 3, langEnd);
  }

  /**
   * Writes the index into the site folder {@code dir}: the shards, their scripts and
   * {@value #META} (with the entities' JSON, {@link #entities}); returns the files written,
   * relative to {@code dir}.
   */
  static List<String> write(Merged merged, String entities, Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    Map<String, String> pieces = new LinkedHashMap<>();
    StringBuilder firstTerms = new StringBuilder();
    StringBuilder shard = new StringBuilder();
    int n = 0;
    String[] terms = merged.postings().keySet().toArray(new String[0]);
    java.util.Arrays.sort(terms);
    for (String term : terms) {
      if (shard.length() == 0) {
        string(firstTerms.append(n == 0 ? "" : ","), term);
      }
      string(string(shard.append(shard.length() == 0 ? "{" : ","), term).append(":["), merged.surfaces().get(term))
          .append(',').append(merged.postings().get(term).json).append(']');
      if (shard.length() >= SHARD_BYTES) {
        pieces.put("search/t/" + n + ".js", shardScript("t", n, shard.append('}')));
        shard.setLength(0);
        n++;
      }
    }
    if (shard.length() > 0) {
      pieces.put("search/t/" + n + ".js", shardScript("t", n, shard.append('}')));
    }
    StringBuilder firstSegments = new StringBuilder();
    shard.setLength(0);
    n = 0;
    List<String> segments = merged.segments();
    for (int i = 0; i < segments.size(); i++) {
      if (shard.length() == 0) {
        firstSegments.append(n == 0 ? "" : ",").append(i);
      }
      shard.append(shard.length() == 0 ? "[" : ",").append(segments.get(i));
      if (shard.length() >= TEXT_SHARD_BYTES || i == segments.size() - 1) {
        pieces.put("search/s/" + n + ".js", shardScript("s", n, shard.append(']')));
        shard.setLength(0);
        n++;
      }
    }
    StringBuilder langs = new StringBuilder();
    if (!merged.algorithms().isEmpty()) {
      SnowballScripts snowball = SnowballScripts.load();
      pieces.put("search/snowball/base.js", snowball.base());
      for (String algorithm : new TreeSet<>(merged.algorithms().values())) {
        pieces.put("search/snowball/" + algorithm + ".js", snowball.stemmer(algorithm));
      }
      merged.algorithms().forEach((tag, algorithm) ->
          string(string(langs.append(langs.length() == 0 ? "" : ","), tag).append(':'), algorithm));
    }
    pieces.put(META, "window.TEIKIT_SEARCH = " + merged.metaStart() + ",\"langs\":{" + langs + "},\"terms\":["
        + firstTerms + "],\"shards\":[" + firstSegments + "],\"entities\":" + entities + "};\n");
    for (Map.Entry<String, String> piece : pieces.entrySet()) {
      Path file = Pages.inside(dir, piece.getKey());
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file); // it may be a link into the store of kept results
      Files.writeString(file, piece.getValue(), StandardCharsets.UTF_8);
      files.add(piece.getKey());
    }
    return files;
  }

  private static String shardScript(String kind, int n, StringBuilder data) {
    return "TEIKIT_SEARCH_SHARD(\"" + kind + "\"," + n + "," + data + ");\n";
  }

  /**
   * The index's "entities" array, from the entity summary the site pages were made with: each
   * entity once, as {@code ["name","href","type",mentions,["form",...],[place,...]]}, its forms
   * the folded words of its names and of every mention's text (so «Хрущеву» and "Khrushchev" both
   * name it), in code point order; its places the parts it is mentioned in, each as its document's
   * number (in {@code documents}, the order of "docs") times {@value #PLACES} plus the part's
   * number from 1 (0: outside any part), for the filter by person or place. The mentions
   * themselves stay on the index pages.
   */
  static String entities(XdmNode entities, List<String> documents) {
    Map<String, Integer> docIndex = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      docIndex.put(documents.get(i), i);
    }
    StringBuilder json = new StringBuilder(1 << 16).append('[');
    boolean first = true;
    for (XdmNode entity : entities.children(n -> ENTITY.equals(n.getNodeName()))) {
      TreeSet<String> forms = new TreeSet<>();
      java.util.function.Consumer<String> add = text -> Words.forEach(text, w -> forms.add(Terms.fold(w)));
      add.accept(entity.attribute("name"));
      entity.children(n -> NAME.equals(n.getNodeName())).forEach(name -> add.accept(name.getStringValue()));
      int mentions = 0;
      TreeSet<Integer> places = new TreeSet<>();
      for (XdmNode m : entity.children(n -> MENTION.equals(n.getNodeName()))) {
        add.accept(nonNull(m.attribute("text")));
        mentions++;
        Integer doc = docIndex.get(m.attribute("doc"));
        if (doc != null) {
          places.add(doc * PLACES + partNumber(m.attribute("part")));
        }
      }
      json.append(first ? "[" : ",[");
      first = false;
      string(json, entity.attribute("name")).append(',');
      string(json, entity.attribute("href")).append(',');
      string(json, entity.attribute("type")).append(',').append(mentions).append(",[");
      boolean firstForm = true;
      for (String form : forms) {
        string(json.append(firstForm ? "" : ","), form);
        firstForm = false;
      }
      json.append("],[");
      boolean firstPlace = true;
      for (int place : places) {
        json.append(firstPlace ? "" : ",").append(place);
        firstPlace = false;
      }
      json.append("]]");
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
