package org.teikit.publish.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teikit.publish.Folders;
import org.teikit.store.Store;

/**
 * What a kept result of the web edition says of itself (see {@link PageCache}, {@link SharedPages}):
 * a format line, then one line per field ({@code NAME VALUE}), then one line per file of the site
 * it stands for ({@code file PATH}, relative to the edition's folder). Anything unexpected in an
 * entry means: make the files again.
 *
 * @param fields the fields, in the order they are written
 * @param files the files, relative to the folder
 */
record CacheEntry(Map<String, String> fields, List<String> files) {
  private static final String FORMAT = "teikit-html-entry 3";
  private static final String FILE = "file";

  CacheEntry {
    fields = new LinkedHashMap<>(fields);
    files = List.copyOf(files);
  }

  /** Fields from names and values, alternating, in that order (an entry's bytes are deterministic). */
  static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  String field(String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the cache entry has no " + name);
    }
    return value;
  }

  void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    fields.forEach((name, value) -> text.append(name).append(' ').append(value).append('\n'));
    files.forEach(f -> text.append(FILE).append(' ').append(f).append('\n'));
    Folders.ensure(file.getParent());
    Files.deleteIfExists(file); // it may be a link shared with a site: replaced, never written into
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The entry in {@code file}; none when there is no such file or it is not an entry of ours. */
  static Optional<CacheEntry> read(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
      return Optional.empty();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      if (space <= 0) {
        return Optional.empty();
      }
      String name = line.substring(0, space);
      String value = line.substring(space + 1);
      if (name.equals(FILE)) {
        files.add(value);
      } else {
        fields.put(name, value);
      }
    }
    return Optional.of(new CacheEntry(fields, files));
  }

  /**
   * Links {@code files} of one folder into another: a site's pages into the store, or back into
   * a new site (hard links: pages are never written in place, so the store and the sites cannot
   * alter each other; a copy where the file system has no links). On failure the links already
   * made are removed again.
   */
  static void linkAll(Path from, Path to, List<String> files) throws IOException {
    List<Path> made = new ArrayList<>();
    try {
      for (String file : files) {
        made.add(link(Pages.inside(from, file), Pages.inside(to, file)));
      }
    } catch (IOException | RuntimeException e) {
      undo(made);
      throw e;
    }
  }

  private static Path link(Path from, Path to) throws IOException {
    if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("not a kept file: " + from);
    }
    Store.link(from, to);
    return to;
  }

  static void undo(List<Path> made) {
    for (Path file : made) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // the file stays; it is made again over it (pages are replaced, never written into)
      }
    }
  }
}
