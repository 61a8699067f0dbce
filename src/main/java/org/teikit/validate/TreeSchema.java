package org.teikit.validate;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.diagnostic.DiagnosticSink;

/** A schema checked on the document's tree (Schematron). */
non-sealed interface TreeSchema extends CompiledSchema {
  void check(XdmNode document, Path file, DiagnosticSink sink);
}
