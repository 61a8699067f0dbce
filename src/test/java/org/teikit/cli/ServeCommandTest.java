package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestEdition;

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
