package org.teikit.publish.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a part in FOP's intermediate format (IF), which teikit wrote itself, into a SAX handler.
 * A plain namespace-aware parser with secure processing: teikit's SafeParsers (catalogs,
 * XInclude policy, entity resolver) is for the editions' sources, which the user gives.
 */
final class IntermediateReader {
  private static final SAXParserFactory PARSERS = parsers();

  private IntermediateReader() {}

  static void read(byte[] intermediate, ContentHandler handler) throws SAXException, IOException {
    try {
      XMLReader reader = PARSERS.newSAXParser().getXMLReader();
      reader.setContentHandler(handler);
      reader.parse(new InputSource(new ByteArrayInputStream(intermediate)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SAXParserFactory parsers() {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    }
    return factory;
  }
}
