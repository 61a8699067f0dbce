package org.teikit.diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, shape version 1 (documented in README.md):
 * {@code {"format":"teikit-validate","version":1,"summary":{...},"files":[{"path","valid","diagnostics":[...]}]}}.
 * Unknown line, column, code or role are omitted.
 */
public final class JsonReporter implements Reporter {

  @Override
  public void write(Report report, Path base, Appendable out) throws IOException {
    out.append("{\n  \"format\": \"teikit-validate\",\n  \"version\": 1,\n");
    out.append("  \"summary\": {\"files\": ").append(String.valueOf(report.files().size()))
        .append(", \"errors\": ").append(String.valueOf(report.count(Severity.ERROR)))
        .append(", \"warnings\": ").append(String.valueOf(report.count(Severity.WARNING)))
        .append(", \"infos\": ").append(String.valueOf(report.count(Severity.INFO)))
        .append("},\n  \"files\": [");
    String separator = "\n";
    for (Map.Entry<Path, List<Diagnostic>> file : report.byFile().entrySet()) {
      out.append(separator);
      writeFile(file.getKey(), file.getValue(), base, out);
      separator = ",\n";
    }
    out.append("\n  ]\n}\n");
  }

  private static void writeFile(Path file, List<Diagnostic> found, Path base, Appendable out)
      throws IOException {
    boolean valid = found.stream().noneMatch(Diagnostic::isError);
    out.append("    {\"path\": ").append(Json.string(Reporter.display(file, base)))
        .append(", \"valid\": ").append(String.valueOf(valid)).append(", \"diagnostics\": [");
    String separator = "\n";
    for (Diagnostic d : found) {
      out.append(separator).append("      ").append(object(d));
      separator = ",\n";
    }
    out.append(found.isEmpty() ? "]}" : "\n    ]}");
  }

  private static String object(Diagnostic d) {
    StringBuilder sb = new StringBuilder("{");
    if (d.line() > 0) {
      sb.append("\"line\": ").append(d.line()).append(", ");
    }
    if (d.column() > 0) {
      sb.append("\"column\": ").append(d.column()).append(", ");
    }
    sb.append("\"severity\": ").append(Json.string(d.severity().label()));
    sb.append(", \"check\": ").append(Json.string(d.check().wireName()));
    if (d.code() != null) {
      sb.append(", \"code\": ").append(Json.string(d.code()));
    }
    if (d.role() != null) {
      sb.append(", \"role\": ").append(Json.string(d.role()));
    }
    sb.append(", \"message\": ").append(Json.string(d.message())).append('}');
    return sb.toString();
  }
}
