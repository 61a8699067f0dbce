package org.teikit.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the XML files a command works on: files as given, folders searched recursively. */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * The {@code *.xml} files named by or found under {@code paths}, absolute, sorted, without
   * duplicates.
   *
   * @throws java.nio.file.NoSuchFileException (wrapped) when a path does not exist
   */
  public static List<Path> xmlFiles(List<Path> paths) throws IOException {
    try {
      return paths.stream().flatMap(SourceFiles::expand).map(p -> p.toAbsolutePath().normalize())
          .distinct().sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Stream<Path> expand(Path path) {
    try {
      if (!Files.exists(path)) {
        throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
      }
      if (!Files.isDirectory(path)) {
        return Stream.of(path);
      }
      try (Stream<Path> walk = Files.walk(path)) {
        return walk.filter(Files::isRegularFile).filter(SourceFiles::isXml).toList().stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isXml(Path p) {
    return p.getFileName().toString().endsWith(".xml");
  }
}
