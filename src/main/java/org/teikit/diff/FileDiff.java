package org.teikit.diff;

import java.util.List;

/**
 * What changed in one file between two revisions.
 *
 * @param path the file, relative to what was compared (its own name for two files)
 * @param oldLabel the old revision's name in reports ({@code old/a.xml}, {@code HEAD:a.xml}); null when added
 * @param newLabel the new revision's name; null when removed
 * @param status whether the file was added, removed, changed or left as it was
 * @param changes its changes, in the order of the new revision
 */
public record FileDiff(String path, String oldLabel, String newLabel, Status status, List<Change> changes) {

  /** A file's fate between the revisions; the wire name goes into the JSON report. */
  public enum Status {
    ADDED, REMOVED, CHANGED, UNCHANGED;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public long textChanges() {
    return changes.stream().filter(Change::isText).count();
  }

  public long markupChanges() {
    return changes.size() - textChanges();
  }

  /** Whether the words of the text differ: a change of text, or a file with words added or removed. */
  public boolean textChanged() {
    return textChanges() > 0 || status == Status.ADDED || status == Status.REMOVED;
  }
}
