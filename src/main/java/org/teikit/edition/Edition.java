package org.teikit.edition;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One edition: a folder, its optional {@code edition.xml}, and its documents (every other
 * {@code *.xml} directly in the folder, sorted by file name).
 *
 * @param name the edition's output folder: its folder's path under the folder named on the
 *     command line, file-name safe and unique among the editions of a run (see {@link Editions})
 */
public record Edition(String name, Path folder, Optional<Path> editionFile, List<Path> documents) {
  public static final String EDITION_FILE = "edition.xml";

  public Edition {
    documents = List.copyOf(documents);
  }

  /** What the edition is called when it has no edition.xml to title it: its folder's name. */
  public String folderTitle() {
    return titleOf(folder);
  }

  /** A folder's name, or "edition" for a root that has none. */
  static String titleOf(Path folder) {
    Path last = folder.getFileName();
    return last == null ? "edition" : last.toString();
  }
}
