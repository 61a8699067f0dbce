package org.teikit.xml;

import org.teikit.diagnostic.Diagnostic;

/** A document that cannot be read, with the diagnostic (file:line:col, plain words) that says why. */
public final class UnreadableDocument extends Exception {
  private final transient Diagnostic diagnostic;

  public UnreadableDocument(Diagnostic diagnostic) {
    super(diagnostic.message());
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
