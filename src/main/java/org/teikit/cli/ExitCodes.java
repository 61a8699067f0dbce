package org.teikit.cli;

import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.CrashReport;
import org.teikit.diagnostic.Failures;
import org.teikit.diagnostic.UnsafeInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/** The exit codes of the CLI contract, and how an unexpected failure maps onto them. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INVALID = 1;
  public static final int PROBLEM = 2;

  /** Set (to anything) to see the details of a failure: its type and call stack. */
  static final String DEBUG = "TEIKIT_DEBUG";

  private ExitCodes() {}

  /**
   * The exit code of a failure, by its cause: input teikit refuses or cannot read means the
   * documents have errors; usage, I/O, an internal fault and anything unforeseen are problems.
   */
  static int forException(Throwable t) {
    return Failures.unwrapped(t) instanceof UnsafeInputException ? INVALID : PROBLEM;
  }

  /**
   * Runs the command through picocli's usual strategy, handing an {@link Error} (out of memory,
   * a stack overflow) to the {@link ProblemHandler} like any exception: picocli passes errors
   * through untouched, and Java would print them with their call stack and exit 1.
   */
  static IExecutionStrategy catchingErrors() {
    IExecutionStrategy usual = new CommandLine.RunLast();
    return parsed -> {
      try {
        return usual.execute(parsed);
      } catch (Error e) {
        throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), "failed", e);
      }
    };
  }

  /**
   * The last line of defence: turns anything escaping a command into one plain line on stderr
   * and the exit code of its cause. An internal error's details (type, call stack) go to a crash
   * report whose file the line names, and are printed too with {@code TEIKIT_DEBUG} set.
   */
  static final class ProblemHandler implements IExecutionExceptionHandler {
    private final CrashReport reports;

    ProblemHandler() {
      this(new CrashReport());
    }

    ProblemHandler(CrashReport reports) {
      this.reports = reports;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
      String message = Failures.describe(e);
      boolean debug = System.getenv(DEBUG) != null;
      if (message.equals(Failures.INTERNAL)) {
        message += reports.write(e).map(file -> Catalogue.text("failure.details-in", file))
            .orElse(debug ? "" : Catalogue.text("cli.run-again-for-details", DEBUG));
      }
      cli.getErr().println("teikit: " + message);
      if (debug) {
        e.printStackTrace(cli.getErr());
      }
      cli.getErr().flush();
      return forException(e);
    }
  }
}
