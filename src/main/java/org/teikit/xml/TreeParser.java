package org.teikit.xml;

import java.nio.file.Path;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Builds a Saxon tree from a file through the safe readers; a parse failure becomes a diagnostic. */
final class TreeParser implements DocumentTrees {
  private final XmlContext xml;

  TreeParser(XmlContext xml) {
    this.xml = xml;
  }

  @Override
  public XdmNode tree(Path file) throws UnreadableDocument {
    SAXSource source;
    try {
      source = xml.documentSource(file);
    } catch (UnsafeResourceException refused) {
      throw new UnreadableDocument(Diagnostic.error(file, 0, 0, Check.IO, refused.getMessage()));
    }
    FatalError fatal = new FatalError();
    // our handler, so that Saxon does not print the parser's complaint to stderr
    source.getXMLReader().setErrorHandler(fatal);
    DocumentBuilder builder = xml.processor().newDocumentBuilder();
    builder.setLineNumbering(true);
    try {
      return builder.build(source);
    } catch (SaxonApiException e) {
      SAXParseException cause = fatal.first;
      throw new UnreadableDocument(cause != null
          ? Diagnostic.error(file, cause.getLineNumber(), cause.getColumnNumber(), Check.WF, cause.getMessage())
          : Diagnostic.error(file, Math.max(0, e.getLineNumber()), 0, Check.WF, oneLine(e)));
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ").strip();
  }

  /** Remembers the parser's first fatal error and stops the parse there. */
  private static final class FatalError implements ErrorHandler {
    SAXParseException first;

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {}

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      if (first == null) {
        first = e;
      }
      throw e;
    }
  }
}
