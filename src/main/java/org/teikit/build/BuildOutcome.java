package org.teikit.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;

/**
 * What a build did.
 *
 * @param report the validation findings and the publishing problems, per file
 * @param skipped documents not published because they have validation errors
 * @param published documents published
 * @param html the web edition's folder, pdf the print edition's
 */
public record BuildOutcome(Report report, List<Path> skipped, int published, int pdfs,
    Duration time, Path html, Path pdf) {

  public boolean hasErrors() {
    return report.hasErrors();
  }

  public long errors() {
    return report.diagnostics().stream().filter(Diagnostic::isError).count();
  }
}
