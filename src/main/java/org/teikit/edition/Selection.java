package org.teikit.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a command was asked to work on: the editions found under its paths, whether they form a
 * collection (outputs go to {@code DIR/<edition>/}), the folders that may be read, and the
 * paths as named (absolute), which no output may overlap.
 */
public record Selection(List<Edition> editions, boolean collection, List<Path> roots, List<Path> inputs) {

  /** The editions under {@code paths} (default {@code editions} when empty). */
  public static Selection of(List<Path> paths) throws IOException {
    List<Path> targets = paths.isEmpty() ? List.of(Path.of("editions")) : paths;
    List<Edition> editions = Editions.find(targets);
    boolean collection = editions.size() > 1;
    for (Path p : targets) {
      collection |= Files.isDirectory(p) && Editions.isCollection(p);
    }
    List<Path> inputs = targets.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    return new Selection(editions, collection, readable(inputs, editions), inputs);
  }

  /**
   * The folders given (a file's own folder) and the editions' folders: what a document may name
   * (schemas, XIncludes) lies there, as it does for {@code validate}. The editions' folders alone
   * left out a collection's shared schemas (I.Sicily's ../schematron beside its inscriptions).
   */
  private static List<Path> readable(List<Path> inputs, List<Edition> editions) {
    return java.util.stream.Stream.concat(
            inputs.stream().map(p -> Files.isDirectory(p) ? p : p.getParent()),
            editions.stream().map(e -> e.folder().toAbsolutePath().normalize()))
        .distinct().toList();
  }

  /** Every file of every edition: edition.xml files and documents. */
  public List<Path> files() {
    return editions.stream().flatMap(e -> java.util.stream.Stream.concat(
        e.editionFile().stream(), e.documents().stream())).toList();
  }
}
