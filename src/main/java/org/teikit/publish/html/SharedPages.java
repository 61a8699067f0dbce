package org.teikit.publish.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's record of files made from many documents rather than one (an edition's
 * edition-wide pages, its search index, a collection's landing page): a result holding an entry
 * with the files, the files themselves, and whatever data the caller keeps beside them. When the
 * key of a later build is the same, the files are linked into its site instead of being made
 * again: a build where no entity, title or date changed neither runs the edition-wide
 * transformation nor waits for the stylesheets to compile.
 */
final class SharedPages {
  static final SharedPages EDITION = new SharedPages("edition-wide pages");
  static final SharedPages SEARCH = new SharedPages("search index");
  static final SharedPages COLLECTION = new SharedPages("collection page");
  private static final String DATA = "data";

  private final String name;

  private SharedPages(String name) {
    this.name = name;
  }

  /** Files reused: their entry, and the folder of the data kept with them. */
  record Kept(CacheEntry entry, Path dataFolder) {
    String data(String file) throws IOException {
      return Files.readString(dataFolder.resolve(file), StandardCharsets.UTF_8);
    }
  }

  /**
   * Links the files kept for {@code key} into {@code dir} and returns their entry; otherwise
   * leaves {@code dir} as it was.
   */
  Optional<Kept> reuse(Shelf shelf, Path dir, String key) {
    Optional<Path> kept = shelf.find(name, key);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    try {
      Optional<CacheEntry> entry = CacheEntry.read(kept.get().resolve(PageCache.ENTRY));
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      CacheEntry.linkAll(kept.get().resolve(PageCache.SITE), dir, entry.get().files());
      return Optional.of(new Kept(entry.get(), kept.get().resolve(DATA)));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Keeps {@code files} of {@code dir}, made from {@code key}, with other fields and data. */
  void store(Shelf shelf, Path dir, String key, Map<String, String> fields, List<String> files,
      Map<String, String> data) throws IOException {
    if (!shelf.keeps()) {
      return;
    }
    shelf.put(name, key, folder -> {
      CacheEntry.linkAll(dir, folder.resolve(PageCache.SITE), files);
      Files.createDirectories(folder.resolve(DATA));
      for (Map.Entry<String, String> d : data.entrySet()) {
        Files.writeString(folder.resolve(DATA).resolve(d.getKey()), d.getValue(), StandardCharsets.UTF_8);
      }
      new CacheEntry(fields, files).write(folder.resolve(PageCache.ENTRY));
    });
  }
}
