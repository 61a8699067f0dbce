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
 * @param upToDate true when nothing changed since the last clean build and nothing was done
 */
public record BuildOutcome(Report report, List<Path> skipped, int published, int pdfs,
    Duration time, Path html, Path pdf, boolean upToDate) {

  static BuildOutcome upToDate(List<Path> files, Duration time, Path html, Path pdf) {
    return new BuildOutcome(new Report(files, List.of()), List.of(), 0, 0, time, html, pdf, true);
  }

  public boolean hasErrors() {
    return report.hasErrors();
  }

  public long errors() {
    return report.diagnostics().stream().filter(Diagnostic::isError).count();
  }
}
