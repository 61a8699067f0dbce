package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.diagnostic.InputOutputException;
import org.teikit.diagnostic.InternalException;
import org.teikit.diagnostic.TeikitException;
import org.teikit.diagnostic.UnsafeInputException;
import org.teikit.diagnostic.UsageException;
import picocli.CommandLine;

/** Each cause of failure leaves the command with the exit code the CLI contract gives it. */
class ExitCodesTest {

  static Stream<Arguments> causes() {
    return Stream.of(
        Arguments.of(new UsageException("the schema http://x/y.rng is remote"), ExitCodes.PROBLEM),
        Arguments.of(new InputOutputException("cannot write out"), ExitCodes.PROBLEM),
        // the input is at fault: the documents have errors
        Arguments.of(new UnsafeInputException("a.xml lies outside the folders teikit was given"), ExitCodes.INVALID),
        Arguments.of(new InternalException("the print stylesheet does not compile"), ExitCodes.PROBLEM),
        Arguments.of(new IllegalStateException("unforeseen"), ExitCodes.PROBLEM));
  }

  @ParameterizedTest
  @MethodSource("causes")
  void eachCauseHasItsExitCode(RuntimeException failure, int expected) {
    StringWriter err = new StringWriter();
    // the failing command throws on a worker thread, as the stages do
    CommandLine cli = Teikit.withLastLineOfDefence(new CommandLine(new LastLineOfDefenceTest.Failing(failure)));
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    assertEquals(expected, cli.execute(), err.toString());
    if (failure instanceof TeikitException) {
      assertEquals("teikit: " + failure.getMessage(), err.toString().strip(), "the message is said as it is");
    }
  }
}
