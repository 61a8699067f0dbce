package org.teikit.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one piece of work; safe to share between the checks of a document.
 * Findings past the {@link FindingsCap} of their rule are only counted, as they arrive, so that
 * a flood of them never fills the memory.
 */
public final class DiagnosticSink {
  private final List<Diagnostic> found = new ArrayList<>();
  private final FindingsCap cap = new FindingsCap();

  public synchronized void add(Diagnostic diagnostic) {
    if (cap.admit(diagnostic)) {
      found.add(diagnostic);
    }
  }

  public synchronized void addAll(List<Diagnostic> diagnostics) {
    diagnostics.forEach(this::add);
  }

  /** The findings kept, then one line for each rule that had more ("… and N more like this"). */
  public synchronized List<Diagnostic> toList() {
    List<Diagnostic> all = new ArrayList<>(found);
    all.addAll(cap.omissions());
    return List.copyOf(all);
  }

  public synchronized boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }
}
