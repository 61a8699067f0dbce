package org.teikit.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.teikit.diagnostic.Catalogue;

/**
 * Keeps two teikit runs from writing the same output folder at once: an OS file lock on
 * {@code DIR.lock} beside it, released when the run ends or its process dies. Whoever holds it
 * may also clear what a killed run left beside the folder (see {@link Leftovers}).
 */
final class OutputLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * @param target absolute and normal, its parent existing
   * @throws OutputException.Busy when another run holds the folder
   */
  static OutputLock acquire(Path target) throws IOException {
    Path file = target.resolveSibling(target.getFileName() + ".lock");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new OutputException.Busy(Catalogue.text("output.busy", OutputFolder.display(target)));
    }
    return new OutputLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
