package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diagnostic.CrashReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Whatever escapes a command reaches the user as one plain line and exit code 2: never a call
 * stack, never Java's own wording (the hostile-input campaign met OutOfMemoryError, "Cannot
 * invoke … because "path" is null", ZipException and bare IOExceptions).
 */
class LastLineOfDefenceTest {
  /** Where the tests' crash reports go, not the user cache. */
  @TempDir static Path crashes;

  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    private final Throwable failure;

    Failing(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      // thrown on a worker thread and carried over in a CompletionException, as the build's stages do
      return CompletableFuture.<Integer>supplyAsync(() -> {
        if (failure instanceof Error e) {
          throw e;
        }
        throw failure instanceof RuntimeException r ? r : new CompletionException(failure);
      }).join();
    }
  }

  @Command(name = "overflowing")
  static final class Overflowing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new StackOverflowError();
    }
  }

  @Test
  void outOfMemoryIsAPlainSentence() {
    String err = run(new OutOfMemoryError("Java heap space"));
    assertTrue(err.startsWith("teikit: not enough memory"), err);
  }

  @Test
  void aStackOverflowInTheMainThreadIsAPlainSentence() {
    CommandLine cli = Teikit.withLastLineOfDefence(new CommandLine(new Overflowing()));
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    assertEquals(ExitCodes.PROBLEM, cli.execute());
    assertTrue(err.toString().contains("nest too deeply"), err.toString());
    assertNoJava(err.toString());
  }

  @Test
  void javasOwnNullPointerWordingIsNotShown() {
    String err = run(nullPointer());
    assertTrue(err.contains("internal error") && err.contains("its details are in " + crashes), err);
  }

  /** A failure seen once under load can be reported without running it again: its details are kept in a file. */
  @Test
  void anInternalErrorsDetailsAreKeptInAFileTheLineNames(@TempDir Path reportsFolder) throws Exception {
    CommandLine cli = new CommandLine(new Failing(nullPointer()));
    cli.setExecutionExceptionHandler(new ExitCodes.ProblemHandler(new CrashReport(reportsFolder)));
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    assertEquals(ExitCodes.PROBLEM, cli.execute());
    List<Path> reports;
    try (var listed = Files.list(reportsFolder)) {
      reports = listed.toList();
    }
    assertEquals(1, reports.size(), err.toString());
    assertTrue(err.toString().strip().endsWith("its details are in " + reports.get(0)), err.toString());
    String report = Files.readString(reports.get(0));
    assertTrue(report.startsWith("teikit ") && report.contains("NullPointerException")
        && report.contains("LastLineOfDefenceTest"), report);
  }

  @Test
  void withNowhereToWriteTheDetailsTheLineSaysHowToSeeThem(@TempDir Path temp) throws Exception {
    Path notAFolder = Files.writeString(temp.resolve("file"), "x");
    CommandLine cli = new CommandLine(new Failing(nullPointer()));
    cli.setExecutionExceptionHandler(new ExitCodes.ProblemHandler(new CrashReport(notAFolder.resolve("crashes"))));
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    assertEquals(ExitCodes.PROBLEM, cli.execute());
    assertTrue(err.toString().contains("run again with TEIKIT_DEBUG=1"), err.toString());
  }

  /** teikit's own exceptions say what it was doing; their words are kept, not replaced by their cause's. */
  @Test
  void teikitsOwnMessageIsKept() {
    String err = run(new org.teikit.publish.html.PublishException("cannot build the edition's index pages: disk",
        new java.io.IOException("No space left on device")));
    assertEquals("teikit: cannot build the edition's index pages: disk", err.strip());
  }

  @Test
  void fileProblemsNameTheFileAndTheReason() {
    assertEquals("teikit: cannot use /out/x: no space left on device", run(
        new java.nio.file.FileSystemException("/out/x", null, "No space left on device")).strip());
    assertEquals("teikit: an archive (zip or jar) is damaged or is not one",
        run(new ZipException("zip END header not found")).strip());
  }

  private static RuntimeException nullPointer() {
    try {
      Path path = null;
      path.getFileSystem();
      throw new AssertionError("unreachable");
    } catch (NullPointerException e) {
      return e;
    }
  }

  private static String run(Throwable failure) {
    StringWriter err = new StringWriter();
    CommandLine cli = Teikit.withLastLineOfDefence(new CommandLine(new Failing(failure)));
    cli.setExecutionExceptionHandler(new ExitCodes.ProblemHandler(new CrashReport(crashes)));
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    assertEquals(ExitCodes.PROBLEM, cli.execute());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertNoJava(err.toString());
    return err.toString();
  }

  private static void assertNoJava(String err) {
    for (String java : List.of("Exception", "Error", "\tat ", "java.", "Cannot invoke", "null")) {
      assertFalse(err.contains(java), "'" + java + "' in: " + err);
    }
  }
}
