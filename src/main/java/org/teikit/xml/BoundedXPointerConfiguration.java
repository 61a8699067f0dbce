package org.teikit.xml;

import java.lang.reflect.Method;
import org.apache.xerces.util.XMLLocatorWrapper;
import org.apache.xerces.xinclude.XIncludeHandler;
import org.apache.xerces.xni.XMLDocumentHandler;
import org.apache.xerces.xpointer.XPointerHandler;

/**
 * The configuration for a document included with an {@code xpointer}: teikit's bounds, and
 * Xerces's XPointer handler after the XInclude handler, as in Xerces's own
 * XPointerParserConfiguration (which would expand entities without bound).
 */
final class BoundedXPointerConfiguration extends BoundedConfiguration {
  private static final String XPOINTER_HANDLER = "http://apache.org/xml/properties/internal/xpointer-handler";

  private static final Method[] ADOPT = setters();

  private final XPointerHandler xpointer = new XPointerHandler();

  BoundedXPointerConfiguration() {
    addRecognizedProperties(new String[] {XPOINTER_HANDLER});
    setProperty(XPOINTER_HANDLER, xpointer);
    addCommonComponent(xpointer);
  }

  XPointerHandler xpointerHandler() {
    return xpointer;
  }

  @Override
  protected void configurePipeline() {
    super.configurePipeline();
    appendXPointer();
  }

  @Override
  protected void configureXML11Pipeline() {
    super.configureXML11Pipeline();
    appendXPointer();
  }

  /** After the XInclude handler, the last of the pipeline (this configuration always includes). */
  private void appendXPointer() {
    XMLDocumentHandler next = fLastComponent.getDocumentHandler();
    fLastComponent.setDocumentHandler(xpointer);
    xpointer.setDocumentSource(fLastComponent);
    if (next != null && next != xpointer) {
      xpointer.setDocumentHandler(next);
      next.setDocumentSource(xpointer);
    }
    fLastComponent = xpointer;
  }

  /**
   * Makes the XPointer handler the child of {@code parent}, as Xerces does for its own. The
   * handler class is final and the three setters protected, so they are called by reflection.
   */
  void adopt(XIncludeHandler parent, String href, XMLLocatorWrapper locator, XMLDocumentHandler downstream) {
    try {
      ADOPT[0].invoke(xpointer, parent);
      ADOPT[1].invoke(xpointer, href);
      ADOPT[2].invoke(xpointer, locator);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Xerces's XPointer handler cannot be set up", e);
    }
    xpointer.setDocumentHandler(downstream);
  }

  private static Method[] setters() {
    try {
      Method[] methods = {
        XIncludeHandler.class.getDeclaredMethod("setParent", XIncludeHandler.class),
        XIncludeHandler.class.getDeclaredMethod("setHref", String.class),
        XIncludeHandler.class.getDeclaredMethod("setXIncludeLocator", XMLLocatorWrapper.class)};
      for (Method method : methods) {
        method.setAccessible(true);
      }
      return methods;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this Xerces has no XInclude handler teikit knows", e);
    }
  }
}
