package org.teikit.xml;

import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.UnsafeInputException;

/** A document that cannot be read, with the diagnostic (file:line:col, plain words) that says why. */
public final class UnreadableDocument extends UnsafeInputException {
  private final transient Diagnostic diagnostic;

  public UnreadableDocument(Diagnostic diagnostic) {
    super(diagnostic.message());
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
