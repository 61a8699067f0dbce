package org.teikit.publish.html;

import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool that runs waiting jobs by rank (stage, then position), not in the order they
 * were handed in: a document's render is queued when its reading ends, and reading ends in no
 * fixed order, but the renders should run in the order the documents were sorted in.
 */
final class RankedPool {
  private final ThreadPoolExecutor threads;

  RankedPool(int size, ThreadFactory factory) {
    threads = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS,
        new PriorityBlockingQueue<>(), factory); // holds only Ranked jobs, which compare
  }

  /** An executor whose jobs wait behind those of lower stages and, in a stage, lower positions. */
  Executor at(int stage, int position) {
    return job -> threads.execute(new Ranked(stage, position, job));
  }

  void shutdownNow() {
    threads.shutdownNow();
  }

  private record Ranked(int stage, int position, Runnable job) implements Runnable, Comparable<Ranked> {
    @Override
    public void run() {
      job.run();
    }

    @Override
    public int compareTo(Ranked other) {
      return stage != other.stage ? Integer.compare(stage, other.stage) : Integer.compare(position, other.position);
    }
  }
}
