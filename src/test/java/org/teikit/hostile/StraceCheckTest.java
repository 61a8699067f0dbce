package org.teikit.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile suite's second witness: a few cases run in a real JVM under {@code strace}, which
 * sees every file the process opens and every connection it makes, whatever library does it (the
 * in-process suite sees only what teikit's resolver reports). No file outside the case folders,
 * the JDK, the class path, the system's libraries, {@code /tmp}, {@code /proc}, {@code /sys},
 * {@code /dev} and teikit's user cache may be opened, never a bait file, and no internet socket
 * connected. Skipped where strace cannot trace (not Linux, no strace, ptrace not permitted).
 */
class StraceCheckTest {
  /** Cases that reach for a file outside or a server, one of each way of reaching. */
  private static final List<String> CASES = List.of(
      "held-xxe-file", "xinclude-jar-file", "xinclude-jar-http", "xml-model-outside-file",
      "sch-unparsed-text", "symlink-out-validate", "external-dtd-outside", "schema-http-option");

  @TempDir Path dir;

  @Test
  void noFileOutsideTheInputsIsOpenedAndNoServerIsReached() throws Exception {
    assumeTrue(straceWorks(), "strace cannot trace here (not Linux, no strace, or ptrace not permitted)");
    List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-e", "trace=open,openat,connect",
        "-o", dir.resolve("trace.log").toString(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(java.io.File.pathSeparator, TeikitResources.classPath().stream().map(Path::toString).toList()),
        CaseDriver.class.getName()));
    List<Path> caseFolders = new ArrayList<>();
    List<Path> baits = new ArrayList<>();
    int connections;
    try (LoopbackTrap trap = new LoopbackTrap()) {
      Map<String, Path> folders = HostileSuiteTest.cases().stream()
          .collect(Collectors.toMap(p -> p.getFileName().toString(), p -> p));
      for (String name : CASES) {
        HostileCase c = HostileCase.read(folders.get(name));
        CaseFolder laid = CaseFolder.lay(c, Files.createDirectories(dir.resolve(name)), trap);
        caseFolders.add(laid.folder());
        baits.add(laid.bait().folder);
        command.add("--case");
        command.add(name);
        command.addAll(List.of(laid.arguments(c.command())));
      }
      Process process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(dir.resolve("out.txt").toFile()).redirectErrorStream(true).start();
      assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the traced run did not end in 180 s");
      connections = trap.connections();
    }
    StraceLog log = StraceLog.read(dir.resolve("trace.log"), dir);
    OpenPolicy policy = new OpenPolicy(caseFolders, baits);
    List<String> breaches = new ArrayList<>(
        log.events().stream().map(policy::breach).filter(b -> !b.isEmpty()).distinct().toList());
    if (connections > 0) {
      breaches.add(connections + " connections reached the loopback trap");
    }
    long insideCases = log.events().stream().filter(e -> e.path() != null)
        .filter(e -> caseFolders.stream().anyMatch(f -> Path.of(e.path()).startsWith(f))).count();
    assertTrue(insideCases >= CASES.size(), "the trace saw only " + insideCases + " opens of case files: "
        + Files.readString(dir.resolve("out.txt")));
    assertTrue(breaches.isEmpty(), String.join("\n", breaches));
  }

  private static boolean straceWorks() {
    if (!System.getProperty("os.name").startsWith("Linux")) {
      return false;
    }
    try {
      Process p = new ProcessBuilder("strace", "-f", "-qq", "-o", "/dev/null", "true")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
