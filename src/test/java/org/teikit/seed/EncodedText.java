package org.teikit.seed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The transmitted text of the edition's document: what the Russian typescript and the English
 * translation say, without the editors' layer.
 *
 * <p>Left out as editorial: {@code note}, {@code corr}, {@code reg}, {@code expan}, {@code
 * supplied} and every {@code rdg} (in an {@code app} the transmitted text is the {@code lem}).
 * Kept: everything else, {@code sic}, {@code orig}, {@code unclear} and the page furniture
 * included. Whitespace directly inside element-only containers ({@code choice}, {@code app},
 * {@code list}) is layout; block elements and line or page breaks without {@code
 * break="no"} end a word.
 */
final class EncodedText {
  static final Path DOCUMENT =
      Path.of("editions/chervonenko-deng-1962/1962-03-01-chervonenko-deng.xml");
  static final Path EDITION = Path.of("editions/chervonenko-deng-1962/edition.xml");
  static final String TEI = "http://www.tei-c.org/ns/1.0";

  private static final Set<String> EDITORIAL =
      Set.of("note", "corr", "reg", "expan", "supplied", "rdg");
  private static final Set<String> ELEMENT_ONLY = Set.of("choice", "app", "list", "subst", "rdgGrp");
  private static final Set<String> BLOCKS =
      Set.of("p", "head", "ab", "item", "list", "fw", "opener", "closer", "byline", "dateline",
          "signed", "stamp", "div", "body", "label");
  private static final Set<String> BREAKS = Set.of("lb", "pb", "cb");
  /**
   * Inside a paragraph, what stands on the page but is not the paragraph's running text: forme
   * work and lists (such as a distribution list added at the foot of the page).
   */
  private static final Set<String> FURNITURE = Set.of("fw", "list");

  /** One word of the encoding and what it belongs to: a paragraph's id, or "" for other matter. */
  record Word(String text, String paragraph) {}

  static final Processor PROCESSOR = new Processor(false);
  private static final QName BREAK = new QName("break");
  private static final QName XML_ID = new QName("http://www.w3.org/XML/1998/namespace", "id");

  final XdmNode document;

  EncodedText(Path file) throws SaxonApiException {
    DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
    builder.setLineNumbering(true);
    this.document = builder.build(file.toFile());
  }

  /** The {@code text} element of one language (ru, en). */
  XdmNode text(String lang) throws SaxonApiException {
    XPathCompiler xpath = PROCESSOR.newXPathCompiler();
    xpath.declareNamespace("tei", TEI);
    xpath.declareVariable(new QName("lang"));
    var selector = xpath.compile("//tei:text[@xml:lang = $lang][tei:body]").load();
    selector.setContextItem(document);
    selector.setVariable(new QName("lang"), new XdmAtomicValue(lang));
    XdmItem found = selector.evaluateSingle();
    if (found == null) {
      throw new IllegalStateException("no text with xml:lang='" + lang + "' in " + DOCUMENT);
    }
    return (XdmNode) found;
  }

  /** The transmitted words of a text, each with the paragraph whose running text it is. */
  static List<Word> words(XdmNode text) {
    Words words = new Words();
    words.walk(text, "", "");
    words.flush();
    return words.list;
  }

  /** The transmitted text of a text as one string, whitespace normalised. */
  static String plain(XdmNode text) {
    StringBuilder all = new StringBuilder();
    for (Word w : words(text)) {
      all.append(w.text()).append(' ');
    }
    return all.toString().trim();
  }

  /** Collects words in document order; a word belongs to the paragraph it starts in. */
  private static final class Words {
    final List<Word> list = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private String owner = "";

    void walk(XdmNode node, String parent, String paragraph) {
      for (XdmNode child : node.children()) {
        if (child.getNodeKind() == XdmNodeKind.TEXT) {
          text(child.getStringValue(), parent, paragraph);
        } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
          element(child, paragraph);
        }
      }
    }

    private void text(String value, String parent, String paragraph) {
      if (ELEMENT_ONLY.contains(parent) && value.isBlank()) {
        return;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isWhitespace(c)) {
          flush();
        } else {
          if (pending.length() == 0) {
            owner = paragraph;
          }
          pending.append(c);
        }
      }
    }

    private void element(XdmNode element, String paragraph) {
      QName name = element.getNodeName();
      String local = TEI.equals(name.getNamespaceUri().toString()) ? name.getLocalName() : "";
      if (EDITORIAL.contains(local)) {
        return;
      }
      if (BREAKS.contains(local)) {
        if (!"no".equals(element.getAttributeValue(BREAK))) {
          flush();
        }
        return;
      }
      boolean block = BLOCKS.contains(local);
      if (block) {
        flush();
      }
      String inside = paragraph;
      if ("p".equals(local)) {
        String id = element.getAttributeValue(XML_ID);
        inside = id == null ? "p" : id;
      } else if (!paragraph.isEmpty() && FURNITURE.contains(local)) {
        inside = "";
      }
      walk(element, local, inside);
      if (block) {
        flush();
      }
    }

    void flush() {
      if (pending.length() > 0) {
        list.add(new Word(pending.toString(), owner));
        pending.setLength(0);
      }
    }
  }
}
