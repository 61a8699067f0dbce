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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
          BuildCommandTest.VALID.formatted("Letter " + i, "The text of letter " + i + "."));
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
