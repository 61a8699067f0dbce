package org.teikit.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.teikit.diagnostic.Catalogue;
import org.teikit.edition.OutputMarker;

/**
 * Decides whether teikit may write an output folder, which it replaces as a whole: never one that
 * is, holds or lies inside an input (real paths, symbolic links resolved), never the root folder,
 * and not a folder that holds anything teikit did not make (see {@link OutputMarker}) unless the
 * editor says so ({@code --force-output}). Checked before a run does any work, and again by
 * {@link AtomicDirectory} before it replaces anything.
 */
public final class OutputFolder {
  private OutputFolder() {}

  /**
   * Refuses {@code output} for a run over {@code inputs} (the paths the editor named, files or
   * folders).
   *
   * @param replaceUnmarked the editor allows replacing a folder teikit did not make
   * @throws OutputException.Refused with a message that says why and what to do
   */
  public static void check(Path output, List<Path> inputs, boolean replaceUnmarked) {
    Path target = output.toAbsolutePath().normalize();
    if (target.getParent() == null) {
      throw new OutputException.Refused(Catalogue.text("output.root-folder-named", target));
    }
    Path real = real(target);
    for (Path input : inputs) {
      Path source = real(input.toAbsolutePath().normalize());
      String overlap = real.equals(source) ? "output.is-the-input"
          : source.startsWith(real) ? "output.contains-the-input"
          : real.startsWith(source) ? "output.inside-the-input" : null;
      if (overlap != null) {
        throw new OutputException.Refused(Catalogue.text(overlap, display(target), display(input.toAbsolutePath().normalize())));
      }
    }
    requireReplaceable(target, replaceUnmarked);
    requireWritable(target);
  }

  /**
   * Refuses to replace {@code target} (absolute, normal) unless it is missing, an empty folder,
   * a teikit output, or an unmarked folder the editor allows replacing.
   */
  static void requireReplaceable(Path target, boolean replaceUnmarked) {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new OutputException.Refused(Catalogue.text("output.is-a-file", display(target)));
    }
    if (!replaceUnmarked && !OutputMarker.isOurs(target) && !isEmpty(target)) {
      throw new OutputException.Refused(Catalogue.text("output.not-made-by-teikit", display(target), OutputMarker.FILE));
    }
  }

  /** Refuses an output whose folder (the nearest that exists) cannot be written. */
  private static void requireWritable(Path target) {
    Path folder = target.getParent();
    while (folder != null && !Files.exists(folder)) {
      folder = folder.getParent();
    }
    if (folder != null && !Files.isWritable(folder)) {
      throw new OutputException.Refused(Catalogue.text("output.not-writable", display(target), display(folder)));
    }
  }

  /** A path as the editor would write it: relative to the working folder when inside it. */
  static String display(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
        : absolute.toString();
  }

  /**
   * The real path of {@code path} (absolute, normal): its longest existing beginning with
   * symbolic links resolved, the rest as written.
   */
  private static Path real(Path path) {
    Deque<Path> missing = new ArrayDeque<>();
    Path existing = path;
    while (existing.getParent() != null && !Files.exists(existing)) {
      missing.push(existing.getFileName());
      existing = existing.getParent();
    }
    Path real;
    try {
      real = existing.toRealPath();
    } catch (IOException unreadable) {
      real = existing;
    }
    while (!missing.isEmpty()) {
      real = real.resolve(missing.pop());
    }
    return real;
  }

  /** Whether {@code folder} holds nothing; an unreadable folder counts as not empty. */
  static boolean isEmpty(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException unreadable) {
      return false;
    }
  }
}
