package org.teikit.publish.html;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.teikit.diagnostic.Diagnostic;

/**
 * What a build produced.
 *
 * @param diagnostics documents left out and why, sorted
 * @param rendered documents published by rendering them
 * @param reused documents published by taking their unchanged pages from the store of kept results
 * @param pages for each published document (its path as its edition lists it), the pages the
 *     stylesheets wrote for it, relative to the output folder ({@code <edition>/doc/…} in a
 *     collection): what a page was made from, as the stylesheets named it
 */
public record HtmlResult(List<Diagnostic> diagnostics, int rendered, int reused, Map<Path, List<String>> pages) {
  /** Documents published. */
  public int documents() {
    return rendered + reused;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
