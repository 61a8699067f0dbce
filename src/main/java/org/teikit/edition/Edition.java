package org.teikit.edition;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One edition: a folder, its optional {@code edition.xml}, and its documents (every other
 * {@code *.xml} directly in the folder, sorted by file name).
 *
 * @param name the folder's name; used for output folders and as the title when there is no
 *     edition.xml
 */
public record Edition(String name, Path folder, Optional<Path> editionFile, List<Path> documents) {
  public static final String EDITION_FILE = "edition.xml";

  public Edition {
    documents = List.copyOf(documents);
  }
}
