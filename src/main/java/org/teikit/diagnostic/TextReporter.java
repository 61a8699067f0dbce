package org.teikit.diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The default, human report: {@code path:line:col: severity: message [rule]}, then the findings
 * that repeat across files grouped by rule, then the summary line.
 */
public final class TextReporter implements Reporter {

  @Override
  public void write(Report report, Path base, Appendable out) throws IOException {
    for (Diagnostic d : report.diagnostics()) {
      out.append(line(d, base)).append('\n');
    }
    writeRepeated(report, out);
    out.append(report.summary()).append('\n');
  }

  /** One finding in the text format; unknown line or column are left out. */
  public static String line(Diagnostic d, Path base) {
    StringBuilder sb = new StringBuilder(Reporter.display(d.file(), base));
    if (d.line() > 0) {
      sb.append(':').append(d.line());
      if (d.column() > 0) {
        sb.append(':').append(d.column());
      }
    }
    sb.append(": ").append(d.severity().label()).append(": ").append(d.message());
    sb.append(" [").append(d.rule()).append(']');
    return sb.toString();
  }

  private static void writeRepeated(Report report, Appendable out) throws IOException {
    boolean header = false;
    for (Map.Entry<String, List<Diagnostic>> group : report.groupedByRule().entrySet()) {
      List<Diagnostic> found = group.getValue();
      long files = found.stream().map(Diagnostic::file).distinct().count();
      if (files < 2) {
        continue;
      }
      if (!header) {
        out.append("Repeated across files:\n");
        header = true;
      }
      Diagnostic first = found.get(0);
      out.append(String.format("  %d× in %d files: %s: %s [%s]%n",
          found.size(), files, first.severity().label(), first.message(), first.rule()));
    }
  }
}
