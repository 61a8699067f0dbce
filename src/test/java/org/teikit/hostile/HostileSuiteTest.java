package org.teikit.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input suite of issue 14: every folder under {@code src/test/resources/hostile/} is a
 * case (see its README) that runs the command line as an attacker would, with secrets laid
 * outside the inputs and a listener on the loopback to catch any fetch, and checks the answer
 * (exit code, message, no Java wording) and what the run did (nothing read outside, no connection,
 * nothing changed or deleted that was there before). {@code -Dhostile.cases=REGEX} runs only the
 * cases whose names match.
 */
class HostileSuiteTest {
  private static final Tally TALLY = new Tally();
  /** Resources the resolver policy let through in all cases: none would mean the log is not heard. */
  private static final AtomicInteger OPENS = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> everyCaseHolds() throws IOException, URISyntaxException {
    List<Path> folders = cases();
    assertTrue(folders.size() >= 30, "only " + folders.size() + " cases found");
    Pattern only = Pattern.compile(System.getProperty("hostile.cases", ".*"));
    return folders.stream().filter(f -> only.matcher(f.getFileName().toString()).matches()).map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
        () -> check(HostileCase.read(folder))));
  }

  @AfterAll
  static void figures() throws IOException {
    TALLY.write(Path.of("target", "hostile-suite.txt"));
    System.out.print(TALLY.report());
    assertTrue(TALLY.size() == 0 || OPENS.get() > 0, "OpenLog reported no open in any case");
  }

  /** The case folders, in name order. */
  static List<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(HostileSuiteTest.class.getResource("/hostile").toURI());
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(p -> Files.exists(p.resolve(HostileCase.FILE))).sorted().toList();
    }
  }

  private static void check(HostileCase c) throws Exception {
    Path root = Files.createTempDirectory("hostile-" + c.name() + "-");
    long start = System.nanoTime();
    try (LoopbackTrap trap = new LoopbackTrap()) {
      CaseFolder laid = CaseFolder.lay(c, root, trap);
      StringBuilder output = new StringBuilder();
      Verdict verdict = run(c, laid, output);
      verdict.connections(trap.connections());
      List<Breach> breaches = verdict.breaches();
      TALLY.add(new Tally.Result(c.name(), breaches, Duration.ofNanos(System.nanoTime() - start), output.toString()));
      assertTrue(breaches.isEmpty(), () -> c.name() + " (" + c.what() + "):\n  "
          + breaches.stream().map(Breach::toString).collect(Collectors.joining("\n  "))
          + "\nteikit said:\n" + output.toString().lines().limit(20).collect(Collectors.joining("\n")));
    } finally {
      delete(root);
    }
  }

  /** Runs the case's command, keeping what teikit said in {@code output}, and checks the run. */
  private static Verdict run(HostileCase c, CaseFolder laid, StringBuilder output) throws Exception {
    FolderState inputs = FolderState.of(laid.folder());
    FolderState outside = FolderState.of(laid.bait().folder);
    Verdict verdict = new Verdict();
    try (OpenRecorder recorder = new OpenRecorder()) {
      for (int i = 1; i <= c.runs(); i++) {
        CaseRun run = c.jvm().isEmpty()
            ? CaseRun.inProcess(laid.arguments(c.command()), c.timeout())
            : CaseRun.inJvm(c.name(), laid.arguments(c.command()), c.jvm(), c.timeout());
        verdict.run(c, run, i);
        output.append(run.output());
      }
      verdict.opened(recorder.outside(laid.folder()));
      OPENS.addAndGet(recorder.count());
    }
    FolderState after = FolderState.of(laid.folder());
    verdict.secret(laid.bait(), output.toString(), after);
    verdict.lost(inputs, after, Breach.Kind.SOURCE_LOST);
    verdict.lost(outside, FolderState.of(laid.bait().folder), Breach.Kind.OUTSIDE_LOST);
    verdict.outputs(c, laid.folder());
    return verdict;
  }

  /** Deletes {@code root} and what is in it; symlinks are deleted, never followed. */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
    assertFalse(Files.exists(root));
  }
}
