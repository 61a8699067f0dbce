package org.teikit.cli;

import picocli.CommandLine.Option;

/** Options every command shares (CLI contract: --jobs, -q/--quiet, --no-progress). */
public final class CommonOptions {
  @Option(names = "--jobs", paramLabel = "N",
      description = "Threads the whole run works on, shared by its stages (default: the number of cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
  boolean quiet;

  @Option(names = "--no-progress", description = "No progress display; plain log lines.")
  boolean noProgress;

  public int jobs() {
    return Math.max(1, jobs);
  }

  public boolean quiet() {
    return quiet;
  }

  /** A progress bar: standard error is a terminal, not CI, and nobody asked for quiet or plain lines. */
  public boolean progressBar() {
    return !quiet && !noProgress && System.getenv("CI") == null && stderrIsTerminal();
  }

  /**
   * Whether standard error goes to a terminal. Java tells only whether standard input and output
   * both do (System.console()); on Linux, /proc names what standard error is.
   */
  private static boolean stderrIsTerminal() {
    java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
    try {
      String target = java.nio.file.Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException notLinux) {
      return System.console() != null;
    }
  }
}
