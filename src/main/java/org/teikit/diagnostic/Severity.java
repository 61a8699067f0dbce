package org.teikit.diagnostic;

/** How serious a finding is; only errors make a run fail. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in every report format. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
