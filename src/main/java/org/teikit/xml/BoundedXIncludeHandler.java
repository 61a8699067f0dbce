package org.teikit.xml;

import org.apache.xerces.xinclude.XIncludeHandler;
import org.apache.xerces.xni.XMLAttributes;
import org.apache.xerces.xni.XNIException;

/**
 * Xerces's XInclude handler, parsing included documents with teikit's {@link
 * BoundedConfiguration} too: Xerces would make a stock configuration for them, whose entities
 * expand without the bound on their text. Its setup follows what Xerces does for its own.
 * An include with an {@code xpointer} attribute still gets Xerces's XPointer configuration.
 */
final class BoundedXIncludeHandler extends XIncludeHandler {
  private static final String XERCES = "http://apache.org/xml/";

  @Override
  protected boolean handleIncludeElement(XMLAttributes attributes) throws XNIException {
    if (fXIncludeChildConfig == null && attributes.getValue(XPOINTER) == null) {
      fXIncludeChildConfig = newChildConfiguration(attributes.getValue(XINCLUDE_ATTR_HREF));
    }
    return super.handleIncludeElement(attributes);
  }

  private BoundedConfiguration newChildConfiguration(String href) {
    BoundedConfiguration child = new BoundedConfiguration();
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
    child.setProperty(XERCES + "properties/internal/namespace-context", fNamespaceContext);
    BoundedXIncludeHandler handler = (BoundedXIncludeHandler) child.getProperty(XERCES + "properties/internal/xinclude-handler");
    handler.setParent(this);
    handler.setHref(href);
    handler.setXIncludeLocator(fXIncludeLocator);
    handler.setDocumentHandler(getDocumentHandler());
    return child;
  }
}
