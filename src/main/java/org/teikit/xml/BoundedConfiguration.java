package org.teikit.xml;

import org.apache.xerces.parsers.XIncludeAwareParserConfiguration;

/**
 * Xerces's parser configuration with teikit's bounds: its entity manager is a {@link
 * BoundedEntityManager}, its error reporter knows teikit's messages ({@link ParserMessages}), and
 * included documents are parsed with the same bounds ({@link BoundedXIncludeHandler}).
 */
class BoundedConfiguration extends XIncludeAwareParserConfiguration {
  BoundedConfiguration() {
    fCommonComponents.remove(fEntityManager);
    fEntityManager = new BoundedEntityManager(InputLimits.ENTITY_TEXT_CHARS);
    fProperties.put(ENTITY_MANAGER, fEntityManager);
    addCommonComponent(fEntityManager);
    fErrorReporter.setDocumentLocator(fEntityManager.getEntityScanner());
    fErrorReporter.putMessageFormatter(ParserMessages.DOMAIN, new ParserMessages());
    // made here, not when the pipeline is first configured, so that an including parser finds it
    fXIncludeHandler = new BoundedXIncludeHandler();
    setProperty(XINCLUDE_HANDLER, fXIncludeHandler);
    addCommonComponent(fXIncludeHandler);
  }

  /** The XInclude handler this configuration includes with, for a parent to adopt it as its child. */
  BoundedXIncludeHandler xincludeHandler() {
    return (BoundedXIncludeHandler) fXIncludeHandler;
  }
}
