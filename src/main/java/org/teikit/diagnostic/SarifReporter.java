package org.teikit.diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * SARIF 2.1.0 (OASIS) for code-scanning views: one run, the rules that fired, one result per
 * finding with its physical location relative to the working directory.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public void write(Report report, Path base, Appendable out) throws IOException {
    out.append("{\n  \"$schema\": ").append(Json.string(SCHEMA)).append(",\n");
    out.append("  \"version\": \"2.1.0\",\n  \"runs\": [{\n");
    out.append("    \"tool\": {\"driver\": {\"name\": \"teikit\", \"version\": ")
        .append(Json.string(Version.get())).append(", \"rules\": [");
    String separator = "\n";
    for (String rule : new TreeSet<>(report.diagnostics().stream().map(Diagnostic::rule).toList())) {
      out.append(separator).append("      {\"id\": ").append(Json.string(rule)).append('}');
      separator = ",\n";
    }
    out.append("]}},\n    \"results\": [");
    separator = "\n";
    for (Diagnostic d : report.diagnostics()) {
      out.append(separator).append("      ").append(result(d, base));
      separator = ",\n";
    }
    out.append("]\n  }]\n}\n");
  }

  private static String result(Diagnostic d, Path base) {
    StringBuilder sb = new StringBuilder("{\"ruleId\": ").append(Json.string(d.rule()));
    sb.append(", \"level\": ").append(Json.string(level(d.severity())));
    sb.append(", \"message\": {\"text\": ").append(Json.string(d.message())).append('}');
    sb.append(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
        .append(Json.string(Reporter.uri(d.file(), base))).append('}');
    if (d.line() > 0) {
      sb.append(", \"region\": {\"startLine\": ").append(d.line());
      if (d.column() > 0) {
        sb.append(", \"startColumn\": ").append(d.column());
      }
      sb.append('}');
    }
    sb.append("}}]}");
    return sb.toString();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

}
