package org.teikit.xml;

import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A reader for what Saxon reads (schemas, stylesheets, documents they name) that stops at an
 * external entity declaration, at its line: the safe parser never reads the entity and would
 * quietly leave it empty, so a Schematron message made of one came out as an empty finding.
 */
final class NoEntityDeclarations extends XMLFilterImpl implements DeclHandler {
  private static final String DECLARATION_HANDLER = "http://xml.org/sax/properties/declaration-handler";

  private Locator locator;
  /** The declaration handler the consumer set, if any: told of every declaration that is allowed. */
  private DeclHandler next;

  NoEntityDeclarations(XMLReader parent) {
    super(parent);
  }

  @Override
  public void parse(InputSource input) throws SAXException, java.io.IOException {
    getParent().setProperty(DECLARATION_HANDLER, this);
    super.parse(input);
  }

  @Override
  public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
    if (DECLARATION_HANDLER.equals(name)) {
      next = (DeclHandler) value;
    } else {
      super.setProperty(name, value);
    }
  }

  @Override
  public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
    return DECLARATION_HANDLER.equals(name) ? next : super.getProperty(name);
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    super.setDocumentLocator(locator);
  }

  @Override
  public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
    throw new SAXParseException("the external entity \"" + name + "\" (" + (systemId == null ? publicId : systemId)
        + ") is not read: teikit never reads external entities or DTDs", locator);
  }

  @Override
  public void elementDecl(String name, String model) throws SAXException {
    if (next != null) {
      next.elementDecl(name, model);
    }
  }

  @Override
  public void attributeDecl(String element, String attribute, String type, String mode, String value)
      throws SAXException {
    if (next != null) {
      next.attributeDecl(element, attribute, type, mode, value);
    }
  }

  @Override
  public void internalEntityDecl(String name, String value) throws SAXException {
    if (next != null) {
      next.internalEntityDecl(name, value);
    }
  }
}
