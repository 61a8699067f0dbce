package org.teikit.hostile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.teikit.cli.CliRun;

/** One run of a case's command: its exit code, what it printed, how long it took, whether it was stopped. */
record CaseRun(int exitCode, String output, Duration time, boolean timedOut) {

  /**
   * Runs the command line in a JVM of its own with {@code jvmOptions} (a case that needs a
   * system property set before teikit's classes load), through {@link CaseDriver}.
   */
  static CaseRun inJvm(String name, String[] args, List<String> jvmOptions, Duration bound)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", String.join(File.pathSeparator,
        TeikitResources.classPath().stream().map(Path::toString).toList()), CaseDriver.class.getName(), "--case", name));
    command.addAll(List.of(args));
    Path printed = Files.createTempFile("hostile-" + name, ".out");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(printed.toFile()).start();
    boolean ended = p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    String output = Files.readString(printed);
    Files.delete(printed);
    return new CaseRun(ended ? p.exitValue() : -1, output, time, !ended);
  }

  /**
   * Runs the command line in-process as {@link CliRun} does, within a time bound, and keeps what
   * the libraries print to the process's own streams too (a user sees those as well). A run that
   * outlives its bound is stopped with every thread it started: the only way to end a runaway XPath
   * loop without ending the test JVM, so that the suite can measure code that hangs.
   */
  @SuppressWarnings({"deprecation", "removal"})
  static CaseRun inProcess(String[] args, Duration bound) throws InterruptedException {
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
      return new CaseRun(-1, strayAtEnd, time, true);
    }
    String printed = Optional.ofNullable(result.get()).map(r -> r.out() + r.err()).orElse("")
        + strayAtEnd
        + Optional.ofNullable(escaped.get()).map(t -> t.toString() + "\n").orElse("");
    int code = result.get() == null ? -1 : result.get().exitCode();
    return new CaseRun(code, printed, time, timedOut);
  }
}
