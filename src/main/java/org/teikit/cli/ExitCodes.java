package org.teikit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** The exit codes of the CLI contract, and how an unexpected failure maps onto them. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INVALID = 1;
  public static final int PROBLEM = 2;

  private ExitCodes() {}

  static int forException(Throwable t) {
    return PROBLEM;
  }

  /**
   * Turns an exception escaping a command into one plain line on stderr and exit code 2; a
   * stack trace is printed only with {@code TEIKIT_DEBUG} set.
   */
  static final class ProblemHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
      cli.getErr().println("teikit: " + describe(e));
      if (System.getenv("TEIKIT_DEBUG") != null) {
        e.printStackTrace(cli.getErr());
      }
      cli.getErr().flush();
      return PROBLEM;
    }

    private static String describe(Throwable e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      if (cause instanceof java.nio.file.NoSuchFileException missing) {
        return "no such file or folder: " + missing.getFile();
      }
      if (cause instanceof IOException io) {
        return "I/O problem: " + io.getMessage();
      }
      String message = cause.getMessage();
      return message == null ? cause.getClass().getSimpleName() : message;
    }
  }
}
