package org.teikit.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns command-line paths into editions. A folder holding {@code *.xml} files directly is one
 * edition; a folder holding only folders is a collection of editions (one per sub-folder that
 * holds XML, at any depth); a single file is an edition of that one document in its folder.
 *
 * <p>An edition's name, its output folder, is its path under the folder named on the command
 * line, its parts joined by '-' ({@code pta/pta0040/pta001} is {@code pta-pta0040-pta001}): two
 * editions in folders of the same name get different outputs, and an edition keeps its name, and
 * so its links, when another is added beside it. Only editions that still share a name (the same
 * path under two named folders) are numbered, in the order of the command line.
 */
public final class Editions {
  private static final String SEPARATOR = "-";

  private Editions() {}

  public static List<Edition> find(List<Path> paths) throws IOException {
    List<Edition> editions = new ArrayList<>();
    for (Path path : paths) {
      Path p = path.toAbsolutePath().normalize();
      if (!Files.exists(p)) {
        throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
      }
      if (Files.isDirectory(p)) {
        editions.addAll(fromFolder(p, p));
      } else {
        editions.add(ofFile(p));
      }
    }
    return uniquelyNamed(editions);
  }

  /** True when the folder is a collection: it holds no XML itself, only edition folders. */
  public static boolean isCollection(Path folder) throws IOException {
    return xmlIn(folder).isEmpty() && !subfolders(folder).isEmpty();
  }

  /**
   * A name made safe for a file or folder of the site, whose links must work from any web server
   * and from disk: letters, digits, '_', '.' and '-' of ASCII; anything else becomes '_'.
   */
  public static String safeName(String raw) {
    String clean = raw.replaceAll("[^A-Za-z0-9_.\\-]", "_");
    return clean.isEmpty() ? "_" : clean;
  }

  private static List<Edition> fromFolder(Path named, Path folder) throws IOException {
    if (!xmlIn(folder).isEmpty()) {
      return List.of(ofFolder(named, folder));
    }
    List<Edition> editions = new ArrayList<>();
    for (Path sub : subfolders(folder)) {
      editions.addAll(fromFolder(named, sub));
    }
    return editions;
  }

  private static Edition ofFolder(Path named, Path folder) throws IOException {
    List<Path> xml = xmlIn(folder);
    Optional<Path> editionFile = xml.stream().filter(Editions::isEditionFile).findFirst();
    List<Path> documents = xml.stream().filter(p -> !isEditionFile(p)).toList();
    return new Edition(nameUnder(named, folder), folder, editionFile, documents);
  }

  private static Edition ofFile(Path file) {
    Path folder = file.getParent();
    Path editionFile = folder.resolve(Edition.EDITION_FILE);
    Optional<Path> shared = SourceFiles.isReadable(editionFile, folder) ? Optional.of(editionFile) : Optional.empty();
    List<Path> documents = isEditionFile(file) ? List.of() : List.of(file);
    return new Edition(nameUnder(folder, folder), folder, shared, documents);
  }

  /** The folder's path under the named folder, or its own name when it is the named folder. */
  private static String nameUnder(Path named, Path folder) {
    Path relative = named.relativize(folder);
    if (relative.toString().isEmpty()) {
      return safeName(Edition.titleOf(folder));
    }
    List<String> parts = new ArrayList<>();
    relative.forEach(part -> parts.add(part.toString()));
    return safeName(String.join(SEPARATOR, parts));
  }

  private static List<Edition> uniquelyNamed(List<Edition> editions) {
    Set<String> taken = new HashSet<>();
    List<Edition> named = new ArrayList<>();
    for (Edition e : editions) {
      String name = e.name();
      for (int n = 2; !taken.add(name); n++) {
        name = e.name() + SEPARATOR + n;
      }
      named.add(new Edition(name, e.folder(), e.editionFile(), e.documents()));
    }
    return named;
  }

  private static boolean isEditionFile(Path p) {
    return p.getFileName().toString().equals(Edition.EDITION_FILE);
  }

  private static List<Path> xmlIn(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> SourceFiles.isReadable(p, folder)).sorted().toList();
    }
  }

  private static List<Path> subfolders(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      // a linked folder is not followed: it may lead outside the folder given; a folder teikit
      // wrote its output into is never an edition (see OutputMarker)
      return list.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !OutputMarker.isOurs(p)).sorted().toList();
    }
  }
}
