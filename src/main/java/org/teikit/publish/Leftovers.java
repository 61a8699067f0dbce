package org.teikit.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.teikit.edition.OutputMarker;

/**
 * What a killed run left beside an output folder {@code DIR}, put right by the next run into it,
 * under the folder's lock (so no other run is using any of it), before anything else:
 * <ul>
 *   <li>{@code .DIR.old}, the previous output moved aside by a swap: put back when {@code DIR} is
 *       missing (the run died between its two renames), deleted when {@code DIR} is there (it
 *       died while deleting it);
 *   <li>{@code .DIR.new}, a killed run's unfinished output: deleted.
 * </ul>
 * The same for the names older teikit versions drew at random ({@code .DIR.old-123},
 * {@code .DIR.tmp-1a2b}). Only folders teikit made are deleted (they carry the marker, an older
 * teikit's records, or nothing at all); a folder of someone else's under such a name stays.
 */
final class Leftovers {
  private Leftovers() {}

  /** The folder a swap moves the previous output to. */
  static Path aside(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".old");
  }

  /** The folder a run writes its new output into. */
  static Path unfinished(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".new");
  }

  /** Puts back an interrupted swap's previous output and deletes killed runs' folders. */
  static void clear(Path target) throws IOException {
    String name = Pattern.quote(target.getFileName().toString());
    List<Path> asides = beside(target, "\\." + name + "\\.old(-[0-9]+)?");
    for (Path aside : asides) {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && (OutputMarker.isOurs(aside) || Files.isSymbolicLink(aside))) {
        AtomicDirectory.move(aside, target);
      } else {
        deleteIfOurs(aside);
      }
    }
    for (Path unfinished : beside(target, "\\." + name + "\\.(new|tmp-[0-9a-z]+)")) {
      deleteIfOurs(unfinished);
    }
  }

  /** The entries beside {@code target} whose names match {@code regex}, the deterministic name first. */
  private static List<Path> beside(Path target, String regex) throws IOException {
    Pattern pattern = Pattern.compile(regex);
    try (Stream<Path> entries = Files.list(target.getParent())) {
      return entries.filter(p -> pattern.matcher(p.getFileName().toString()).matches())
          .sorted((a, b) -> Integer.compare(a.getFileName().toString().length(), b.getFileName().toString().length()))
          .toList();
    }
  }

  /** Deletes a leftover teikit made: marked, an older teikit's output, empty, or only a link. */
  private static void deleteIfOurs(Path leftover) throws IOException {
    if (Files.isSymbolicLink(leftover)) {
      Files.delete(leftover);
    } else if (OutputMarker.isOurs(leftover)
        || Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS) && OutputFolder.isEmpty(leftover)) {
      AtomicDirectory.deleteOutput(leftover);
    }
  }
}
