package org.teikit.publish.pdf;

import org.teikit.store.FileCheck;
import org.teikit.store.Key;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The books a run wrote into an edition's output folder, kept in its records (in the store beside
 * the output, see {@link PdfRenderer#render(org.teikit.edition.Edition, Path, Optional)}), with
 * the key of their inputs, their page count and a {@link FileCheck} of their bytes:
 * {@code .teikit-pdf}, one line per book, sorted, so the same books give the same file. The next run copies a book whose key is unchanged instead of
 * rendering it. A manifest that cannot be read, or names another edition, counts as none.
 */
final class Manifest {
  static final String FILE = ".teikit-pdf";
  private static final String HEADER = "teikit-pdf 2";

  /** One book: {@code path} is relative to the edition's output folder, with '/' separators. */
  record Entry(String path, String key, int pages, String check) {}

  private final String edition;
  private final Map<String, Entry> entries;

  private Manifest(String edition, Map<String, Entry> entries) {
    this.edition = edition;
    this.entries = entries;
  }

  static Manifest empty(String edition) {
    return new Manifest(edition, new TreeMap<>());
  }

  /** The manifest in {@code folder} if it is teikit's and names {@code edition}; else an empty one. */
  static Manifest read(Path folder, String edition) {
    Path file = folder.resolve(FILE);
    try {
      if (!Files.isRegularFile(file)) {
        return empty(edition);
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("edition " + edition)) {
        return empty(edition);
      }
      Map<String, Entry> entries = new TreeMap<>();
      for (String line : lines.subList(2, lines.size())) {
        String[] f = line.split(" ", 4);
        if (f.length != 4 || !Key.isKey(f[0]) || !FileCheck.isWellFormed(f[2])
            || !f[1].matches("[0-9]{1,9}") || !safe(f[3])) {
          return empty(edition);
        }
        entries.put(f[3], new Entry(f[3], f[0], Integer.parseInt(f[1]), f[2]));
      }
      return new Manifest(edition, entries);
    } catch (IOException | RuntimeException unreadable) {
      return empty(edition);
    }
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entry for {@code path} if its key is {@code key}. */
  Optional<Entry> find(String path, String key) {
    return Optional.ofNullable(entries.get(path)).filter(e -> e.key().equals(key));
  }

  synchronized void put(Entry entry) {
    entries.put(entry.path(), entry);
  }

  synchronized void write(Path folder) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n').append("edition ").append(edition).append('\n');
    for (Entry e : entries.values()) {
      text.append(e.key()).append(' ').append(e.pages()).append(' ').append(e.check()).append(' ')
          .append(e.path()).append('\n');
    }
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(FILE), text, StandardCharsets.UTF_8);
  }

  /** A relative path inside the folder: a manifest must not make the renderer read elsewhere. */
  private static boolean safe(String path) {
    return !path.isEmpty() && !path.startsWith("/") && !path.contains("\\")
        && List.of(path.split("/")).stream().noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
  }
}
