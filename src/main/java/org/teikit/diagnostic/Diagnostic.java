package org.teikit.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about one file. Line and column are 1-based; 0 means unknown and is left out of
 * reports rather than printed as a number.
 *
 * @param file the file the finding is in (an included file's own path for XInclude content)
 * @param check the check that produced it
 * @param code a stable code within the check (a Schematron assertion id), or null
 * @param role the Schematron role as written in the schema, or null
 */
public record Diagnostic(
    Path file,
    int line,
    int column,
    Severity severity,
    Check check,
    String code,
    String role,
    String message) {

  /** Orders findings by file, then position, then check and message, so reports are stable. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.file().toString())
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(d -> d.check().wireName())
          .thenComparing(d -> Objects.toString(d.code(), ""))
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(check, "check");
    message = message == null ? "" : message.strip();
    line = Math.max(0, line);
    column = Math.max(0, column);
  }

  public static Diagnostic error(Path file, int line, int column, Check check, String message) {
    return new Diagnostic(file, line, column, Severity.ERROR, check, null, null, message);
  }

  public static Diagnostic warning(Path file, int line, int column, Check check, String message) {
    return new Diagnostic(file, line, column, Severity.WARNING, check, null, null, message);
  }

  /** The rule tag shown in text reports: {@code rng} or {@code sch/code}. */
  public String rule() {
    return code == null ? check.wireName() : check.wireName() + "/" + code;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
