package org.teikit.diagnostic;

import java.util.Locale;

/** The report formats of {@code teikit validate --format}. */
public enum ReportFormat {
  TEXT(new TextReporter()),
  JSON(new JsonReporter()),
  JUNIT(new JunitReporter()),
  SARIF(new SarifReporter());

  private final Reporter reporter;

  ReportFormat(Reporter reporter) {
    this.reporter = reporter;
  }

  public Reporter reporter() {
    return reporter;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
