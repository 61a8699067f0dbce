package org.teikit.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.UsageException;
import org.teikit.diff.FileDiff.Status;
import org.teikit.work.Fork;
import org.teikit.work.Pool;
import org.teikit.xml.Catalogs;
import org.teikit.xml.ResourcePolicy;
import org.teikit.xml.SafeParsers;

/**
 * Compares two revisions of documents: two files, two folders (files paired by their path
 * relative to the folder; {@code *.xml}, recursively), or the working files against their
 * version at a git revision. Files are compared on the pool, the two revisions of a file read
 * side by side.
 */
public final class Comparison {
  private final Pool pool;

  public Comparison(Pool pool) {
    this.pool = pool;
  }

  /** {@code oldPath} against {@code newPath}: both files or both folders. */
  public List<FileDiff> compare(Path oldPath, Path newPath) throws IOException {
    for (Path p : List.of(oldPath, newPath)) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    RevisionReader reader = reader(List.of(folderOf(oldPath), folderOf(newPath)));
    if (Files.isRegularFile(oldPath) && Files.isRegularFile(newPath)) {
      Pair pair = new Pair(newPath.getFileName().toString(), oldPath.toString(), newPath.toString(),
          () -> reader.read(oldPath), () -> reader.read(newPath));
      return run(List.of(pair));
    }
    if (!Files.isDirectory(oldPath) || !Files.isDirectory(newPath)) {
      throw new UsageException(Catalogue.text("diff.not-a-pair", oldPath, kind(oldPath), newPath, kind(newPath)));
    }
    TreeMap<String, Pair> pairs = new TreeMap<>();
    List<String> olds = documents(oldPath);
    List<String> news = documents(newPath);
    for (String relative : union(olds, news)) {
      Path o = oldPath.resolve(relative);
      Path n = newPath.resolve(relative);
      pairs.put(relative, new Pair(relative, olds.contains(relative) ? o.toString() : null,
          news.contains(relative) ? n.toString() : null, () -> reader.read(o), () -> reader.read(n)));
    }
    return run(new ArrayList<>(pairs.values()));
  }

  /** The working files under {@code paths} (files or folders) against their version at {@code git}'s revision. */
  public List<FileDiff> compare(GitRevision git, List<Path> paths, Path workingFolder) throws IOException {
    RevisionReader reader = reader(List.of(workingFolder));
    TreeMap<String, Pair> pairs = new TreeMap<>();
    for (Path named : paths) {
      // git show REV:./path wants the path from the working folder
      Path path = named.isAbsolute() ? workingFolder.toAbsolutePath().relativize(named.normalize()) : named.normalize();
      String given = slashes(path.toString());
      List<String> olds = git.files(given.isEmpty() ? "." : given).stream().filter(Comparison::isXml).toList();
      List<String> news = new ArrayList<>();
      Path working = workingFolder.resolve(path);
      if (Files.isRegularFile(working)) {
        news.add(given);
      } else if (Files.isDirectory(working)) {
        documents(working).forEach(r -> news.add(given.isEmpty() || given.equals(".") ? r : given + "/" + r));
      } else if (olds.isEmpty()) {
        throw new NoSuchFileException(named.toString());
      }
      for (String relative : union(olds, news)) {
        Path file = workingFolder.resolve(relative);
        String oldLabel = git.revision() + ":" + relative;
        pairs.put(relative, new Pair(relative, olds.contains(relative) ? oldLabel : null,
            news.contains(relative) ? relative : null,
            () -> reader.read(git.content(relative), file, oldLabel), () -> reader.read(file)));
      }
    }
    return run(new ArrayList<>(pairs.values()));
  }

  /** One file to compare: its labels (null for the side it is missing from) and how to read each side. */
  private record Pair(String path, String oldLabel, String newLabel, Supplier<Revision> oldSide,
      Supplier<Revision> newSide) {}

  private List<FileDiff> run(List<Pair> pairs) throws IOException {
    List<Integer> order = IntStream.range(0, pairs.size()).boxed().toList();
    return pool.map(pairs, order, this::compare);
  }

  private FileDiff compare(Pair pair) {
    if (pair.oldLabel() == null) {
      return new FileDiff(pair.path(), null, pair.newLabel(), Status.ADDED, List.of());
    }
    if (pair.newLabel() == null) {
      return new FileDiff(pair.path(), pair.oldLabel(), null, Status.REMOVED, List.of());
    }
    Fork<Revision> old = pool.fork(pair.oldSide());
    Revision now = pair.newSide().get();
    List<Change> changes = DocumentDiff.changes(old.join(), now);
    return new FileDiff(pair.path(), pair.oldLabel(), pair.newLabel(),
        changes.isEmpty() ? Status.UNCHANGED : Status.CHANGED, changes);
  }

  /**
   * A reader whose policy lets it read the documents inside {@code roots}, and nothing they name
   * (no XInclude, entity or DTD is read).
   */
  private static RevisionReader reader(List<Path> roots) {
    return new RevisionReader(new SafeParsers(new ResourcePolicy(Catalogs.of(List.of()), roots)));
  }

  private static Path folderOf(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return Files.isDirectory(absolute) ? absolute : absolute.getParent();
  }

  /** The {@code *.xml} files under {@code folder}, by relative path with forward slashes, sorted. */
  private static List<String> documents(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(p -> isXml(p.toString()))
          .map(p -> slashes(folder.relativize(p).toString())).sorted().toList();
    }
  }

  private static boolean isXml(String name) {
    return name.endsWith(".xml");
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }

  private static List<String> union(List<String> a, List<String> b) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }

  private static String kind(Path path) {
    return Files.isDirectory(path) ? "folder" : "file";
  }
}
