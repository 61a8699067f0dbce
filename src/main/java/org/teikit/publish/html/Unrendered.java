package org.teikit.publish.html;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;

/**
 * The elements of an edition's texts that no rule renders (xslt/common/coverage.xsl), each with
 * how often it occurs: read from the summary the edition-wide transformation ends with, kept
 * with the edition's pages so that a reused edition still reports them, and reported to the
 * editor as info findings, since their text shows but what they mark does not.
 *
 * @param counts occurrences by element name ({@code tei:metamark}), in name order
 */
record Unrendered(SortedMap<String, Integer> counts) {
  private static final QName ELEMENT = new QName(HtmlPublisher.NS, "unrendered");
  private static final String FIELD = "unrendered";

  Unrendered {
    counts = new TreeMap<>(counts);
  }

  /** From the tk:unrendered children of the edition-wide summary. */
  static Unrendered of(XdmNode summary) {
    SortedMap<String, Integer> counts = new TreeMap<>();
    for (XdmNode e : summary.children(n -> ELEMENT.equals(n.getNodeName()))) {
      counts.merge(e.attribute("name"), Integer.parseInt(e.attribute("count")), Integer::sum);
    }
    return new Unrendered(counts);
  }

  /** From a cache entry's field written by {@link #fields()}; none when the entry has no such field. */
  static Unrendered of(CacheEntry entry) {
    SortedMap<String, Integer> counts = new TreeMap<>();
    String value = entry.fields().getOrDefault(FIELD, "");
    for (String pair : value.isEmpty() ? new String[0] : value.split(" ")) {
      int eq = pair.lastIndexOf('=');
      counts.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          Integer.parseInt(pair.substring(eq + 1)));
    }
    return new Unrendered(counts);
  }

  /** For a cache entry: {@code name=count} pairs, each name URL-encoded, on one line. */
  Map<String, String> fields() {
    List<String> pairs = new ArrayList<>();
    counts.forEach((name, count) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + count));
    return CacheEntry.fields(FIELD, String.join(" ", pairs));
  }

  /** One info finding per element name, about {@code where} (the edition's folder or its one document). */
  List<Diagnostic> findings(Path where) {
    List<Diagnostic> findings = new ArrayList<>();
    counts.forEach((name, count) -> findings.add(new Diagnostic(where, 0, 0, Severity.INFO, Check.PUBLISH, null, null,
        Catalogue.text(count == 1 ? "html.element-unrendered" : "html.elements-unrendered", count, name))));
    return findings;
  }
}
