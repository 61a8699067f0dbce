package org.teikit.publish.html;

import java.util.List;
import org.teikit.diagnostic.Diagnostic;

/**
 * What a build produced.
 *
 * @param diagnostics documents left out and why, sorted
 * @param documents documents published
 */
public record HtmlResult(List<Diagnostic> diagnostics, int documents) {
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
