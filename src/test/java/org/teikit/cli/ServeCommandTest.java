package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestEdition;
import picocli.CommandLine;

/** {@code teikit serve} as a user meets it: arguments in, output and exit code out. */
class ServeCommandTest {
  @TempDir Path temp;

  @Test
  void aTakenPortIsExitCode2WithWhatToDo() throws IOException {
    TestEdition.write(temp.resolve("letters"), "Text.");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      CliRun run = CliRun.of("serve", "--port", String.valueOf(port), "-o", temp.resolve("out").toString(),
          temp.resolve("letters").toString());
      assertEquals(2, run.exitCode());
      assertEquals("teikit: port " + port + " is in use on 127.0.0.1; choose another with --port N",
          run.err().strip());
      assertFalse(temp.resolve("out").toFile().exists(), "nothing is built when the port is taken");
    }
  }

  /** As build does: the findings on standard output, then a line about the build, then the summary line. */
  @Test
  void eachBuildPrintsItsFindingsOnStandardOutputAndEndsWithTheSummaryLine() throws Exception {
    TestEdition.write(temp.resolve("letters"), "A <ref target=\"#nowhere\">broken</ref> pointer.");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Teikit.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    Thread serving = new Thread(() -> cli.execute("serve", "--port", "0", "-o", temp.resolve("out").toString(),
        temp.resolve("letters").toString()));
    serving.start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (!out.toString().contains("Serving") && serving.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } finally {
      serving.interrupt();
      serving.join(Duration.ofSeconds(30).toMillis());
    }
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.size() >= 4, out + " / " + err);
    assertTrue(lines.get(0).matches(".*letter\\.xml:\\d+:\\d+: error: .*nowhere.*"), lines.get(0));
    assertTrue(lines.get(1).startsWith("built letters in "), lines.get(1));
    assertEquals("1 file, 1 error, 0 warnings", lines.get(2));
    assertTrue(lines.get(3).startsWith("Serving http://127.0.0.1:"), lines.get(3));
    assertFalse(err.toString().contains("nowhere"), "no finding on standard error: " + err);
  }

  @Test
  void helpNamesThePortOption() {
    CliRun run = CliRun.of("serve", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("--port=N"), run.out());
    assertTrue(run.out().contains("Ctrl-C"), run.out());
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--port", "70000", temp.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("port must be between 0 and 65535"), run.err());
  }
}
