package org.teikit.work;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work one task hands to the pool and later needs the result of. Whoever comes first runs it: a
 * pool thread, or the joining task itself when it runs on the pool. So a task never waits for a
 * job queued behind it, which in a pool of one thread would wait forever; with {@code --jobs 1}
 * forks run inline. A thread outside the pool only waits: it may not add a core to the run.
 */
public final class Fork<T> {
  private final Supplier<T> work;
  private final AtomicBoolean claimed = new AtomicBoolean();
  private final CompletableFuture<T> result = new CompletableFuture<>();

  Fork(Supplier<T> work) {
    this.work = work;
  }

  /** A fork that is already done, for a value that needs no work. */
  public static <T> Fork<T> done(T value) {
    Fork<T> fork = new Fork<>(() -> value);
    fork.runIfUnclaimed();
    return fork;
  }

  /** The result, computed here if this is a pool thread and none has begun it; a failure is thrown as it was thrown. */
  public T join() {
    if (Pool.onAPoolThread()) {
      runIfUnclaimed();
    }
    return Joined.unchecked(result);
  }

  /**
   * Its result as a future, for a thread off the pool that waits for it (e.g. a pipe's writer);
   * a thread of the pool joins it instead, so as to run it if nobody has.
   */
  public CompletableFuture<T> future() {
    return result.copy();
  }

  /** Whether it has finished, well or not. */
  public boolean isDone() {
    return result.isDone();
  }

  /** Runs or waits for it, as {@link #join()}, leaving its failure to whoever joins it. */
  void settle() {
    if (Pool.onAPoolThread()) {
      runIfUnclaimed();
    }
    result.handle((value, failure) -> null).join();
  }

  void whenDone(Runnable next) {
    result.whenComplete((value, failure) -> next.run());
  }

  void runIfUnclaimed() {
    if (claimed.compareAndSet(false, true)) {
      try {
        result.complete(work.get());
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }
  }
}
