package org.teikit.xml;

import org.apache.xerces.impl.XMLErrorReporter;
import org.apache.xerces.parsers.SAXParser;
import org.apache.xerces.xni.Augmentations;
import org.apache.xerces.xni.QName;
import org.apache.xerces.xni.XMLAttributes;
import org.apache.xerces.xni.XNIException;

/**
 * The SAX reader behind every parser teikit makes: Xerces on a {@link BoundedConfiguration}.
 * It refuses a DOCTYPE that names an external DTD (a well-formedness error with its place;
 * HTML's {@code about:legacy-compat} names none), as teikit never reads one, refuses an element
 * with more attributes than {@link InputLimits#ELEMENT_ATTRIBUTES} before any validator or tree
 * sees it, and counts the bytes each document includes afresh.
 */
final class XercesReader extends SAXParser {
  /** What HTML's XML syntax writes in place of a DTD (teikit's own pages carry it): no DTD to read. */
  private static final String HTML_LEGACY = "about:legacy-compat";
  private static final String ERROR_REPORTER = "http://apache.org/xml/properties/internal/error-reporter";

  XercesReader() {
    super(new BoundedConfiguration());
  }

  @Override
  public void parse(org.xml.sax.InputSource input) throws org.xml.sax.SAXException, java.io.IOException {
    if (getEntityResolver() instanceof SafeEntityResolver resolver) {
      resolver.newDocument();
    }
    super.parse(input);
  }

  @Override
  public void parse(String systemId) throws org.xml.sax.SAXException, java.io.IOException {
    parse(new org.xml.sax.InputSource(systemId));
  }

  @Override
  public void doctypeDecl(String root, String publicId, String systemId, Augmentations augs) throws XNIException {
    if ((systemId != null || publicId != null) && !HTML_LEGACY.equals(systemId)) {
      fatal(ParserMessages.EXTERNAL_DTD, systemId != null ? systemId : publicId);
    }
    super.doctypeDecl(root, publicId, systemId, augs);
  }

  /** Also called for an empty element (Xerces's emptyElement starts and ends one). */
  @Override
  public void startElement(QName element, XMLAttributes attributes, Augmentations augs) throws XNIException {
    if (attributes.getLength() > InputLimits.ELEMENT_ATTRIBUTES) {
      fatal(ParserMessages.ATTRIBUTES, element.rawname, attributes.getLength(), InputLimits.ELEMENT_ATTRIBUTES);
    }
    super.startElement(element, attributes, augs);
  }

  private void fatal(String key, Object... arguments) {
    XMLErrorReporter reporter = (XMLErrorReporter) fConfiguration.getProperty(ERROR_REPORTER);
    reporter.reportError(ParserMessages.DOMAIN, key, arguments, XMLErrorReporter.SEVERITY_FATAL_ERROR);
  }
}
