package org.teikit.publish.html;

import java.util.List;
import org.teikit.diagnostic.Diagnostic;

/**
 * What a build produced.
 *
 * @param diagnostics documents left out and why, sorted
 * @param rendered documents published by rendering them
 * @param reused documents published by taking their unchanged pages from the store of kept results
 */
public record HtmlResult(List<Diagnostic> diagnostics, int rendered, int reused) {
  /** Documents published. */
  public int documents() {
    return rendered + reused;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
