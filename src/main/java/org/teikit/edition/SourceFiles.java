package org.teikit.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;

/** Finds the XML files a command works on: files as given, folders searched recursively. */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * The XML files found, absolute, sorted, without duplicates; and a warning for each entry that
   * is not read: a device, FIFO or socket (never opened: opening a FIFO blocks), or a symbolic
   * link leading outside the folder it is in (or, for a folder searched, outside that folder).
   */
  public record Found(List<Path> files, List<Diagnostic> refused) {}

  /**
   * The {@code *.xml} files named by or found under {@code paths}, absolute, sorted, without
   * duplicates.
   *
   * @throws java.nio.file.NoSuchFileException (wrapped) when a path does not exist
   */
  public static List<Path> xmlFiles(List<Path> paths) throws IOException {
    return find(paths).files();
  }

  /**
   * The {@code *.xml} files named by or found under {@code paths}, and the entries refused.
   *
   * @throws java.nio.file.NoSuchFileException when a path does not exist
   */
  public static Found find(List<Path> paths) throws IOException {
    List<Diagnostic> refused = new ArrayList<>();
    try {
      List<Path> files = paths.stream().flatMap(p -> expand(p, refused)).map(p -> p.toAbsolutePath().normalize())
          .distinct().sorted().toList();
      return new Found(files, refused.stream().distinct().toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * True when {@code file}, an entry of {@code folder}, is an XML document teikit reads: a regular
   * {@code *.xml} file, or a symbolic link to one inside {@code folder}.
   */
  public static boolean isReadable(Path file, Path folder) {
    return isXml(file) && refusal(file, folder).isEmpty() && Files.isRegularFile(file);
  }

  private static Stream<Path> expand(Path path, List<Diagnostic> refused) {
    try {
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
      }
      if (!Files.isDirectory(path)) {
        Path folder = path.toAbsolutePath().normalize().getParent();
        return accepted(path, folder, refused) ? Stream.of(path) : Stream.empty();
      }
      try (Stream<Path> walk = Files.walk(path)) {
        Path folder = path.toAbsolutePath().normalize();
        return withoutTeikitOutputs(path, walk.filter(p -> !p.equals(path) && accepted(p, folder, refused)).toList())
            .stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether an entry is read; a warning for an XML file or a folder link that is not. */
  private static boolean accepted(Path entry, Path folder, List<Diagnostic> refused) {
    Optional<String> why = refusal(entry, folder);
    boolean folderLink = Files.isSymbolicLink(entry) && Files.isDirectory(entry);
    if (why.isPresent() && (isXml(entry) || folderLink)) {
      refused.add(Diagnostic.warning(entry.toAbsolutePath().normalize(), 0, 0, Check.IO, why.get()));
    }
    return why.isEmpty() && isXml(entry) && Files.isRegularFile(entry);
  }

  /** Why an entry of {@code folder} is not read, if it is not. Reads attributes only, never the file. */
  private static Optional<String> refusal(Path entry, Path folder) {
    try {
      if (Files.isSymbolicLink(entry)) {
        Path target = entry.toRealPath();
        if (!target.startsWith(folder.toRealPath())) {
          return Optional.of("the symbolic link " + entry + " leads to " + target
              + ", outside the folder it is in, so it is not read");
        }
      }
      BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
      if (attributes.isOther()) {
        return Optional.of(entry + " is not a regular file (a device, a FIFO or a socket), so it is not read");
      }
      return Optional.empty();
    } catch (IOException dangling) {
      return Optional.of(entry + " cannot be read: " + dangling.getMessage());
    }
  }

  /**
   * The files found under {@code root} that lie in no folder teikit made below it (an output
   * written inside the sources by an older teikit, whose sites hold copies of the TEI files):
   * teikit's output is never read as its sources. The folder named itself is taken as named.
   */
  private static List<Path> withoutTeikitOutputs(Path root, List<Path> files) {
    Map<Path, Boolean> ours = new HashMap<>();
    return files.stream().filter(file -> {
      for (Path folder = file.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
        if (ours.computeIfAbsent(folder, OutputMarker::isOurs)) {
          return false;
        }
      }
      return true;
    }).toList();
  }

  static boolean isXml(Path p) {
    return p.getFileName() != null && p.getFileName().toString().endsWith(".xml");
  }
}
