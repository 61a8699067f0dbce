package org.teikit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing validate and html with Jazzer. In every {@code mvn test} the seeds (and every crash
 * found before, kept among them) in {@code ValidateHtmlFuzzTestInputs/validateAndHtml/} run as
 * regression tests, in this JVM. In CI ({@code CI=true}) a short fuzzing run follows,
 * {@value #CI_SECONDS} s in a JVM of its own under Jazzer's driver, which runs the seeds first;
 * {@code bench/fuzz.sh} runs it longer ({@code -Dteikit.fuzz.seconds=N}). A crash fails the test and
 * names its file: copy that file among the seeds, and it is a regression test from then on.
 *
 * <p>Not jazzer-junit's {@code @FuzzTest}: even in regression mode it attaches Jazzer's agent to
 * the test JVM, which then instruments every class loaded after it, in every later test class
 * too, with its bug detectors' hooks; the 14 seeds took 56 s that way. Jazzer's own driver in a
 * JVM of its own keeps the agent and its hooks to the fuzzing run.
 */
class ValidateHtmlFuzzTest {
  static final int CI_SECONDS = 40;

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everySeedEndsWithAReport(String name, byte[] input) throws IOException {
    ValidateAndHtml.get().check(input);
  }

  static Stream<Arguments> seeds() throws IOException, URISyntaxException {
    List<Path> files;
    try (Stream<Path> list = Files.list(seedFolder())) {
      files = list.sorted().toList();
    }
    assertTrue(files.size() >= 10, "only " + files.size() + " seeds");
    List<Arguments> seeds = new ArrayList<>();
    for (Path f : files) {
      seeds.add(Arguments.of(f.getFileName().toString(), Files.readAllBytes(f)));
    }
    return seeds.stream();
  }

  private static Path seedFolder() throws URISyntaxException {
    return Path.of(ValidateHtmlFuzzTest.class.getResource("ValidateHtmlFuzzTestInputs/validateAndHtml").toURI());
  }

  @Test
  void fuzzingFindsNoCrash() throws IOException, InterruptedException, URISyntaxException {
    String asked = System.getProperty("teikit.fuzz.seconds");
    assumeTrue(asked != null || "true".equals(System.getenv("CI")),
        "fuzzing runs in CI (CI=true) or with -Dteikit.fuzz.seconds=N; the seeds ran above");
    int seconds = asked == null ? CI_SECONDS : Integer.parseInt(asked);
    Path seeds = seedFolder();
    Path work = Files.createDirectories(Path.of("target", "fuzz"));
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        "com.code_intelligence.jazzer.Jazzer",
        "--target_class=" + ValidateHtmlFuzzer.class.getName(),
        "--instrumentation_includes=org.teikit.**:org.apache.xerces.**:com.thaiopensource.**",
        "--instrumentation_excludes=org.teikit.fuzz.**",
        "--reproducer_path=" + work.toAbsolutePath(),
        // no resident-size limit: libFuzzer measures the process's peak, which in a full CI run read
        // 5.3 GB before the first input under -Xmx2g (a false 'out-of-memory' on a seed; alone the
        // test passed); -Xmx2g bounds what an input may take, and an OutOfMemoryError is a finding
        "-max_total_time=" + seconds, "-timeout=60", "-rss_limit_mb=0",
        "-artifact_prefix=" + work.toAbsolutePath() + File.separator,
        corpus.toString(), seeds.toString());
    Path log = work.resolve("fuzz.log");
    Process fuzzer = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!fuzzer.waitFor(seconds + 300L, TimeUnit.SECONDS)) {
      fuzzer.destroyForcibly();
    }
    assertEquals(0, fuzzer.exitValue(), () -> "Jazzer found a crash (" + log + "), in " + crashes(work)
        + ": copy it into src/test/resources/org/teikit/fuzz/ValidateHtmlFuzzTestInputs/validateAndHtml/ "
        + "so that every mvn test runs it, and fix it.\n" + tail(log));
  }

  private static List<Path> crashes(Path work) {
    try (Stream<Path> list = Files.list(work)) {
      return list.filter(p -> p.getFileName().toString().matches("(crash|timeout|oom|leak)-.*")).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }
}
