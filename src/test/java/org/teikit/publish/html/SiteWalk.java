package org.teikit.publish.html;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teikit.xml.XmlContext;

/**
 * Walks a generated site: every page must be well-formed, with no id given twice and no block
 * inside an element that holds phrasing only, and every internal link (href, src) must reach an existing file and, with
 * a fragment, an element with that id. Also gathers the
 * text of each page for the text-preservation test.
 */
final class SiteWalk {
  final Map<Path, XdmNode> pages = new HashMap<>();
  final List<String> problems = new ArrayList<>();
  private final Map<Path, Set<String>> ids = new HashMap<>();

  static SiteWalk of(XmlContext xml, Path site) throws IOException {
    SiteWalk walk = new SiteWalk();
    List<Path> html;
    try (Stream<Path> files = Files.walk(site)) {
      html = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : html) {
      XdmNode tree = Sites.read(xml, page);
      walk.pages.put(page, tree);
      Set<String> found = new HashSet<>();
      List<String> repeated = new ArrayList<>();
      collect(tree, found, null, repeated);
      repeated.forEach(id -> walk.problems.add(page + ": id " + id + " given twice"));
      walk.ids.put(page, found);
      walk.checkNesting(page, tree, null);
    }
    // the search index's links (segments, mentions, entities) are links too
    List<Path> indexes;
    try (Stream<Path> files = Files.walk(site)) {
      indexes = files.filter(p -> p.getFileName().toString().equals("search-index.js")).sorted().toList();
    }
    for (Path index : indexes) {
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("\"(doc/[^\"#]+\\.html#[^\"]*|(?:persons|places|orgs)\\.html#[^\"]*)\"").matcher(SearchFiles.text(index.getParent()));
      Path page = index.resolveSibling("search.html");
      while (m.find()) {
        walk.check(page, m.group(1));
      }
    }
    for (Map.Entry<Path, XdmNode> e : walk.pages.entrySet()) {
      List<String> links = new ArrayList<>();
      collect(e.getValue(), null, links, new ArrayList<>());
      for (String link : links) {
        walk.check(e.getKey(), link);
      }
    }
    return walk;
  }

  private void check(Path page, String link) {
    if (link.isEmpty()) {
      problems.add(page + ": empty link");
      return;
    }
    URI uri;
    try {
      uri = new URI(link);
    } catch (java.net.URISyntaxException bad) {
      problems.add(page + ": malformed link " + link);
      return;
    }
    if (uri.getScheme() != null) {
      String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
        problems.add(page + ": link with scheme " + scheme + ": " + link);
      }
      return;
    }
    Path target = uri.getPath() == null || uri.getPath().isEmpty() ? page
        : page.getParent().resolve(uri.getPath()).normalize();
    if (!Files.exists(target)) {
      problems.add(page + ": broken link " + link);
      return;
    }
    String fragment = uri.getFragment();
    if (fragment != null && target.toString().endsWith(".html")) {
      Set<String> there = ids.get(target);
      if (there == null || !there.contains(fragment)) {
        problems.add(page + ": no id " + fragment + " in " + target.getFileName() + " (" + link + ")");
      }
    }
  }

  /** Elements that hold phrasing content only, and the block elements that may not stand in them. */
  private static final Set<String> PHRASING_ONLY = Set.of("p", "span", "a", "h1", "h2", "h3", "h4", "h5", "h6",
      "em", "strong", "cite", "time", "code", "sup", "sub", "button", "label");
  private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "li", "dl", "table", "section",
      "article", "aside", "nav", "header", "footer", "figure", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6");

  /**
   * A block inside an element that holds phrasing only (a p in a span, a p in a p) is not HTML
   * a browser keeps as written: its parser closes the paragraph early, or the layout breaks.
   */
  private void checkNesting(Path page, XdmNode node, String phrasingAncestor) {
    for (XdmNode child : node.children()) {
      if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
        continue;
      }
      String name = child.getNodeName().getLocalName();
      if (phrasingAncestor != null && BLOCKS.contains(name)) {
        problems.add(page + ": <" + name + "> inside <" + phrasingAncestor + "> (id " + child.attribute("id") + ")");
        continue;
      }
      checkNesting(page, child, phrasingAncestor != null ? phrasingAncestor : PHRASING_ONLY.contains(name) ? name : null);
    }
  }

  private static void collect(XdmNode node, Set<String> ids, List<String> links, List<String> repeated) {
    for (XdmNode child : node.children()) {
      if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
        continue;
      }
      if (ids != null && child.attribute("id") != null && !ids.add(child.attribute("id"))) {
        repeated.add(child.attribute("id"));
      }
      if (links != null) {
        for (String a : new String[] {"href", "src"}) {
          String v = child.attribute(a);
          if (v != null) {
            links.add(v);
          }
        }
      }
      collect(child, ids, links, repeated);
    }
  }
}
