package org.teikit.xml;

import java.nio.file.Path;
import java.util.List;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Makes SAX readers (Xerces) that cannot be turned against the user: no external entities or
 * DTDs are loaded (naming one is an error), entity expansion is bounded in count and in bytes of
 * text ({@link InputLimits}), and XInclude goes through {@link ResourcePolicy}.
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
      XMLReader reader = new XercesReader();
      reader.setFeature(SAX + "features/namespaces", true);
      reader.setFeature(SAX + "features/validation", false);
      reader.setFeature(SAX + "features/external-general-entities", false);
      reader.setFeature(SAX + "features/external-parameter-entities", false);
      reader.setFeature(XERCES + "features/nonvalidating/load-external-dtd", false);
      reader.setFeature(XERCES + "features/xinclude", xinclude);
      if (xinclude) {
        reader.setFeature(XERCES + "features/xinclude/fixup-base-uris", false);
        reader.setFeature(XERCES + "features/xinclude/fixup-language", false);
      }
      reader.setProperty(XERCES + "properties/security-manager", securityManager());
      reader.setEntityResolver(new SafeEntityResolver(policy, includeRoots == null ? policy.documentRoots() : includeRoots));
      return reader;
    } catch (SAXException e) {
      throw new IllegalStateException("the XML parser cannot be configured safely", e);
    }
  }

  /**
   * The input for parsing one document given to teikit, once the policy lets it through (see
   * {@link ResourcePolicy#checkDocument}); its system id is the path as given, for messages.
   *
   * @throws UnsafeResourceException when the file is refused: nothing of it was read
   */
  public InputSource document(Path file) {
    policy.checkDocument(file);
    return new InputSource(file.toAbsolutePath().normalize().toUri().toString());
  }

  private static org.apache.xerces.util.SecurityManager securityManager() {
    org.apache.xerces.util.SecurityManager manager = new org.apache.xerces.util.SecurityManager();
    manager.setEntityExpansionLimit(ENTITY_EXPANSION_LIMIT);
    return manager;
  }
}
