package org.teikit.work;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The threads of one run, as many as {@code --jobs}, shared by every stage. Waiting jobs run by
 * rank (stage, then position, then the order they came in), not first come first served: a
 * document's render is queued when its reading ends, in no fixed order, but renders should run in
 * the order the documents were sorted in. Threads are named {@code teikit-work-N} and are
 * daemons, so a run that is done never waits for work it no longer needs.
 */
public final class Pool implements AutoCloseable {
  /** Work that others already wait for (see {@link #fork}) goes ahead of every stage. */
  private static final int FORKED = Integer.MIN_VALUE;
  private static final long IDLE_SECONDS = 2;

  private final ThreadPoolExecutor threads;
  private final AtomicLong arrivals = new AtomicLong();

  private Pool(int size) {
    AtomicInteger number = new AtomicInteger();
    threads = new ThreadPoolExecutor(size, size, IDLE_SECONDS, TimeUnit.SECONDS,
        new PriorityBlockingQueue<>(), // holds only Ranked jobs, which compare
        job -> new Worker(job, "teikit-work-" + number.incrementAndGet()));
    // an idle pool lets its threads go: a pool nobody closes (a publisher's own) leaves none behind
    threads.allowCoreThreadTimeOut(true);
  }

  /** A pool of {@code jobs} threads (at least one). */
  public static Pool of(int jobs) {
    return new Pool(Math.max(1, jobs));
  }

  /** How many jobs run at once. */
  public int size() {
    return threads.getCorePoolSize();
  }

  /** An executor whose jobs wait behind those of lower stages and, in a stage, lower positions. */
  public Executor at(int stage, int position) {
    return job -> threads.execute(new Ranked(stage, position, arrivals.getAndIncrement(), job));
  }

  /** An executor whose jobs run in the order they are handed in, behind ranked ones of stage 0. */
  public Executor inTurn() {
    return at(0, Integer.MAX_VALUE);
  }

  /**
   * {@code work} queued ahead of everything waiting, for a task that will join it: see
   * {@link Fork#join()}, which runs it on the joining thread if no pool thread has started it.
   */
  public <T> Fork<T> fork(Supplier<T> work) {
    Fork<T> fork = new Fork<>(work);
    at(FORKED, 0).execute(fork::runIfUnclaimed);
    return fork;
  }

  /**
   * As {@link #fork}, queued once {@code first} is done, and run after it: a build gives the print
   * stylesheet's compile the head start, and the pool reads documents meanwhile.
   */
  public <T> Fork<T> forkAfter(Fork<?> first, Supplier<T> work) {
    Fork<T> fork = new Fork<>(() -> {
      first.settle(); // its failure is for whoever joins it
      return work.get();
    });
    first.whenDone(() -> at(FORKED, 0).execute(fork::runIfUnclaimed));
    return fork;
  }

  /**
   * {@code work} done on every item on the pool, the results in the items' order; the items are
   * started in {@code order} (their indices), any left out after them. For a caller off the pool
   * only (validation's): it waits for the jobs, which on a pool thread could be queued behind it.
   */
  public <T, R> List<R> map(List<T> items, List<Integer> order, Function<T, R> work) throws IOException {
    List<CompletableFuture<R>> pending = new ArrayList<>(Collections.nCopies(items.size(), null));
    order.forEach(i -> pending.set(i, CompletableFuture.supplyAsync(() -> work.apply(items.get(i)), inTurn())));
    for (int i = 0; i < items.size(); i++) {
      if (pending.get(i) == null) {
        T item = items.get(i);
        pending.set(i, CompletableFuture.supplyAsync(() -> work.apply(item), inTurn()));
      }
    }
    List<R> results = new ArrayList<>();
    for (CompletableFuture<R> result : pending) {
      results.add(Joined.value(result));
    }
    return results;
  }

  /** Stops the threads; queued jobs are dropped, running ones interrupted. */
  @Override
  public void close() {
    threads.shutdownNow();
  }

  /** Whether this thread is one of a pool's, which may run forked work while it would wait. */
  static boolean onAPoolThread() {
    return Thread.currentThread() instanceof Worker;
  }

  private static final class Worker extends Thread {
    Worker(Runnable job, String name) {
      super(job, name);
      setDaemon(true);
    }
  }

  private record Ranked(int stage, int position, long arrival, Runnable job)
      implements Runnable, Comparable<Ranked> {
    @Override
    public void run() {
      job.run();
    }

    @Override
    public int compareTo(Ranked other) {
      if (stage != other.stage) {
        return Integer.compare(stage, other.stage);
      }
      return position != other.position ? Integer.compare(position, other.position)
          : Long.compare(arrival, other.arrival);
    }
  }
}
