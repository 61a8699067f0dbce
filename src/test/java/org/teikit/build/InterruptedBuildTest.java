package org.teikit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestEdition;
import org.teikit.cli.CliRun;

/**
 * A build killed while it writes leaves the previous output as it was: the new one is written
 * beside it and swapped in only when complete; the next build removes what the killed one left.
 * The build runs in its own JVM and is killed (SIGKILL) as soon as its new output has started to
 * appear beside the old.
 */
class InterruptedBuildTest {

  @Test
  void killingABuildWhileItWritesLeavesThePreviousOutputAndTheNextBuildClearsUp(@TempDir Path dir) throws Exception {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    for (int i = 1; i <= 6; i++) {
      Files.writeString(edition.resolve("letter-" + i + ".xml"),
          TestEdition.VALID.formatted("Letter " + i, "The text of letter " + i + "."));
    }
    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("build", "-q", "-o", out.toString(), edition.toString()).exitCode());
    Path page = out.resolve("html/doc/letter-1.html");
    String previous = Files.readString(page);
    List<Path> before = list(out);

    Process build = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.teikit.cli.Teikit",
        "build", "--clean", "-o", out.toString(), edition.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
    Optional<Path> partial = awaitPartialOutput(dir, build);
    build.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    assertTrue(partial.isPresent(), "the build was killed while writing: " + Files.readString(dir.resolve("build.log")));
    assertEquals(previous, Files.readString(page));
    assertEquals(before, list(out), "nothing of the killed build in the output");

    CliRun next = CliRun.of("build", "-q", "--clean", "-o", out.toString(), edition.toString());
    assertEquals(0, next.exitCode(), next.out() + next.err());
    assertEquals(List.of(dir.resolve("build.log"), edition, out, dir.resolve("out.lock")), list(dir),
        "the killed build's unfinished output was removed by the next build");
  }

  /**
   * {@code kill -9} between the swap's two renames (the old output moved aside, the new not yet
   * in): strace holds the build in its second rename, the only rename of {@code .out.new} itself,
   * for a minute, and the test kills it there. Runs where strace may trace (Linux, ptrace allowed).
   */
  @Test
  void aBuildKilledInsideTheSwapHasThePreviousOutputPutBackByTheNext(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(works("strace", "-V"), "strace is not installed");
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Path changed = Files.writeString(edition.resolve("a.xml"), TestEdition.VALID.formatted("A", "First words."));
    Files.writeString(edition.resolve("b.xml"), TestEdition.VALID.formatted("B", "Other words."));
    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("build", "-q", "-o", out.toString(), edition.toString()).exitCode());
    Files.writeString(changed, TestEdition.VALID.formatted("A", "Second words."));

    Process traced = new ProcessBuilder(List.of("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename",
        "-P", dir.resolve(".out.new").toString(), "-e", "inject=rename:delay_enter=60000000:when=1",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.teikit.cli.Teikit",
        "build", "-o", out.toString(), edition.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
    boolean inTheSwap = awaitState(traced, () -> !Files.exists(out) && Files.isDirectory(dir.resolve(".out.old")));
    Assumptions.assumeTrue(inTheSwap || !Files.readString(dir.resolve("build.log")).contains("ptrace"),
        "strace may not trace here");
    List<ProcessHandle> builds = traced.descendants().toList();
    builds.forEach(ProcessHandle::destroyForcibly);
    traced.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // strace gone, the build is reaped
    for (ProcessHandle build : builds) {
      build.onExit().get(30, TimeUnit.SECONDS); // and its lock goes with it
    }
    assertTrue(inTheSwap, "the build was held between the renames: " + Files.readString(dir.resolve("build.log")));

    CliRun next = CliRun.of("build", "-o", out.toString(), edition.toString());
    assertEquals(0, next.exitCode(), next.out() + next.err());
    assertTrue(next.out().contains("2 files validated (1 parsed, 1 unchanged)"),
        "the previous output, put back, was reused: " + next.out());
    assertTrue(Files.readString(out.resolve("html/doc/a.html")).contains("Second words."));
    assertEquals(List.of(dir.resolve("build.log"), edition, out, dir.resolve("out.lock")), list(dir));
  }

  /** Waits (120 s at most) until {@code state} holds; false when the process ended first. */
  private static boolean awaitState(Process process, java.util.function.BooleanSupplier state) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (state.getAsBoolean()) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private static boolean works(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException notThere) {
      return false;
    }
  }

  /** Waits (30 s at most) for the build's unfinished output folder to appear beside the target. */
  private static Optional<Path> awaitPartialOutput(Path dir, Process build) throws Exception {
    Path unfinished = dir.resolve(".out.new");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && build.isAlive()) {
      if (Files.isDirectory(unfinished)) {
        return Optional.of(unfinished);
      }
      Thread.sleep(10);
    }
    return Optional.empty();
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
