package org.teikit.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.teikit.diagnostic.Catalogue;
import org.teikit.edition.OutputMarker;

/**
 * An output folder written as a whole: build into {@link #path()} ({@code .DIR.new} beside the
 * target, marked as teikit's), then {@link #commit()} swaps it in. Until the commit the previous
 * output stays intact; closing without a commit deletes the partial build.
 *
 * <p>The swap is two renames on the same file system (old target aside to {@code .DIR.old}, new
 * folder in), so a reader sees either the old or the new folder, except for the instant between
 * the renames when the target is missing (POSIX offers no portable atomic exchange of two
 * folders). A run killed there, or while it wrote, leaves folders of known names that the next
 * run into the same target puts right before anything else (see {@link Leftovers}). A lock keeps
 * a second run out of the target meanwhile. Only a folder teikit made is ever replaced or
 * deleted (see {@link OutputFolder}).
 */
public final class AtomicDirectory implements AutoCloseable {
  /**
   * The unfinished outputs this JVM is writing. An output made inside one of them (a build's
   * {@code html}) needs no lock and finds no leftovers: its parent is new and nobody else's.
   */
  private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

  private final Path target;
  private final Path temporary;
  private final boolean replaceUnmarked;
  private final OutputLock lock;
  private boolean committed;

  private AtomicDirectory(Path target, Path temporary, boolean replaceUnmarked, OutputLock lock) {
    this.target = target;
    this.temporary = temporary;
    this.replaceUnmarked = replaceUnmarked;
    this.lock = lock;
  }

  /** As {@link #create(Path, boolean)}, replacing only a folder teikit made. */
  public static AtomicDirectory create(Path target) throws IOException {
    return create(target, false);
  }

  /**
   * Takes the target's lock, puts right what a killed run left beside it, and creates the folder
   * to build into (and the target's parent if missing).
   *
   * @param replaceUnmarked the editor allows replacing a folder teikit did not make
   * @throws OutputException.Refused when the target may not be replaced
   * @throws OutputException.Busy when another run is writing the target
   */
  public static AtomicDirectory create(Path target, boolean replaceUnmarked) throws IOException {
    Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new OutputException.Refused(Catalogue.text("output.root-folder", absolute));
    }
    Folders.ensure(parent);
    boolean nested = WRITING.contains(parent);
    OutputLock lock = nested ? null : OutputLock.acquire(absolute);
    try {
      if (!nested) {
        Leftovers.clear(absolute);
      }
      OutputFolder.requireReplaceable(absolute, replaceUnmarked);
      inTheWay(Leftovers.unfinished(absolute), absolute);
      inTheWay(Leftovers.aside(absolute), absolute);
      Path temporary = Files.createDirectory(Leftovers.unfinished(absolute));
      mark(temporary, absolute);
      WRITING.add(temporary);
      return new AtomicDirectory(absolute, temporary, replaceUnmarked, lock);
    } catch (IOException | RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
  }

  /**
   * Marks the new output: with a link to the previous output's marker when it has one, as
   * unchanged pages are links to the previous pages, so that a run with nothing to change
   * writes no file at all.
   */
  private static void mark(Path temporary, Path target) throws IOException {
    if (OutputMarker.isMarked(target)) {
      try {
        Files.createLink(temporary.resolve(OutputMarker.FILE), target.resolve(OutputMarker.FILE));
        return;
      } catch (IOException | UnsupportedOperationException noLinks) {
        // written below
      }
    }
    OutputMarker.write(temporary);
  }

  /** Refuses to go on when a folder teikit did not make has one of the names the swap uses. */
  private static void inTheWay(Path name, Path target) {
    if (Files.exists(name, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputException.Refused(Catalogue.text("output.name-in-the-way", OutputFolder.display(target),
          OutputFolder.display(name)));
    }
  }

  /** The folder to build into. */
  public Path path() {
    return temporary;
  }

  /** The folder the build replaces on commit. */
  public Path target() {
    return target;
  }

  /** Swaps the finished build in for the target and deletes the previous output. */
  public void commit() throws IOException {
    if (committed) {
      throw new IllegalStateException("already committed: " + target);
    }
    OutputFolder.requireReplaceable(target, replaceUnmarked);
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !OutputMarker.isOurs(target)) {
        // replacing a folder the editor gave us (--force-output): marked first, so that a run
        // killed before it is deleted leaves a folder the next one recognises as ours
        OutputMarker.write(target);
      }
      old = Leftovers.aside(target);
      move(target, old);
    }
    try {
      move(temporary, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    committed = true;
    WRITING.remove(temporary);
    if (old != null) {
      if (Files.isSymbolicLink(old)) {
        Files.delete(old);
      } else {
        deleteOutput(old);
      }
    }
  }

  /** Deletes the temporary folder unless it was committed, and lets go of the target. */
  @Override
  public void close() throws IOException {
    try {
      if (!committed) {
        deleteOutput(temporary);
      }
    } finally {
      WRITING.remove(temporary);
      if (lock != null) {
        lock.close();
      }
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Deletes an output folder teikit made, its marker last: interrupted, it leaves a folder that
   * is still recognisably teikit's, for the next run to finish deleting.
   */
  static void deleteOutput(Path folder) throws IOException {
    Path marker = folder.resolve(OutputMarker.FILE);
    deleteTree(folder, marker);
  }

  /** Deletes a folder and everything in it; symbolic links are removed, never followed. */
  public static void deleteTree(Path root) throws IOException {
    deleteTree(root, null);
  }

  private static void deleteTree(Path root, Path last) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          if (!file.equals(last)) {
            Files.delete(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          if (dir.equals(root) && last != null) {
            Files.deleteIfExists(last);
          }
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
