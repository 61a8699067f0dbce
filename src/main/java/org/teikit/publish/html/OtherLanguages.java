package org.teikit.publish.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.teikit.xml.XmlContext;

/**
 * The interface languages an edition declares after its first (setting interface-language, README
 * "Interface language"): the site is published once more in each, into the folder named by the
 * language inside the edition's folder.
 */
final class OtherLanguages {
  private static final String SETTING = "string((/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:appInfo"
      + "/tei:application[@ident eq 'teikit']/tei:label[@type eq 'interface-language'])[1])";

  private OtherLanguages() {}

  /**
   * The languages after the first, each once, in the order declared; only names that can be a
   * folder's (a language the stylesheets do not know stops the run there, tk:E0002).
   */
  static List<String> of(XmlContext xml, XdmValue edition) {
    if (!(edition instanceof XdmNode tree)) {
      return List.of();
    }
    try {
      XPathCompiler xpath = xml.processor().newXPathCompiler();
      xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
      String value = xpath.evaluateSingle(SETTING, tree).getStringValue();
      List<String> declared = new ArrayList<>(new LinkedHashSet<>(List.of(value.strip().split("\\s+"))));
      return declared.stream().skip(1).filter(lang -> lang.matches("[a-z]{2,3}")).toList();
    } catch (SaxonApiException e) {
      throw new IllegalStateException("the setting's XPath does not compile", e);
    }
  }
}
