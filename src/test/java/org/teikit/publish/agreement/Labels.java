package org.teikit.publish.agreement;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;

/**
 * The interface words print sets in the book's language (tk:label): read from
 * xslt/common/labels.xsl, so that print's contents, document headings and index are found in
 * every language the labels have.
 */
final class Labels {
  static final Path FILE = Path.of("xslt/common/labels.xsl");
  private static XdmMap labels;

  private Labels() {}

  /** The word for a key in every language that has one. */
  static synchronized Set<String> all(String key) {
    try {
      if (labels == null) {
        labels = read();
      }
      Set<String> words = new LinkedHashSet<>();
      for (var language : labels.entrySet()) {
        XdmMap words1 = (XdmMap) language.getValue();
        XdmItem word = words1.get(key) == null ? null : words1.get(key).itemAt(0);
        if (word != null) {
          words.add(Words.spaced(word.getStringValue()));
        }
      }
      return words;
    } catch (SaxonApiException e) {
      throw new AssertionError("cannot read the labels in " + FILE + ": " + e.getMessage(), e);
    }
  }

  /** The map tk:labels is declared as, evaluated as the stylesheet would. */
  private static XdmMap read() throws SaxonApiException {
    Processor saxon = new Processor(false);
    XdmNode stylesheet = saxon.newDocumentBuilder().build(FILE.toFile());
    XPathCompiler xpath = saxon.newXPathCompiler();
    xpath.declareNamespace("xsl", "http://www.w3.org/1999/XSL/Transform");
    xpath.declareNamespace("tk", "https://teikit.org/ns/xslt");
    String map = xpath.evaluateSingle("//xsl:variable[@name = 'tk:labels']/@select", stylesheet).getStringValue();
    return (XdmMap) xpath.evaluateSingle(map, null);
  }
}
