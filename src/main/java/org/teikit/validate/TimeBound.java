package org.teikit.validate;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;
import org.teikit.work.Joined;
import org.teikit.work.Waiting;

/**
 * Runs one document's Schematron within a time bound. Saxon-HE 12 has no way to stop an
 * evaluation from outside (no interruption check, no cancellation in its API), so the work runs
 * on a thread of its own: when the bound passes, the thread is interrupted, the document gets a
 * timeout finding at once, and the rules stop at their next {@link StopPoints stop point} (teikit's
 * own rule loop at the next node). A loop inside one built-in function has none: its thread is
 * left behind as a daemon, burning a core until the run ends (the command line exits as soon as
 * its report is written).
 */
final class TimeBound {
  /**
   * Per document and schema: far beyond what any real rule set takes on a real document (the
   * system property teikit.schematron.seconds changes it, for tests and benchmarks).
   */
  static final Duration PER_DOCUMENT = Duration.ofSeconds(Long.getLong("teikit.schematron.seconds", 60));

  /** How long an interrupted run is waited for, so that it can tell where it stopped. */
  private static final Duration STOPPING = Duration.ofMillis(500);

  private final Duration limit;

  TimeBound(Duration limit) {
    this.limit = limit;
  }

  /** The finding of a schema that did not finish on a document in time: {@code [sch/timeout]}. */
  static Diagnostic finding(java.nio.file.Path file, String message) {
    return new Diagnostic(file, 0, 0, Severity.ERROR, Check.SCH, "timeout", null, message);
  }

  /** Whether {@code finding} says that a schema ran out of time on its document. */
  static boolean isTimeout(Diagnostic finding) {
    return finding.check() == Check.SCH && "timeout".equals(finding.code());
  }

  /** A duration as the timeout message shows it: "60 s", "0.5 s". */
  String shown() {
    long millis = limit.toMillis();
    return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
  }

  /**
   * The result of {@code work}, run on a thread of its own.
   *
   * @throws TimeoutException when the bound passed first (the work is interrupted and left behind)
   * @throws Exception what the work threw
   */
  <T> T run(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    // a thread of its own, so that a rule that runs away can be left behind; the pool's thread
    // that called waits for it meanwhile, so the run still does one job per thread of its pool
    Thread thread = Waiting.start("schematron", task);
    try {
      return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      // a moment for the work to reach a stop point and say where it was
      thread.join(STOPPING.toMillis());
      throw e;
    } catch (ExecutionException e) {
      if (Joined.failure(e) instanceof Exception failure) {
        throw failure;
      }
      throw (Error) Joined.failure(e);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new TimeoutException("interrupted");
    }
  }
}
