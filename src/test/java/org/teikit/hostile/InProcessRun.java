package org.teikit.hostile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.teikit.cli.CliRun;

/**
 * Runs the command line in-process as {@link CliRun} does, within a time bound, and keeps what
 * the libraries print to the process's own streams too (a user sees those as well). A run that
 * outlives its bound is stopped with every thread it started: the only way to end a runaway XPath
 * loop without ending the test JVM, so that the suite can measure code that hangs.
 */
record InProcessRun(int exitCode, String output, Duration time, boolean timedOut) {

  @SuppressWarnings({"deprecation", "removal"})
  static InProcessRun of(String[] args, Duration bound) throws InterruptedException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8);
    AtomicReference<CliRun> result = new AtomicReference<>();
    AtomicReference<Throwable> escaped = new AtomicReference<>();
    ThreadGroup group = new ThreadGroup("hostile-case");
    Thread runner = new Thread(group, () -> {
      try {
        result.set(CliRun.of(args));
      } catch (Throwable t) {
        escaped.set(t);
      }
    }, "hostile-case-run");
    long start = System.nanoTime();
    boolean timedOut = false;
    String strayAtEnd;
    System.setOut(capture);
    System.setErr(capture);
    try {
      runner.start();
      runner.join(bound.toMillis());
      timedOut = runner.isAlive();
      strayAtEnd = stray.toString(StandardCharsets.UTF_8);
      if (timedOut) {
        group.stop();
        runner.join(10_000);
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    if (timedOut) {
      return new InProcessRun(-1, strayAtEnd, time, true);
    }
    String printed = Optional.ofNullable(result.get()).map(r -> r.out() + r.err()).orElse("")
        + strayAtEnd
        + Optional.ofNullable(escaped.get()).map(t -> t.toString() + "\n").orElse("");
    int code = result.get() == null ? -1 : result.get().exitCode();
    return new InProcessRun(code, printed, time, timedOut);
  }
}
