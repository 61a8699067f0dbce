package org.teikit.validate;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.DiagnosticSink;
import org.teikit.diagnostic.Severity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Turns the SAX errors of a parser or validator into diagnostics of one check. A finding inside
 * an included file is placed in that file.
 */
final class SaxErrors implements ErrorHandler {
  private final Check check;
  private final Path file;
  private final DiagnosticSink sink;

  SaxErrors(Check check, Path file, DiagnosticSink sink) {
    this.check = check;
    this.file = file;
    this.sink = sink;
  }

  @Override
  public void warning(SAXParseException e) {
    sink.add(toDiagnostic(e, Severity.WARNING));
  }

  @Override
  public void error(SAXParseException e) {
    sink.add(toDiagnostic(e, Severity.ERROR));
  }

  @Override
  public void fatalError(SAXParseException e) {
    sink.add(toDiagnostic(e, Severity.ERROR));
  }

  Diagnostic toDiagnostic(SAXParseException e, Severity severity) {
    return new Diagnostic(fileOf(e.getSystemId(), file), e.getLineNumber(), e.getColumnNumber(),
        severity, check, null, null, Messages.plain(e.getMessage()));
  }

  /** The local file a system identifier names, or {@code fallback}. */
  static Path fileOf(String systemId, Path fallback) {
    if (systemId == null) {
      return fallback;
    }
    try {
      URI uri = URI.create(systemId);
      return "file".equals(uri.getScheme()) ? Paths.get(uri) : fallback;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return fallback;
    }
  }
}
