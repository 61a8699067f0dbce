package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.edition.SourceFiles;
import org.teikit.xml.XmlContext;

/**
 * Real TEI nobody here wrote (the shared corpora, read in place: {@link Shared}): every document is published,
 * every word of its text appears in its pages, every page is well-formed and every internal link
 * resolves. One build per corpus; the checks read the site once.
 */
@UsesShared
class CorporaTest {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"frus", "apparatus", "eltec"})
  void everyWordOfEveryDocumentIsPublishedAndEveryLinkResolves(String corpus) throws IOException {
    Path source = Sites.CORPORA.resolve(corpus);
    Shared.require(source);
    Path site = tmp.resolve(corpus);
    HtmlResult result = Sites.publish(site, Runtime.getRuntime().availableProcessors(), source);
    assertEquals(List.of(), Sites.problems(result));
    long sources = SourceFiles.xmlFiles(List.of(source)).stream()
        .filter(p -> !p.getFileName().toString().equals("edition.xml"))
        .filter(p -> !p.toString().contains("/schema")).count();
    XmlContext xml = Sites.context(tmp);
    SiteWalk walk = SiteWalk.of(xml, site);
    assertTrue(walk.problems.isEmpty(), () -> walk.problems.size() + " link problems, e.g.\n"
        + String.join("\n", walk.problems.subList(0, Math.min(20, walk.problems.size()))));

    List<Path> copies;
    try (Stream<Path> files = Files.walk(site)) {
      copies = files.filter(p -> p.getParent().getFileName().toString().equals("doc"))
          .filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertTrue(copies.size() >= sources - countSchemaFolderXml(source),
        () -> copies.size() + " documents published of " + sources);
    List<String> missing = new ArrayList<>();
    for (Path copy : copies) {
      missing.addAll(missingWords(xml, copy, walk.pages));
    }
    assertTrue(missing.isEmpty(), () -> missing.size() + " words missing, e.g.\n"
        + String.join("\n", missing.subList(0, Math.min(30, missing.size()))));
  }

  private static long countSchemaFolderXml(Path source) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      return files.filter(p -> p.toString().endsWith(".xml"))
          .filter(p -> p.toString().contains("/schema")).count();
    }
  }

  /** Words of the document's text (text nodes under tei:text) not found in its pages. */
  private static List<String> missingWords(XmlContext xml, Path copy, Map<Path, XdmNode> pages) {
    XdmNode doc = Sites.read(xml, copy);
    List<String> words = new ArrayList<>();
    collectWords(doc, false, words);
    String stem = copy.getFileName().toString().replaceAll("\\.xml$", "");
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Path, XdmNode> e : pages.entrySet()) {
      String name = e.getKey().getFileName().toString();
      if (e.getKey().getParent().equals(copy.getParent())
          && (name.equals(stem + ".html") || name.startsWith(stem + "."))) {
        appendText(e.getValue(), text);
      }
    }
    String html = text.toString();
    Set<String> tokens = new HashSet<>();
    Matcher m = SearchIndex.WORD.matcher(html);
    while (m.find()) {
      tokens.add(m.group());
    }
    List<String> missing = new ArrayList<>();
    for (String w : words) {
      if (!tokens.contains(w) && !html.contains(w)) {
        missing.add(copy.getParent().getParent().getFileName() + "/" + copy.getFileName() + ": " + w);
      }
    }
    return missing;
  }

  private static void collectWords(XdmNode node, boolean inText, List<String> words) {
    for (XdmNode child : node.children()) {
      if (child.getNodeKind() == XdmNodeKind.TEXT && inText) {
        Matcher m = SearchIndex.WORD.matcher(child.getStringValue());
        while (m.find()) {
          words.add(m.group());
        }
      } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        String ns = child.getNodeName().getNamespace();
        String local = child.getNodeName().getLocalName();
        boolean text = inText || (TEI.equals(ns) && local.equals("text"));
        if (TEI.equals(ns) && local.equals("binaryObject")) {
          continue;
        }
        collectWords(child, text, words);
      }
    }
  }

  private static void appendText(XdmNode node, StringBuilder out) {
    for (XdmNode child : node.children()) {
      if (child.getNodeKind() == XdmNodeKind.TEXT) {
        out.append(child.getStringValue());
      } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        out.append(' ');
        appendText(child, out);
        out.append(' ');
      }
    }
  }
}
