package org.teikit.work;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.teikit.diagnostic.Failures;
import org.teikit.diagnostic.InternalException;

/**
 * The one place a task's failure is taken out of the wrappers that carried it from its thread
 * (ExecutionException, CompletionException), so that the user sees the failure itself.
 */
public final class Joined {
  private Joined() {}

  /** The value of {@code task}; its failure thrown as the task threw it. */
  public static <T> T value(Future<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the run was interrupted");
    } catch (ExecutionException | CompletionException | CancellationException e) {
      Throwable failure = failure(e);
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof UncheckedIOException io) {
        throw io.getCause(); // a task that could not throw it
      }
      throw unchecked(failure);
    }
  }

  /** As {@link #value}, for callers that cannot throw IOException: it comes as UncheckedIOException. */
  public static <T> T unchecked(Future<T> task) {
    try {
      return value(task);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What failed inside the wrappers a failed task comes in. */
  public static Throwable failure(Throwable wrapped) {
    Throwable t = wrapped;
    while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static RuntimeException unchecked(Throwable failure) {
    if (failure instanceof RuntimeException r) {
      return r;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return new InternalException(Failures.describe(failure), failure);
  }
}
