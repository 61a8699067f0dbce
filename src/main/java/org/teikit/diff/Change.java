package org.teikit.diff;

/**
 * One change between two revisions of a document.
 *
 * @param kind what changed
 * @param before where it is in the old revision (null when it is only in the new one)
 * @param after where it is in the new revision (null when it is only in the old one)
 * @param subject the element's name as written, with {@code @attribute} for an attribute change;
 *     null for a text change
 * @param oldValue the words removed or replaced, or the attribute's old value (null if none)
 * @param newValue the words added or put in their place, or the attribute's new value (null if none)
 * @param contextBefore a few words before the change, in the revision that shows it
 * @param contextAfter a few words after it
 * @param message the change in one sentence, as reports print it
 */
public record Change(
    Kind kind,
    Place before,
    Place after,
    String subject,
    String oldValue,
    String newValue,
    String contextBefore,
    String contextAfter,
    String message) {

  /** A line:col in one revision, both 1-based. */
  public record Place(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  /** What changed; {@link #isText()} tells the words of the text from the markup. */
  public enum Kind {
    TEXT_ADDED("text-added"),
    TEXT_REMOVED("text-removed"),
    TEXT_REPLACED("text-replaced"),
    ELEMENT_ADDED("element-added"),
    ELEMENT_REMOVED("element-removed"),
    ELEMENT_MOVED("element-moved"),
    ATTRIBUTE_ADDED("attribute-added"),
    ATTRIBUTE_REMOVED("attribute-removed"),
    ATTRIBUTE_CHANGED("attribute-changed");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    /** The word reports print ({@code text-replaced}); it never changes, scripts read it. */
    public String wireName() {
      return wireName;
    }

    public boolean isText() {
      return this == TEXT_ADDED || this == TEXT_REMOVED || this == TEXT_REPLACED;
    }
  }

  public boolean isText() {
    return kind.isText();
  }
}
