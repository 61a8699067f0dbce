package org.teikit.cli;

import picocli.CommandLine.Option;

/** Options every command shares (CLI contract: --jobs, -q/--quiet, --no-progress). */
public final class CommonOptions {
  @Option(names = "--jobs", paramLabel = "N",
      description = "Documents processed at once (default: the number of cores).")
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

  public boolean progress() {
    return !noProgress && System.console() != null && System.getenv("CI") == null;
  }
}
