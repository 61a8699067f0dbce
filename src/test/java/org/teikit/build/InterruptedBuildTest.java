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

/**
 * A build killed while it writes leaves the previous output as it was: the new one is written
 * beside it and swapped in only when complete. The build runs in its own JVM and is killed
 * (SIGKILL) as soon as its new output has started to appear beside the old.
 */
class InterruptedBuildTest {

  @Test
  void killingABuildWhileItWritesLeavesThePreviousOutputIntact(@TempDir Path dir) throws Exception {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    for (int i = 1; i <= 6; i++) {
      Files.writeString(edition.resolve("letter-" + i + ".xml"),
          BuildCommandTest.VALID.formatted("Letter " + i, "The text of letter " + i + "."));
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Path previous = Files.writeString(out.resolve("previous-build.txt"), "the last complete build");

    Process build = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.teikit.cli.Teikit",
        "build", "-o", out.toString(), edition.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
    Optional<Path> partial = awaitPartialOutput(dir, build);
    build.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    assertTrue(partial.isPresent(), "the build was killed while writing: " + Files.readString(dir.resolve("build.log")));
    assertEquals("the last complete build", Files.readString(previous));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(previous), files.toList(), "nothing of the killed build in the output");
    }
  }

  /** Waits (30 s at most) for the build's temporary output folder to appear beside the target. */
  private static Optional<Path> awaitPartialOutput(Path dir, Process build) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && build.isAlive()) {
      Optional<Path> temporary = temporarySibling(dir);
      if (temporary.isPresent()) {
        return temporary;
      }
      Thread.sleep(10);
    }
    return Optional.empty();
  }

  private static Optional<Path> temporarySibling(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".out.tmp-")).findFirst();
    }
  }
}
