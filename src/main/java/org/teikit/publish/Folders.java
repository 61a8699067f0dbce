package org.teikit.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders made on demand where many files are written. */
public final class Folders {
  private Folders() {}

  /**
   * Makes {@code folder} and its parents unless it exists. Most calls find it there: a stat
   * tells so, where {@link Files#createDirectories} first tries to make it and builds an
   * exception from the refusal, which a large site pays once for every folder it writes into.
   */
  public static Path ensure(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
    }
    return folder;
  }
}
