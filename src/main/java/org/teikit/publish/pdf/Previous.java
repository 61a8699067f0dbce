package org.teikit.publish.pdf;

import org.teikit.store.FileCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The output an earlier run wrote for an edition, and what of it can be reused: a book whose
 * manifest entry (kept in the store beside that output) has this run's key and whose file still
 * has the recorded bytes.
 */
final class Previous {
  private final Path folder;
  private final Path records;
  private final Manifest manifest;

  private Previous(Path folder, Path records, Manifest manifest) {
    this.folder = folder;
    this.records = records;
    this.manifest = manifest;
  }

  /**
   * The edition's earlier output under {@code root}: {@code root} itself (one edition) or
   * {@code root/<edition>} (a collection), whichever the records in {@code recordsRoot} (the
   * store beside {@code root}) have a manifest naming the edition for; none: this run's own.
   */
  static Previous find(Optional<Path> root, Optional<Path> recordsRoot, Path outDir, Path records, String edition) {
    if (root.isPresent() && recordsRoot.isPresent()) {
      for (String folder : List.of(edition, "")) {
        Manifest manifest = Manifest.read(recordsRoot.get().resolve(folder), edition);
        if (!manifest.isEmpty()) {
          return new Previous(root.get().resolve(folder), recordsRoot.get().resolve(folder), manifest);
        }
      }
    }
    return new Previous(outDir, records, Manifest.empty(edition));
  }

  /** The records of the earlier output (this run's own when there is none). */
  Path records() {
    return records;
  }

  /** Copies the book from the earlier output when its inputs are unchanged. */
  Optional<BookRenderer.Outcome> copy(Book book) throws IOException {
    Optional<Manifest.Entry> entry = manifest.find(book.path(), book.key());
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Path earlier = folder.resolve(book.path());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(earlier);
    } catch (IOException gone) {
      return Optional.empty();
    }
    if (!FileCheck.of(bytes).equals(entry.get().check())) {
      return Optional.empty(); // changed since it was written: render it anew
    }
    if (!(Files.exists(book.target()) && Files.isSameFile(earlier, book.target()))) {
      Files.createDirectories(book.target().getParent());
      Files.write(book.target(), bytes);
    }
    return Optional.of(new BookRenderer.Outcome(book.target(), entry.get().pages(), entry.get().check(), List.of()));
  }
}
