package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.LexicalHandler;

/**
 * Sends one parse's SAX events to several consumers, so a document is read once for all its
 * checks. The per-element and per-text events loop by index: with C1 alone, a for-each loop
 * allocated an iterator per event, a large share of all a validation allocated. Validators chosen
 * by the document's own xml-model instructions join at the root element: they are started then,
 * and the prefix mappings that precede the root are replayed.
 */
final class EventTee implements ContentHandler, DTDHandler, LexicalHandler, DeclHandler {
  private final List<ContentHandler> content = new ArrayList<>();
  private final List<DTDHandler> dtd = new ArrayList<>();
  private final List<LexicalHandler> lexical = new ArrayList<>();
  private final List<XmlModel> xmlModels = new ArrayList<>();
  private final List<String[]> pendingPrefixes = new ArrayList<>();
  private final Function<List<XmlModel>, List<StreamingSchema.Check>> lateJoiners;
  private final DeclHandler declarations;
  private Locator locator;
  private boolean rootSeen;

  EventTee(Function<List<XmlModel>, List<StreamingSchema.Check>> lateJoiners, DeclHandler declarations) {
    this.lateJoiners = lateJoiners;
    this.declarations = declarations;
  }

  /** Adds a consumer that sees the whole document from the start. */
  void add(ContentHandler handler) {
    content.add(handler);
    if (handler instanceof LexicalHandler l) {
      lexical.add(l);
    }
    if (handler instanceof DTDHandler d) {
      dtd.add(d);
    }
  }

  Locator locator() {
    return locator;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    if (declarations instanceof ContentHandler watcher) {
      watcher.setDocumentLocator(locator);
    }
    for (ContentHandler h : content) {
      h.setDocumentLocator(locator);
    }
  }

  @Override
  public void startDocument() throws SAXException {
    for (ContentHandler h : content) {
      h.startDocument();
    }
  }

  @Override
  public void endDocument() throws SAXException {
    for (ContentHandler h : content) {
      h.endDocument();
    }
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    if (!rootSeen && XmlModel.TARGET.equals(target)) {
      XmlModel.parse(data, line(), column()).ifPresent(xmlModels::add);
    }
    for (ContentHandler h : content) {
      h.processingInstruction(target, data);
    }
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    if (!rootSeen) {
      pendingPrefixes.add(new String[] {prefix, uri});
    }
    for (ContentHandler h : content) {
      h.startPrefixMapping(prefix, uri);
    }
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    for (ContentHandler h : content) {
      h.endPrefixMapping(prefix);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if (!rootSeen) {
      rootSeen = true;
      joinLate();
    }
    for (int i = 0; i < content.size(); i++) {
      content.get(i).startElement(uri, localName, qName, atts);
    }
  }

  private void joinLate() throws SAXException {
    for (StreamingSchema.Check check : lateJoiners.apply(List.copyOf(xmlModels))) {
      ContentHandler h = check.content();
      if (locator != null) {
        h.setDocumentLocator(locator);
      }
      h.startDocument();
      for (String[] mapping : pendingPrefixes) {
        h.startPrefixMapping(mapping[0], mapping[1]);
      }
      content.add(h);
      if (h instanceof LexicalHandler l) {
        lexical.add(l);
      }
      if (check.dtd() != null) {
        dtd.add(check.dtd());
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    for (int i = 0; i < content.size(); i++) {
      content.get(i).endElement(uri, localName, qName);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    for (int i = 0; i < content.size(); i++) {
      content.get(i).characters(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    for (int i = 0; i < content.size(); i++) {
      content.get(i).ignorableWhitespace(ch, start, length);
    }
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    for (ContentHandler h : content) {
      h.skippedEntity(name);
    }
  }

  @Override
  public void notationDecl(String name, String publicId, String systemId) throws SAXException {
    for (DTDHandler h : dtd) {
      h.notationDecl(name, publicId, systemId);
    }
  }

  @Override
  public void unparsedEntityDecl(String name, String publicId, String systemId, String notation)
      throws SAXException {
    for (DTDHandler h : dtd) {
      h.unparsedEntityDecl(name, publicId, systemId, notation);
    }
  }

  @Override
  public void comment(char[] ch, int start, int length) throws SAXException {
    for (LexicalHandler h : lexical) {
      h.comment(ch, start, length);
    }
  }

  // The tree needs comments only; DTD and entity boundaries are not passed on.
  @Override
  public void startDTD(String name, String publicId, String systemId) {}

  @Override
  public void endDTD() {}

  @Override
  public void startEntity(String name) {}

  @Override
  public void endEntity(String name) {}

  @Override
  public void startCDATA() {}

  @Override
  public void endCDATA() {}

  @Override
  public void elementDecl(String name, String model) {}

  @Override
  public void attributeDecl(String eName, String aName, String type, String mode, String value) {}

  @Override
  public void internalEntityDecl(String name, String value) {}

  @Override
  public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
    declarations.externalEntityDecl(name, publicId, systemId);
  }

  private int line() {
    return locator == null ? 0 : locator.getLineNumber();
  }

  private int column() {
    return locator == null ? 0 : locator.getColumnNumber();
  }
}
