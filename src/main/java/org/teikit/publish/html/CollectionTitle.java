package org.teikit.publish.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.xml.UnsafeResourceException;
import org.teikit.xml.XmlContext;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The title of an edition that has no edition.xml: its one document's title, or what its
 * documents' headers share, as the model decides it (xslt/common tk:collection-title: a series title, a common part
 * of their titles, a common authority). Every page of the edition names it, so it is known before
 * the first page is made; only the headers are read for it, each up to its end.
 */
final class CollectionTitle {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";

  private CollectionTitle() {}

  /** An edition's title, and whether its headers give it (else it is its folder's name). */
  record Title(String text, boolean named) {}

  /** The shared title (a lone document's own), or empty: the caller keeps the folder's name. */
  static Optional<String> of(List<Path> documents, XmlContext xml, HtmlStylesheets stylesheets) {
    List<XdmNode> headers = new ArrayList<>();
    for (Path document : documents) {
      header(document, xml).ifPresent(headers::add);
    }
    if (headers.isEmpty()) {
      return Optional.empty();
    }
    List<XdmNode> roots = new ArrayList<>();
    for (XdmNode header : headers) {
      header.children().forEach(child -> {
        if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
          roots.add(child);
        }
      });
    }
    try {
      Xslt30Transformer transformer = stylesheets.executable().load30();
      transformer.setErrorReporter(error -> { });
      XdmValue title = transformer.callFunction(new QName(HtmlPublisher.NS, "collection-title"),
          new XdmValue[] {new XdmValue(roots)});
      String text = title.size() == 1 ? title.itemAt(0).getStringValue().strip() : "";
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    } catch (SaxonApiException e) {
      return Optional.empty();
    }
  }

  /** The document's root element with its teiHeader only; empty when it cannot be read (the
   *  document's own step reports why). */
  private static Optional<XdmNode> header(Path document, XmlContext xml) {
    try {
      BuildingContentHandler builder = xml.processor().newDocumentBuilder().newBuildingContentHandler();
      XMLReader reader = xml.parsers().newReader(false);
      HeaderOnly filter = new HeaderOnly(reader);
      filter.setContentHandler(builder);
      try {
        filter.parse(xml.parsers().document(document));
      } catch (HeaderRead done) {
        return Optional.of(builder.getDocumentNode());
      }
      return filter.sawHeader ? Optional.of(builder.getDocumentNode()) : Optional.empty();
    } catch (SaxonApiException | SAXException | IOException | UnsafeResourceException e) {
      return Optional.empty();
    }
  }

  /** Ends the parse once the header has been read: the text is not needed. */
  private static final class HeaderRead extends SAXException {
    private static final long serialVersionUID = 1L;

    HeaderRead() {
      super("header read");
    }
  }

  /** Passes on the root element and its teiHeader; stops after the header. */
  private static final class HeaderOnly extends XMLFilterImpl {
    private int depth;
    private boolean inHeader;
    private boolean sawHeader;
    private String rootUri;
    private String rootLocal;
    private String rootQName;

    HeaderOnly(XMLReader parent) {
      super(parent);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
      depth++;
      if (depth == 1) {
        rootUri = uri;
        rootLocal = local;
        rootQName = qName;
        super.startElement(uri, local, qName, atts);
      } else if (inHeader) {
        super.startElement(uri, local, qName, atts);
      } else if (depth == 2 && TEI.equals(uri) && "teiHeader".equals(local)) {
        inHeader = true;
        sawHeader = true;
        super.startElement(uri, local, qName, atts);
      } else if (depth == 2) {
        finish();
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (inHeader) {
        super.endElement(uri, local, qName);
        if (depth == 2) {
          finish();
        }
      }
      depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inHeader) {
        super.characters(ch, start, length);
      }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
      if (depth == 0 || inHeader) { // the root's and the header's; none of a skipped element
        super.startPrefixMapping(prefix, uri);
      }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
      if (inHeader) {
        super.endPrefixMapping(prefix);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      // layout of the file: not part of the header's text
    }

    @Override
    public void processingInstruction(String target, String data) {
      // no instruction of the header's is read
    }

    /** Closes the tree at the end of the header (or at the text, for a file without one). */
    private void finish() throws SAXException {
      super.endElement(rootUri, rootLocal, rootQName);
      super.endDocument();
      throw new HeaderRead();
    }
  }
}
