package org.teikit.hostile;

/** One way a run failed its case, with what was seen. */
record Breach(Kind kind, String detail) {

  /** The kinds, grouped as the suite's figures count them. */
  enum Kind {
    EXIT("exit code"),
    MESSAGE("message"),
    UNSAID("message that must not be said"),
    JAVA_WORDING("stack trace or Java wording"),
    FLOOD("too many lines"),
    HANG("no end within the time bound"),
    SECRET_SHOWN("secret shown (file read outside the inputs)"),
    READ_OUTSIDE("file opened outside the inputs"),
    CONNECTION("network connection"),
    SOURCE_LOST("input changed or deleted (output lost)"),
    OUTSIDE_LOST("file outside the case changed or deleted (output lost)"),
    MISSING_OUTPUT("expected output missing"),
    ACTIVE_CONTENT("forbidden content in the output");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    boolean readsOutside() {
      return this == SECRET_SHOWN || this == READ_OUTSIDE;
    }

    boolean losesFiles() {
      return this == SOURCE_LOST || this == OUTSIDE_LOST;
    }
  }

  @Override
  public String toString() {
    return kind.label + ": " + detail;
  }
}
