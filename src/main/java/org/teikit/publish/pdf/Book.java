package org.teikit.publish.pdf;

import java.nio.file.Path;
import java.util.List;
import org.teikit.edition.Edition;

/**
 * One PDF to write.
 *
 * @param scope "edition" (the whole book) or "document" (one document's booklet)
 * @param firstNumber the edition number of the first document in {@code files}
 * @param files the documents it prints, in edition order
 * @param target where it goes
 * @param path {@code target} relative to the edition's output folder, '/'-separated (manifest entry)
 * @param key the digest of its inputs (see {@link BookKeys})
 */
record Book(Edition edition, String scope, int firstNumber, List<Path> files, Path target, String path,
    String key) {

  /** The file a failure of the whole book is reported on: its one document, else edition.xml, else the folder. */
  Path blame() {
    return files.size() == 1 ? files.get(0) : edition.editionFile().orElse(edition.folder());
  }

  /** The same book without {@code left}: its documents renumbered, its place and key kept. */
  Book without(java.util.Collection<Path> left) {
    return new Book(edition, scope, firstNumber, files.stream().filter(f -> !left.contains(f)).toList(), target, path,
        key);
  }
}
