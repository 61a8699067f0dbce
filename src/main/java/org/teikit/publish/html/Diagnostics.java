package org.teikit.publish.html;

import java.nio.file.Path;
import net.sf.saxon.s9api.SaxonApiException;
import org.xml.sax.SAXParseException;

/** Turns Saxon and parser failures into one-line diagnostics. */
final class Diagnostics {
  private Diagnostics() {}

  static org.teikit.diagnostic.Diagnostic fromParse(Path file, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SAXParseException sax) {
        return org.teikit.diagnostic.Diagnostic.error(file, sax.getLineNumber(), sax.getColumnNumber(), "wf",
            sax.getMessage());
      }
    }
    return org.teikit.diagnostic.Diagnostic.error(file, 0, 0, "wf", message(e));
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    for (Throwable t = e.getCause(); (m == null || m.isBlank()) && t != null; t = t.getCause()) {
      m = t.getMessage();
    }
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }
}
