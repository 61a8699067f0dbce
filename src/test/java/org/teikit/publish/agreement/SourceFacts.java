package org.teikit.publish.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import org.teikit.edition.Edition;
import org.teikit.xml.XmlContext;

/**
 * What the sources number, that both editions must then show: the @n of each citable part
 * (EpiDoc's and PTA's textpart divisions), by document in the edition's order. Without it two
 * editions that both leave the numbers out would agree.
 */
record SourceFacts(List<Set<String>> sections) {
  static SourceFacts read(XmlContext xml, Edition edition) throws SaxonApiException {
    XPathCompiler xpath = xml.processor().newXPathCompiler();
    xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
    List<Set<String>> sections = new ArrayList<>();
    for (Path document : edition.documents()) {
      Set<String> numbers = new LinkedHashSet<>();
      for (XdmItem n : xpath.evaluate("//tei:text//tei:div[@type = 'textpart']/@n",
          xml.processor().newDocumentBuilder().build(xml.source(document.toUri())))) {
        numbers.add(Words.spaced(n.getStringValue()));
      }
      sections.add(numbers);
    }
    return new SourceFacts(sections);
  }
}
