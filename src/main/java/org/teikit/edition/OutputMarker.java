package org.teikit.edition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells the folders teikit made from everything else: teikit writes {@value #FILE} inside each
 * output folder it makes, and deletes or replaces only folders that carry it; source discovery
 * never reads a marked folder as sources.
 *
 * <p>Outputs of teikit before the marker are recognised by the records teikit has always kept in
 * them, hidden files no editor writes: {@code .teikit-build} and {@code .teikit-cache} in a
 * build's folder, {@code .teikit-html} in a site, {@code .teikit-pdf} and
 * {@code .teikit-pdf-parts} beside PDFs; for a collection's sites and PDFs, in each edition's
 * folder. So the default {@code target/edition} of an existing project is replaced, and marked,
 * by its next build, without {@code --force-output}.
 */
public final class OutputMarker {
  /** The marker's file name. */
  public static final String FILE = ".teikit-output";

  /** Its content, always the same: outputs are the same bytes for the same input. */
  private static final String TEXT = "This folder was made by teikit. teikit may replace or delete it as a whole\n"
      + "when it writes its output here again; keep nothing of your own in it.\n";

  /** What teikit kept in its outputs before it wrote the marker. */
  private static final List<String> RECORDS =
      List.of(".teikit-build", ".teikit-cache", ".teikit-html", ".teikit-pdf", ".teikit-pdf-parts", ".teikit-store");

  private OutputMarker() {}

  /** Writes the marker into {@code folder}, which must exist. */
  public static void write(Path folder) throws IOException {
    Files.writeString(folder.resolve(FILE), TEXT, StandardCharsets.UTF_8);
  }

  /**
   * Makes {@code folder} (and the folders above it) and marks it as teikit's: how build and serve
   * begin their print edition's folder, which no publisher replaces whole as the site's is.
   */
  public static Path createMarked(Path folder) throws IOException {
    write(Files.createDirectories(folder));
    return folder;
  }

  /** Whether {@code folder} carries the marker itself (not a record of an older teikit). */
  public static boolean isMarked(Path folder) {
    return Files.isRegularFile(folder.resolve(FILE), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Whether {@code folder} is a teikit output: it carries the marker, or an older teikit's
   * records, itself or (a collection's output) in each of its sub-folders and nowhere else.
   */
  public static boolean isOurs(Path folder) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    return isMarked(folder) || hasRecord(folder) || isCollectionOfOurs(folder);
  }

  private static boolean hasRecord(Path folder) {
    return RECORDS.stream().anyMatch(name -> Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS));
  }

  /** A folder holding only folders, at least one, each with an older teikit's records. */
  private static boolean isCollectionOfOurs(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> all = entries.toList();
      return !all.isEmpty() && all.stream()
          .allMatch(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && (isMarked(p) || hasRecord(p)));
    } catch (IOException unreadable) {
      return false;
    }
  }
}
