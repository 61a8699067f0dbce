package org.teikit.build;

import org.teikit.diagnostic.Catalogue;

/**
 * Hears how far a build has got, stage by stage, so that the command line can show it (the
 * library itself never prints). Calls may come from several threads.
 */
public interface BuildProgress {
  /** Shows nothing. */
  BuildProgress NONE = new BuildProgress() {
    @Override
    public void begin(Stage stage, int total) {}

    @Override
    public void advance(String done) {}

    @Override
    public void end(String summary) {}
  };

  /** The stages of a build, in order, with the unit each counts in. */
  enum Stage {
    VALIDATE("build.stage-validate", "build.unit-files"),
    HTML("build.stage-html", "build.unit-editions"),
    PDF("build.stage-pdf", "build.unit-editions");

    private final String labelKey;
    private final String unitKey;

    Stage(String labelKey, String unitKey) {
      this.labelKey = labelKey;
      this.unitKey = unitKey;
    }

    public String label() {
      return Catalogue.text(labelKey);
    }

    public String unit() {
      return Catalogue.text(unitKey);
    }
  }

  /** A stage starts with {@code total} units of work. */
  void begin(Stage stage, int total);

  /** One unit of the current stage is done; {@code done} names it (a file, an edition). */
  void advance(String done);

  /** The current stage is over; {@code summary} says what it did, in a few words. */
  void end(String summary);
}
