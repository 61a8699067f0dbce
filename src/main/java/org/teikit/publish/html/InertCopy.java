package org.teikit.publish.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.teikit.diagnostic.Catalogue;
import org.teikit.xml.SafeParsers;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The TEI source published beside a document's page ({@code doc/NAME.xml}), made so that a
 * browser that opens it runs nothing. A browser renders an XML file's XHTML, SVG and MathML
 * elements as live markup on the edition's origin ({@code <img onerror>}, {@code <script>},
 * {@code <object>} run) and applies its {@code xml-stylesheet} instructions (an XSLT whose
 * output can hold script). A source with none of these is copied byte for byte. Any other is
 * written again from its parse with those elements and attributes moved to inert namespaces
 * ({@value #INERT} followed by the original namespace name, so that nothing is lost and the
 * change is undone by removing the prefix) and those instructions renamed
 * {@value #INERT_STYLESHEET}, under a comment at the top that says so. The text, elements,
 * attributes, comments and instructions stay as the source has them, in its order; entity
 * references are written out as what they stand for, and the document type declaration is left
 * out (a browser would expand the same entities).
 */
final class InertCopy {
  static final String INERT = "urn:teikit:inert:";
  static final String INERT_STYLESHEET = "teikit-inert-xml-stylesheet";
  /** The namespaces whose elements a browser makes live in an XML document. */
  static final Set<String> LIVE = Set.of("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg",
      "http://www.w3.org/1998/Math/MathML");
  private static final String STYLESHEET = "xml-stylesheet";

  private InertCopy() {}

  /**
   * Writes the copy of {@code source}, whose parse is {@code tree}, to {@code target}.
   *
   * @throws IOException when the source cannot be read again or the copy cannot be written
   */
  static void write(SafeParsers parsers, XdmNode tree, Path source, Path target) throws IOException {
    if (!live(tree)) {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8))) {
      XMLReader reader = parsers.newReader(false);
      Rewriter rewriter = new Rewriter(out, source.getFileName().toString());
      reader.setContentHandler(rewriter);
      reader.setErrorHandler(rewriter);
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", rewriter);
      reader.parse(new InputSource(source.toUri().toString()));
    } catch (SAXException e) {
      throw new IOException(Catalogue.text("html.inert-copy-unwritten", source.getFileName(), e.getMessage()), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Whether the document holds anything a browser would make live: an element or attribute in a live namespace, a stylesheet instruction. */
  static boolean live(XdmNode tree) {
    return tree.select(Steps.descendantOrSelf().then(Steps.attribute().cat(Steps.self()))).anyMatch(n ->
        n.getNodeKind() == XdmNodeKind.PROCESSING_INSTRUCTION ? n.getNodeName().getLocalName().equals(STYLESHEET)
            : n.getNodeName() != null && LIVE.contains(n.getNodeName().getNamespace()));
  }

  /** The document's SAX events written out again as XML, live namespaces and stylesheet instructions renamed. */
  private static final class Rewriter extends DefaultHandler implements LexicalHandler {
    private final Writer out;
    private final String name;
    private final List<String[]> declarations = new ArrayList<>();
    private boolean startTagOpen;
    private boolean inCdata;
    private boolean inDtd;
    /** Elements open; outside the root, each comment and instruction gets a line of its own. */
    private int depth;

    Rewriter(Writer out, String name) {
      this.out = out;
      this.name = name;
    }

    @Override
    public void startDocument() {
      write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- " + notice() + " -->\n");
    }

    private String notice() {
      return "teikit: this is " + name + " as published by the edition, made inert: a browser that opens it "
          + "would run the XHTML, SVG and MathML markup and the xml-stylesheet instructions in it. Their "
          + "namespace names are prefixed with " + INERT + " and the instructions renamed " + INERT_STYLESHEET
          + "; remove the prefix and restore the name to get the source's markup back. Entity references are "
          + "written out as their text; everything else is as the source has it.";
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
      declarations.add(new String[] {prefix, LIVE.contains(uri) ? INERT + uri : uri});
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      closeStartTag();
      StringBuilder tag = new StringBuilder("<").append(qName);
      for (String[] d : declarations) {
        tag.append(d[0].isEmpty() ? " xmlns" : " xmlns:" + d[0]).append("=\"").append(attribute(d[1])).append('"');
      }
      declarations.clear();
      for (int i = 0; i < attributes.getLength(); i++) {
        tag.append(' ').append(attributes.getQName(i)).append("=\"").append(attribute(attributes.getValue(i))).append('"');
      }
      write(tag.toString());
      startTagOpen = true;
      depth++;
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (startTagOpen) {
        write("/>");
        startTagOpen = false;
      } else {
        write("</" + qName + ">");
      }
      depth--;
      lineOutside();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      closeStartTag();
      String text = new String(ch, start, length);
      write(inCdata ? text : text(text));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
      closeStartTag();
      String renamed = target.equals(STYLESHEET) ? INERT_STYLESHEET : target;
      write("<?" + renamed + (data == null || data.isEmpty() ? "" : " " + data) + "?>");
      lineOutside();
    }

    @Override
    public void comment(char[] ch, int start, int length) {
      if (!inDtd) {
        closeStartTag();
        write("<!--" + new String(ch, start, length) + "-->");
        lineOutside();
      }
    }

    @Override
    public void startCDATA() {
      closeStartTag();
      write("<![CDATA[");
      inCdata = true;
    }

    @Override
    public void endCDATA() {
      write("]]>");
      inCdata = false;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
      inDtd = true;
    }

    @Override
    public void endDTD() {
      inDtd = false;
    }

    @Override
    public void startEntity(String name) {}

    @Override
    public void endEntity(String name) {}

    @Override
    public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
      throw e;
    }

    private void lineOutside() {
      if (depth == 0) {
        write("\n");
      }
    }

    private void closeStartTag() {
      if (startTagOpen) {
        write(">");
        startTagOpen = false;
      }
    }

    private void write(String s) {
      try {
        out.write(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Text escaped; a carriage return as a reference, which a parser would otherwise turn into a line feed. */
    private static String text(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;");
    }

    /** An attribute value escaped; tabs and line ends as references, which a parser would otherwise make spaces. */
    private static String attribute(String s) {
      return text(s).replace("\"", "&quot;").replace("\t", "&#9;").replace("\n", "&#10;");
    }
  }
}
