package org.teikit.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns command-line paths into editions. A folder holding {@code *.xml} files directly is one
 * edition; a folder holding only folders is a collection of editions (one per sub-folder that
 * holds XML); a single file is an edition of that one document in its folder.
 */
public final class Editions {
  private Editions() {}

  public static List<Edition> find(List<Path> paths) throws IOException {
    List<Edition> editions = new ArrayList<>();
    for (Path path : paths) {
      Path p = path.toAbsolutePath().normalize();
      if (!Files.exists(p)) {
        throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
      }
      if (Files.isDirectory(p)) {
        editions.addAll(fromFolder(p));
      } else {
        editions.add(ofFile(p));
      }
    }
    return editions;
  }

  /** True when the folder is a collection: it holds no XML itself, only edition folders. */
  public static boolean isCollection(Path folder) throws IOException {
    return xmlIn(folder).isEmpty() && !subfolders(folder).isEmpty();
  }

  private static List<Edition> fromFolder(Path folder) throws IOException {
    if (!xmlIn(folder).isEmpty()) {
      return List.of(ofFolder(folder));
    }
    List<Edition> editions = new ArrayList<>();
    for (Path sub : subfolders(folder)) {
      editions.addAll(fromFolder(sub));
    }
    return editions;
  }

  private static Edition ofFolder(Path folder) throws IOException {
    List<Path> xml = xmlIn(folder);
    Optional<Path> editionFile = xml.stream().filter(Editions::isEditionFile).findFirst();
    List<Path> documents = xml.stream().filter(p -> !isEditionFile(p)).toList();
    return new Edition(folder.getFileName().toString(), folder, editionFile, documents);
  }

  private static Edition ofFile(Path file) {
    Path folder = file.getParent();
    Path editionFile = folder.resolve(Edition.EDITION_FILE);
    Optional<Path> shared = Files.isRegularFile(editionFile) ? Optional.of(editionFile) : Optional.empty();
    List<Path> documents = isEditionFile(file) ? List.of() : List.of(file);
    return new Edition(folder.getFileName().toString(), folder, shared, documents);
  }

  private static boolean isEditionFile(Path p) {
    return p.getFileName().toString().equals(Edition.EDITION_FILE);
  }

  private static List<Path> xmlIn(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isRegularFile).filter(SourceFiles::isXml).sorted().toList();
    }
  }

  private static List<Path> subfolders(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }
}
