package org.teikit.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU time the threads of this JVM spent making search indexes (a document's share, the
 * merge, the shards), so that bench/search.sh can tell the index's share of a `teikit html` run.
 * CPU rather than wall time: the index is made on the pool's threads beside the pages.
 */
public final class IndexClock {
  private static final LongAdder NANOS = new LongAdder();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private IndexClock() {}

  /** Work whose CPU time counts as the index's. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  public static <T, E extends Exception> T time(Work<T, E> work) throws E {
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      return work.run();
    } finally {
      NANOS.add(THREADS.getCurrentThreadCpuTime() - start);
    }
  }

  /** The CPU time counted since the last call, in nanoseconds; starts the count again. */
  public static long takeNanos() {
    return NANOS.sumThenReset();
  }
}
