package org.teikit.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Results kept beside an output folder {@code DIR}, in {@code .DIR.teikit} (same parent, never
 * inside what is published), one folder per result named by its {@link Key}. A result's folder
 * holds everything the result is (its files are hard links to the output's, which teikit never
 * writes in place), so it is right whatever happened to the output since: nothing needs to be
 * swapped together with the output, and a run killed at any moment leaves only results that are
 * whole (each is written aside and renamed in) or not there.
 *
 * <p>A run reads the store beside its previous output and writes the one beside its new output:
 * the same folder for {@code html -o DIR}; for a build, the new store lies in the new build's
 * folder and is swapped in with it, so what it reuses is linked over. When the run has
 * published, {@link #prune} deletes the results it did not use. The folder is recognised by
 * {@value #FORMAT_FILE}, which holds the format, {@value #FORMAT}: a store of another format is
 * not read, and emptied before this run keeps its first result; teikit neither reads nor writes
 * a folder of that name without the file, unless it is empty.
 */
public final class Store {
  static final String FORMAT_FILE = ".teikit-store";
  static final String FORMAT = "teikit-store 1";
  private static final String ASIDE = ".aside-";

  private final Optional<Path> from;
  private final Optional<Path> into;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  private Store(Optional<Path> from, Optional<Path> into) {
    this.from = from;
    this.into = into;
  }

  /** The store of the output folder {@code output}: {@code .NAME.teikit} beside it. */
  public static Path beside(Path output) {
    Path absolute = output.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + ".teikit");
  }

  /**
   * The store beside {@code output}, reading what was kept beside {@code previous} (none: a clean
   * run).
   */
  public static Store open(Optional<Path> previous, Path output) {
    return at(previous.map(Store::beside), beside(output));
  }

  /**
   * The store in {@code into}, reading what was kept in {@code from}. A folder in the way that is
   * not a store leaves the run without one; a store of another format is not read.
   */
  public static Store at(Optional<Path> from, Path into) {
    Optional<Path> earlier = from.map(p -> p.toAbsolutePath().normalize()).filter(Store::isStore);
    Path here = into.toAbsolutePath().normalize();
    boolean foreign = Files.exists(here, LinkOption.NOFOLLOW_LINKS) && !isOurs(here) && !isEmptyFolder(here);
    return new Store(earlier, foreign ? Optional.empty() : Optional.of(here));
  }

  /**
   * The folder of the result kept under {@code key} by the previous run, in this run's store
   * (taken over if the previous store is another); none when it is not kept. The result is kept
   * for the next run.
   */
  public Optional<Path> find(String key) {
    used.add(key);
    Optional<Path> earlier = from.map(p -> p.resolve(key)).filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
    if (earlier.isEmpty() || into.isEmpty() || from.equals(into)) {
      return earlier;
    }
    try {
      return Optional.of(put(key, aside -> linkTree(earlier.get(), aside)));
    } catch (IOException cannotTakeOver) {
      return Optional.empty();
    }
  }

  /** Whether the previous run left results to reuse (false on a clean run). */
  public boolean hasEarlier() {
    return from.isPresent();
  }

  /** What writes a result's files into its (new, empty) folder. */
  public interface Writer {
    void write(Path folder) throws IOException;
  }

  /**
   * Keeps a result under {@code key}: {@code writer} fills a folder aside, which then replaces
   * whatever was kept under that key. Returns the result's folder.
   *
   * @throws IOException also when this run keeps nothing (see {@link #keeps})
   */
  public Path put(String key, Writer writer) throws IOException {
    used.add(key);
    Path store = into.orElse(null);
    if (store == null) {
      throw new IOException("no store to keep results in");
    }
    create(store);
    Path aside = Files.createTempDirectory(store, ASIDE);
    try {
      writer.write(aside);
      Path target = store.resolve(key);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Path old = Files.createTempDirectory(store, ASIDE);
        Files.move(target, old.resolve(key));
        deleteTree(old);
      }
      Files.move(aside, target);
      return target;
    } catch (IOException | RuntimeException e) {
      deleteTree(aside);
      throw e;
    }
  }

  /** Whether this run keeps results (false: the folder beside the output is someone else's). */
  public boolean keeps() {
    return into.isPresent();
  }

  /** Deletes the results this run did not use and what killed runs left half written. */
  public void prune() throws IOException {
    if (into.isEmpty() || !isStore(into.get())) {
      return;
    }
    try (Stream<Path> entries = Files.list(into.get())) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(ASIDE) || Key.isKey(name) && !used.contains(name)) {
          deleteTree(entry);
        }
      }
    }
  }

  /**
   * {@code folder} made a store (see {@link #create}), for a stage that keeps records of its own
   * in it; none when someone else's folder is in the way.
   */
  public static Optional<Path> claim(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    try {
      create(absolute);
      return Optional.of(absolute);
    } catch (IOException notOurs) {
      return Optional.empty();
    }
  }

  /**
   * Makes the folder a store on its first result, so that a run that keeps nothing writes
   * nothing; a store of another format (another teikit's) is emptied first.
   */
  private static synchronized void create(Path store) throws IOException {
    if (isStore(store)) {
      return;
    }
    if (isOurs(store)) {
      deleteTree(store);
    } else if (Files.exists(store, LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(store)) {
      throw new IOException("not a store of teikit's, so left as it is: " + store);
    }
    Files.createDirectories(store);
    Files.writeString(store.resolve(FORMAT_FILE), FORMAT + "\n", StandardCharsets.UTF_8);
  }

  /** Whether teikit made the folder as a store, of whatever format. */
  private static boolean isOurs(Path folder) {
    return Files.isRegularFile(folder.resolve(FORMAT_FILE), LinkOption.NOFOLLOW_LINKS);
  }

  static boolean isStore(Path folder) {
    return Files.isRegularFile(folder.resolve(FORMAT_FILE), LinkOption.NOFOLLOW_LINKS) && format(folder);
  }

  private static boolean format(Path folder) {
    try {
      return List.of(FORMAT).equals(Files.readAllLines(folder.resolve(FORMAT_FILE), StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      return false;
    }
  }

  private static boolean isEmptyFolder(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException notAFolder) {
      return false;
    }
  }

  /**
   * Links every file under {@code from} to the same place under {@code to} (hard links: the
   * files are never written in place; a copy where the file system has none).
   */
  public static void linkTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        link(file, to.resolve(from.relativize(file).toString()));
      }
    }
  }

  /** Links {@code from} to {@code to}, making the folders {@code to} needs. */
  public static void link(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try {
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** Deletes a folder and what is in it; symbolic links are removed, never followed. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
