package org.teikit.hostile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One hostile case as its folder describes it in {@code case.properties}: the command a user or an
 * attacker runs, what teikit must answer, and what the runner makes beside the committed files.
 * The keys are listed in {@code src/test/resources/hostile/README.md}.
 */
record HostileCase(
    String name,
    Path folder,
    String what,
    List<String> command,
    int exit,
    Pattern message,
    Optional<Pattern> unsaid,
    int runs,
    Duration timeout,
    int maxLines,
    List<String> jvm,
    List<String> makes,
    List<String> creates,
    List<Forbidden> forbidden) {

  static final String FILE = "case.properties";

  /** Text that must not appear in the output files whose path (relative to the case) matches {@code files}. */
  record Forbidden(Pattern files, Pattern text) {}

  static HostileCase read(Path folder) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return new HostileCase(
        folder.getFileName().toString(),
        folder,
        required(p, "what"),
        Arrays.asList(required(p, "command").trim().split("\\s+")),
        Integer.parseInt(required(p, "exit")),
        Pattern.compile(required(p, "message")),
        Optional.ofNullable(p.getProperty("unsaid")).map(Pattern::compile),
        Integer.parseInt(p.getProperty("runs", "1")),
        Duration.ofSeconds(Long.parseLong(p.getProperty("timeout", "60"))),
        Integer.parseInt(p.getProperty("maxLines", "400")),
        Arrays.stream(p.getProperty("jvm", "").split("\\s+")).filter(s -> !s.isEmpty()).toList(),
        numbered(p, "make"),
        list(p.getProperty("creates", "")),
        numbered(p, "forbid").stream().map(HostileCase::forbidden).toList());
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(FILE + " has no " + key);
    }
    return value;
  }

  /** The values of {@code key.1}, {@code key.2} ... in their numbers' order. */
  private static List<String> numbered(Properties p, String key) {
    TreeSet<Integer> numbers = new TreeSet<>();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith(key + ".")) {
        numbers.add(Integer.parseInt(k.substring(key.length() + 1)));
      }
    }
    List<String> values = new ArrayList<>();
    numbers.forEach(n -> values.add(p.getProperty(key + "." + n).trim()));
    return values;
  }

  private static List<String> list(String value) {
    return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
  }

  /** {@code forbid.N = FILES-REGEX | TEXT-REGEX}. */
  private static Forbidden forbidden(String value) {
    int bar = value.indexOf(" | ");
    if (bar < 0) {
      throw new IllegalArgumentException("forbid needs 'FILES | TEXT': " + value);
    }
    return new Forbidden(Pattern.compile(value.substring(0, bar).trim()), Pattern.compile(value.substring(bar + 3).trim()));
  }
}
