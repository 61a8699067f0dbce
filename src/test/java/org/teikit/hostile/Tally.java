package org.teikit.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's figures: cases tried and held, files read outside the inputs, connections made,
 * files lost; written to {@code target/hostile-suite.txt} and printed at the end of the run.
 */
final class Tally {
  record Result(String name, List<Breach> breaches, Duration time, String said) {
    boolean held() {
      return breaches.isEmpty();
    }
  }

  private final List<Result> results = new ArrayList<>();

  synchronized int size() {
    return results.size();
  }

  synchronized void add(Result r) {
    results.add(r);
  }

  synchronized String report() {
    StringBuilder s = new StringBuilder();
    long held = results.stream().filter(Result::held).count();
    s.append(String.format("hostile suite: %d cases tried, %d held, %d failed%n", results.size(), held,
        results.size() - held));
    s.append(String.format("  cases that read a file outside their inputs: %d%n",
        count(b -> b.kind().readsOutside())));
    s.append(String.format("  cases that connected to the network: %d%n",
        count(b -> b.kind() == Breach.Kind.CONNECTION)));
    s.append(String.format("  cases that lost files (inputs or others changed or deleted): %d (%d files)%n",
        count(b -> b.kind().losesFiles()),
        results.stream().flatMap(r -> r.breaches().stream()).filter(b -> b.kind().losesFiles()).count()));
    s.append(String.format("  cases that hung: %d; showed a stack trace or Java wording: %d%n",
        count(b -> b.kind() == Breach.Kind.HANG), count(b -> b.kind() == Breach.Kind.JAVA_WORDING)));
    for (Result r : results) {
      s.append(String.format("%-34s %-6s %5.1f s  %s%n", r.name(), r.held() ? "held" : "FAILED",
          r.time().toMillis() / 1000.0, r.held() ? "" : r.breaches().stream()
              .map(b -> b.kind().name()).distinct().toList()));
    }
    return s.toString();
  }

  /** The figures, then what teikit said in each case (its first lines), for reading the run. */
  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder s = new StringBuilder(report()).append("\nWhat teikit said:\n");
    synchronized (this) {
      for (Result r : results) {
        s.append(r.name()).append(":\n");
        r.said().lines().limit(4).forEach(l -> s.append("    ").append(l).append('\n'));
      }
    }
    Files.writeString(file, s.toString());
  }

  private long count(java.util.function.Predicate<Breach> kind) {
    return results.stream().filter(r -> r.breaches().stream().anyMatch(kind)).count();
  }
}
