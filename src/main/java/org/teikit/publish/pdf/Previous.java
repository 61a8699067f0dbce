package org.teikit.publish.pdf;

import org.teikit.store.FileCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The output an earlier run wrote for an edition, and what of it can be reused: a book whose
 * manifest entry has this run's key and whose file still has the recorded bytes.
 */
final class Previous {
  private final Path folder;
  private final Manifest manifest;

  private Previous(Path folder, Manifest manifest) {
    this.folder = folder;
    this.manifest = manifest;
  }

  /**
   * The edition's earlier output under {@code root}: {@code root} itself (one edition) or
   * {@code root/<edition>} (a collection), whichever holds a manifest naming the edition.
   */
  static Previous find(Optional<Path> root, Path outDir, String edition) {
    if (root.isEmpty()) {
      return new Previous(outDir, Manifest.empty(edition));
    }
    for (Path folder : List.of(root.get().resolve(edition), root.get())) {
      Manifest manifest = Manifest.read(folder, edition);
      if (!manifest.isEmpty()) {
        return new Previous(folder, manifest);
      }
    }
    return new Previous(outDir, Manifest.empty(edition));
  }

  /** The folder of the earlier output (this run's own when there is none). */
  Path folder() {
    return folder;
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
