package org.teikit.publish.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.PageViewport;
import org.apache.fop.render.intermediate.IFConstants;
import org.teikit.diagnostic.Catalogue;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The pages, as printed and in page order, that each indexed entity is named on, measured from a
 * layout: what the index prints (tk:index-pages). The FO marks each mention with an anchor whose
 * id ends in its entity's key ({@code tk-m-<node>-<entity key>}, see xslt/fo/index.xsl).
 */
final class MentionPages {
  private static final String PREFIX = "tk-m-";
  /** Entity key → its pages as printed, in page order, each with the anchor of its first mention there. */
  private final Map<String, Map<String, String>> pages = new TreeMap<>();

  /**
   * The ids of the mention anchors of the documents in {@code fo}, to ask the layout about. The
   * index cites the documents' pages, not the introduction's (edition.xml, place "e"): a book set
   * in parts lays its front matter out after the index.
   */
  static List<String> anchors(XdmNode fo) {
    List<String> ids = new ArrayList<>();
    QName id = new QName("id");
    for (XdmNode e : fo.select(Steps.descendant()).toList()) {
      if (e.getNodeKind() == XdmNodeKind.ELEMENT) {
        String value = e.getAttributeValue(id);
        if (value != null && value.startsWith(PREFIX) && !value.startsWith(PREFIX + "e")) {
          ids.add(value);
        }
      }
    }
    return ids;
  }

  /** The pages FOP put the anchors {@code ids} on, after it laid out the FO they are in. */
  static MentionPages measured(AreaTreeHandler layout, List<String> ids) {
    Map<String, PageViewport> found = new LinkedHashMap<>();
    for (String id : ids) {
      PageViewport page = layout.getIDTracker().getFirstPageViewportContaining(id);
      if (page != null) {
        found.put(id, page);
      }
    }
    MentionPages result = new MentionPages();
    found.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> e.getValue().getPageIndex()))
        .forEach(e -> result.add(entityOf(e.getKey()), e.getValue().getPageNumberString(), e.getKey()));
    return result;
  }

  /**
   * The pages of the mention anchors in a part laid out to IF, where FOP marks the place of each
   * id with an {@code <id name="…"/>} inside its {@code <page name="…">} (the name is the page
   * number as printed).
   */
  static MentionPages fromIntermediate(byte[] intermediate) throws IOException {
    MentionPages result = new MentionPages();
    Set<String> seen = new HashSet<>();
    DefaultHandler scan = new DefaultHandler() {
      private String page = "";

      @Override
      public void startElement(String uri, String local, String qName, Attributes atts) {
        if (!IFConstants.NAMESPACE.equals(uri)) {
          return;
        }
        if (local.equals(IFConstants.EL_PAGE)) {
          page = String.valueOf(atts.getValue("name"));
        } else if (local.equals(IFConstants.EL_ID)) {
          String id = atts.getValue("name");
          if (id != null && id.startsWith(PREFIX) && seen.add(id)) {
            result.add(entityOf(id), page, id);
          }
        }
      }
    };
    try {
      IntermediateReader.read(intermediate, scan);
    } catch (SAXException e) {
      throw new IOException(Catalogue.text("pdf.intermediate-unreadable", e.getMessage()), e);
    }
    return result;
  }

  /** No pages: a part without mentions. */
  static MentionPages none() {
    return new MentionPages();
  }

  /** Pages read back from {@link #lines()}. */
  static MentionPages parse(List<String> lines) {
    MentionPages result = new MentionPages();
    for (String line : lines) {
      String[] f = line.split("\t");
      for (int i = 1; i < f.length; i++) {
        int space = f[i].indexOf(' ');
        result.add(f[0], f[i].substring(0, space), f[i].substring(space + 1));
      }
    }
    return result;
  }

  private static String entityOf(String anchor) {
    return anchor.substring(anchor.indexOf('-', PREFIX.length()) + 1);
  }

  private void add(String entity, String page, String anchor) {
    pages.computeIfAbsent(entity, e -> new LinkedHashMap<>()).putIfAbsent(page, anchor);
  }

  /** These pages followed by {@code later}'s (a part that comes after this one in the book). */
  MentionPages then(MentionPages later) {
    MentionPages both = new MentionPages();
    for (MentionPages m : List.of(this, later)) {
      m.pages.forEach((entity, list) -> list.forEach((page, anchor) -> both.add(entity, page, anchor)));
    }
    return both;
  }

  /** The stylesheet's tk:index-pages: entity key → "3, 7, 12". */
  Map<String, String> byEntity() {
    Map<String, String> map = new TreeMap<>();
    pages.forEach((entity, list) -> map.put(entity, String.join(", ", list.keySet())));
    return map;
  }

  /**
   * The stylesheet's tk:index-anchors: entity key → the anchors the index's page numbers link to,
   * the first mention on each page, in the order of {@link #byEntity()}'s pages ("tk-m-… tk-m-…").
   */
  Map<String, String> anchorsByEntity() {
    Map<String, String> map = new TreeMap<>();
    pages.forEach((entity, list) -> map.put(entity, String.join(" ", list.values())));
    return map;
  }

  /** The page, as printed, of each anchor an index page number links to. */
  Map<String, String> anchorPages() {
    Map<String, String> map = new TreeMap<>();
    pages.values().forEach(list -> list.forEach((page, anchor) -> map.put(anchor, page)));
    return map;
  }

  /**
   * One line per entity, tab-separated: its key, then each page with its anchor after a space.
   * Sorted, so the same pages give the same lines.
   */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    pages.forEach((entity, list) -> lines.add(entity + "\t" + String.join("\t",
        list.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())));
    return lines;
  }
}
