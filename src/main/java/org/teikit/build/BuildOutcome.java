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
 * @param work what was done anew and what was reused from the last build
 * @param html the web edition's folder, pdf the print edition's
 * @param upToDate true when nothing changed since the last build and nothing was done
 * @param notPrinted documents the print edition left out for their errors (a glyph no font has),
 *     though they validated; none when the build was up to date
 */
public record BuildOutcome(Report report, List<Path> skipped, int published, Work work,
    Duration time, Path html, Path pdf, boolean upToDate, List<Path> notPrinted) {

  /**
   * What a build did anew and what it took unchanged from the last one.
   *
   * @param parsed files validated by parsing them; {@code unchanged} those whose stored results
   *     were used
   */
  public record Work(int parsed, int unchanged, int pagesRendered, int pagesReused, int pdfsRendered,
      int pdfsReused) {
    static final Work NONE = new Work(0, 0, 0, 0, 0, 0);

    public int pdfs() {
      return pdfsRendered + pdfsReused;
    }
  }

  /** Nothing done: the last build's findings and counts, as it left them. */
  static BuildOutcome upToDate(Report report, BuildRecord last, Duration time, Path html, Path pdf) {
    return new BuildOutcome(report, last.skipped(), last.published(), Work.NONE, time, html, pdf, true,
        List.of());
  }

  /** This outcome, the build having taken {@code time} in all. */
  BuildOutcome took(Duration time) {
    return new BuildOutcome(report, skipped, published, work, time, html, pdf, upToDate, notPrinted);
  }

  public boolean hasErrors() {
    return report.hasErrors();
  }

  public long errors() {
    return report.diagnostics().stream().filter(Diagnostic::isError).count();
  }
}
