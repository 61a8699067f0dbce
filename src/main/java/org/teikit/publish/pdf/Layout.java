package org.teikit.publish.pdf;

/** How a document's original and translation are set. */
public enum Layout {
  /** The original, then the translation. */
  SEQUENTIAL,
  /** Facing columns, paragraph beside paragraph as {@code @corresp} aligns them. */
  PARALLEL;

  /** The value the stylesheet's {@code tk:layout} parameter takes. */
  public String parameter() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
