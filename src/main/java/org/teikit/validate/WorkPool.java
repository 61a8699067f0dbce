package org.teikit.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

/** The threads one validation runs its per-document work on. */
final class WorkPool implements AutoCloseable {
  private final ExecutorService threads;

  WorkPool(int size) {
    this.threads = Executors.newFixedThreadPool(Math.max(1, size));
  }

  /**
   * {@code work} done on every item, the results in the items' order; the items are started in
   * {@code order} (their indices), any left out after them.
   */
  <T, R> List<R> map(List<T> items, List<Integer> order, Function<T, R> work) throws IOException {
    List<Future<R>> pending = new ArrayList<>(Collections.nCopies(items.size(), null));
    order.forEach(i -> pending.set(i, threads.submit(() -> work.apply(items.get(i)))));
    for (int i = 0; i < items.size(); i++) {
      if (pending.get(i) == null) {
        T item = items.get(i);
        pending.set(i, threads.submit(() -> work.apply(item)));
      }
    }
    try {
      List<R> results = new ArrayList<>();
      for (Future<R> future : pending) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("validation was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("validation failed unexpectedly: " + e.getCause(), e.getCause());
    }
  }

  /**
   * The files' indices, largest file first: a run that meets a large volume last ends with one
   * core idle while the other checks it (FRUS's largest volume sorts last by name).
   */
  static List<Integer> largestFirst(List<Path> files) {
    long[] sizes = files.stream().mapToLong(WorkPool::size).toArray();
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

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
