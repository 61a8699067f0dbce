package org.teikit.publish.pdf;

/** How a document's apparatus is keyed to its text in print. */
public enum ApparatusKeying {
  /** Line-keyed where the text has an apparatus and numbers its lines or sections, else marks. */
  AUTO,
  /** Every document keyed to line or section numbers, its text without marks where it has them. */
  LINES,
  /** Every entry a footnote with its mark in the text, as documentary editions set it. */
  MARKS;

  /** The value the stylesheet's {@code tk:apparatus} parameter takes. */
  public String parameter() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
