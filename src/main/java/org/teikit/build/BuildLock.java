package org.teikit.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two builds from writing the same output folder at once: an OS file lock on
 * {@code DIR.lock} beside it, released when the build ends (or its process dies).
 */
final class BuildLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private BuildLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** @throws BuildBusyException when another build holds the folder */
  static BuildLock acquire(Path output) throws IOException {
    Path absolute = output.toAbsolutePath().normalize();
    Files.createDirectories(absolute.getParent());
    Path file = absolute.resolveSibling(absolute.getFileName() + ".lock");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new BuildBusyException("another teikit build is writing " + output
          + "; run this one again when it has finished");
    }
    return new BuildLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }

  /** Another build holds the output folder. */
  static final class BuildBusyException extends IOException {
    BuildBusyException(String message) {
      super(message);
    }
  }
}
