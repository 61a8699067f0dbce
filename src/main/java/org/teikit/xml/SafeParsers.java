package org.teikit.xml;

import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.xerces.jaxp.SAXParserFactoryImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Makes SAX readers (Xerces) that cannot be turned against the user: no external entities or
 * DTDs are loaded, entity expansion is bounded, and XInclude goes through {@link ResourcePolicy}.
 */
public final class SafeParsers {
  /** Entity expansions allowed per document: ample for TEI, far below a billion laughs. */
  static final int ENTITY_EXPANSION_LIMIT = 10_000;

  private static final String XERCES = "http://apache.org/xml/";
  private static final String SAX = "http://xml.org/sax/";

  private final ResourcePolicy policy;

  public SafeParsers(ResourcePolicy policy) {
    this.policy = policy;
  }

  public ResourcePolicy policy() {
    return policy;
  }

  /** A namespace-aware reader; with {@code xinclude}, XInclude is processed on local files. */
  public XMLReader newReader(boolean xinclude) {
    return newReader(xinclude, null);
  }

  /**
   * A namespace-aware reader whose XInclude (when on) reads only files inside
   * {@code includeRoots} (null: the policy's document roots).
   */
  public XMLReader newReader(boolean xinclude, List<Path> includeRoots) {
    try {
      SAXParserFactory factory = new SAXParserFactoryImpl();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(xinclude);
      factory.setFeature(SAX + "features/external-general-entities", false);
      factory.setFeature(SAX + "features/external-parameter-entities", false);
      factory.setFeature(XERCES + "features/nonvalidating/load-external-dtd", false);
      if (xinclude) {
        factory.setFeature(XERCES + "features/xinclude/fixup-base-uris", false);
        factory.setFeature(XERCES + "features/xinclude/fixup-language", false);
      }
      XMLReader reader = factory.newSAXParser().getXMLReader();
      reader.setProperty(XERCES + "properties/security-manager", securityManager());
      reader.setEntityResolver(new SafeEntityResolver(policy, includeRoots == null ? policy.documentRoots() : includeRoots));
      return reader;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the XML parser cannot be configured safely", e);
    }
  }

  private static org.apache.xerces.util.SecurityManager securityManager() {
    org.apache.xerces.util.SecurityManager manager = new org.apache.xerces.util.SecurityManager();
    manager.setEntityExpansionLimit(ENTITY_EXPANSION_LIMIT);
    return manager;
  }
}
