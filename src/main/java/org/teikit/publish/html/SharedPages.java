package org.teikit.publish.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page cache's record of files made from many documents rather than one (an edition's
 * edition-wide pages, its search index, a collection's landing page): in {@code
 * .teikit-html/NAME/}, an entry with the key of their inputs and the files, and whatever data
 * the caller keeps beside it. When the key of a later build is the same, the files are linked
 * into its site instead of being made again: a build where no entity, title or date changed
 * neither runs the edition-wide transformation nor waits for the stylesheets to compile.
 */
final class SharedPages {
  static final SharedPages EDITION = new SharedPages("edition-wide");
  static final SharedPages SEARCH = new SharedPages("search-index");
  static final SharedPages COLLECTION = new SharedPages("collection");

  private final String name;

  private SharedPages(String name) {
    this.name = name;
  }

  /** Where the caller's data goes, relative to the folder (list it among the files to store). */
  String data(String file) {
    return PageCache.FOLDER + "/" + name + "/" + file;
  }

  /**
   * Links the files recorded in {@code previous} into {@code dir} when they were made from the
   * same key, and returns their entry; otherwise leaves {@code dir} as it was.
   */
  Optional<CacheEntry> reuse(Optional<Path> previous, Path dir, String key) {
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    try {
      Optional<CacheEntry> entry = CacheEntry.read(Pages.inside(previous.get(), data("entry")));
      if (entry.isEmpty() || !entry.get().field("key").equals(key)) {
        return Optional.empty();
      }
      List<String> files = new ArrayList<>(entry.get().files());
      files.add(data("entry"));
      CacheEntry.linkAll(previous.get(), dir, files);
      return entry;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Records that {@code files} in {@code dir} were made from {@code key}, with other fields. */
  void store(Path dir, String key, Map<String, String> fields, List<String> files) throws IOException {
    Map<String, String> all = CacheEntry.fields("key", key);
    all.putAll(fields);
    new CacheEntry(all, files).write(Pages.inside(dir, data("entry")));
  }
}
