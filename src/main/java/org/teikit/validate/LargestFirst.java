package org.teikit.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order files are checked in, largest first: a run that meets a large volume last ends with
 * one core idle while the other checks it (FRUS's largest volume sorts last by name).
 */
final class LargestFirst {
  private LargestFirst() {}

  /** The files' indices, largest file first. */
  static List<Integer> order(List<Path> files) {
    long[] sizes = files.stream().mapToLong(LargestFirst::size).toArray();
    return IntStream.range(0, files.size()).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> sizes[i]).reversed()).toList();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException unreadable) {
      return 0; // reported when the file is checked
    }
  }
}
