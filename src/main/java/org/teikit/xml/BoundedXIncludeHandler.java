package org.teikit.xml;

import org.apache.xerces.xinclude.XIncludeHandler;
import org.apache.xerces.xni.XMLAttributes;
import org.apache.xerces.xni.XNIException;

/**
 * Xerces's XInclude handler, parsing included documents with teikit's {@link
 * BoundedConfiguration} too: Xerces would make a stock configuration for them, whose entities
 * expand without the bound on their text. Its setup follows what Xerces does for its own.
 * An include with an {@code xpointer} attribute gets a {@link BoundedXPointerConfiguration}.
 */
final class BoundedXIncludeHandler extends XIncludeHandler {
  private static final String XERCES = "http://apache.org/xml/";
  private static final String NAMESPACE_CONTEXT = XERCES + "properties/internal/namespace-context";

  @Override
  protected boolean handleIncludeElement(XMLAttributes attributes) throws XNIException {
    String href = attributes.getValue(XINCLUDE_ATTR_HREF);
    if (attributes.getValue(XPOINTER) == null) {
      if (fXIncludeChildConfig == null) {
        fXIncludeChildConfig = newChildConfiguration(href);
      }
    } else if (fXPointerChildConfig == null) {
      fXPointerChildConfig = newXPointerConfiguration(href);
    }
    return super.handleIncludeElement(attributes);
  }

  private BoundedConfiguration newChildConfiguration(String href) {
    BoundedConfiguration child = shared(new BoundedConfiguration());
    BoundedXIncludeHandler handler = child.xincludeHandler();
    handler.setParent(this);
    handler.setHref(href);
    handler.setXIncludeLocator(fXIncludeLocator);
    handler.setDocumentHandler(getDocumentHandler());
    return child;
  }

  private BoundedXPointerConfiguration newXPointerConfiguration(String href) {
    BoundedXPointerConfiguration child = shared(new BoundedXPointerConfiguration());
    org.apache.xerces.xpointer.XPointerHandler handler = child.xpointerHandler();
    fXPtrProcessor = handler;
    handler.setProperty(NAMESPACE_CONTEXT, fNamespaceContext);
    // teikit turns both fix-ups off (SafeParsers)
    handler.setProperty(XINCLUDE_FIXUP_BASE_URIS, Boolean.FALSE);
    handler.setProperty(XINCLUDE_FIXUP_LANGUAGE, Boolean.FALSE);
    if (fErrorReporter != null) {
      handler.setProperty(ERROR_REPORTER, fErrorReporter);
    }
    child.adopt(this, href, fXIncludeLocator, getDocumentHandler());
    return child;
  }

  /** What a child shares with its parent, as Xerces does it: symbols, errors, resolver, limits. */
  private <C extends BoundedConfiguration> C shared(C child) {
    child.setFeature(XERCES + "features/xinclude", true);
    if (fSymbolTable != null) {
      child.setProperty(SYMBOL_TABLE, fSymbolTable);
    }
    if (fErrorReporter != null) {
      child.setProperty(ERROR_REPORTER, fErrorReporter);
    }
    if (fEntityResolver != null) {
      child.setProperty(ENTITY_RESOLVER, fEntityResolver);
    }
    child.setProperty(SECURITY_MANAGER, fSecurityManager);
    child.setProperty(BUFFER_SIZE, fBufferSize);
    child.setProperty(NAMESPACE_CONTEXT, fNamespaceContext);
    return child;
  }
}
