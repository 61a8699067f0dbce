package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;
import org.teikit.diagnostic.TextReporter;
import org.teikit.edition.Edition;

/**
 * How every command tells its findings: on standard output, one a line in the text format, and
 * last the contract's summary line {@code N files, E errors, W warnings}, which scripts read. A
 * command may print its own counts between the two.
 */
final class SummaryPrinter {
  private final PrintWriter out;
  private final Path base = Path.of("").toAbsolutePath();

  SummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  /** The findings of {@code report}, in its order. */
  void findings(Report report) {
    findings(report, d -> true);
  }

  /** The findings of {@code report} that {@code shown} accepts (a quiet build shows only errors). */
  void findings(Report report, Predicate<Diagnostic> shown) {
    report.diagnostics().stream().filter(shown).forEach(d -> out.println(TextReporter.line(d, base)));
    out.flush();
  }

  /**
   * The line after the count of PDFs naming the documents the print edition left out for their
   * errors (the first {@value #NAMED}, then how many more); nothing when every document was printed.
   */
  void notPrinted(List<Path> documents) {
    if (!documents.isEmpty()) {
      out.println(Catalogue.text("pdf.not-printed", documents.size(), String.join(", ",
          documents.stream().limit(NAMED).map(p -> p.getFileName().toString()).toList()),
          Math.max(0, documents.size() - NAMED)));
    }
  }

  /** At most this many documents not printed are named; the rest are counted. */
  private static final int NAMED = 12;

  /** The summary line, printed last. */
  void summary(Report report) {
    out.println(report.summary());
    out.flush();
  }

  /** The files a publishing command read: each edition's description and its documents. */
  static List<Path> files(List<Edition> editions) {
    List<Path> files = new ArrayList<>();
    for (Edition edition : editions) {
      edition.editionFile().ifPresent(files::add);
      files.addAll(edition.documents());
    }
    return files;
  }
}
