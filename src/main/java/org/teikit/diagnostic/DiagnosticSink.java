package org.teikit.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one piece of work; safe to share between the checks of a document. */
public final class DiagnosticSink {
  private final List<Diagnostic> found = new ArrayList<>();

  public synchronized void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  public synchronized void addAll(List<Diagnostic> diagnostics) {
    found.addAll(diagnostics);
  }

  public synchronized List<Diagnostic> toList() {
    return List.copyOf(found);
  }

  public synchronized boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }
}
