package org.teikit.validate;

import java.nio.file.Path;
import org.teikit.diagnostic.DiagnosticSink;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;

/** A schema checked on the parse's event stream (RELAX NG, XSD): no second parse. */
non-sealed interface StreamingSchema extends CompiledSchema {

  /** A fresh validator for one document, reporting into {@code sink}. */
  Check newCheck(Path file, DiagnosticSink sink);

  /** The handlers one document's events go to; {@code dtd} may be null. */
  record Check(ContentHandler content, DTDHandler dtd) {}
}
