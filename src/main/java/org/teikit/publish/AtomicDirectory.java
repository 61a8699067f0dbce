package org.teikit.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * An output folder written as a whole: build into {@link #path()} (a temporary sibling of the
 * target), then {@link #commit()} swaps it in. Until the commit the previous output stays intact;
 * closing without a commit deletes the partial build.
 *
 * <p>The swap is two renames on the same file system (old target aside, new folder in), so a
 * reader sees either the old or the new folder, except for the instant between the renames when
 * the target is missing. POSIX offers no portable atomic exchange of two folders.
 */
public final class AtomicDirectory implements AutoCloseable {
  private static final java.security.SecureRandom NAMES = new java.security.SecureRandom();
  private final Path target;
  private final Path temporary;
  private boolean committed;

  private AtomicDirectory(Path target, Path temporary) {
    this.target = target;
    this.temporary = temporary;
  }

  /** Creates the temporary sibling folder of {@code target} (and target's parent if missing). */
  public static AtomicDirectory create(Path target) throws IOException {
    Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new IOException("cannot write output to the root folder");
    }
    Files.createDirectories(parent);
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new IOException("output is not a folder: " + target);
    }
    Path temporary = newFolder(parent, "." + absolute.getFileName() + ".tmp-");
    return new AtomicDirectory(absolute, temporary);
  }

  /**
   * A new folder with a fresh name. Not {@code Files.createTempDirectory}: that makes it
   * readable by its owner only, and the folder becomes the published site, which a web server
   * running as another user must read; a plain folder gets the user's usual permissions (umask).
   */
  private static Path newFolder(Path parent, String prefix) throws IOException {
    while (true) {
      Path candidate = parent.resolve(prefix + Long.toUnsignedString(NAMES.nextLong(), 36));
      try {
        return Files.createDirectory(candidate);
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // another build picked the same name: draw again
      }
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
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
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
    if (old != null) {
      deleteTree(old);
    }
  }

  /** Deletes the temporary folder unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!committed && Files.exists(temporary)) {
      deleteTree(temporary);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and everything in it; symbolic links are removed, never followed. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          if (e != null) {
            throw e;
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
