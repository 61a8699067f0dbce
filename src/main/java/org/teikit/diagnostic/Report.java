package org.teikit.diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The outcome of validating a set of files: the files checked, in order, and their findings
 * sorted by {@link Diagnostic#ORDER}, at most {@value FindingsCap#PER_RULE} per rule and file.
 */
public record Report(List<Path> files, List<Diagnostic> diagnostics) {

  public Report {
    files = files.stream().sorted().distinct().toList();
    // findings that did not pass through a sink (pointers, checked across files) are capped here
    diagnostics = FindingsCap.capped(diagnostics).stream().sorted(Diagnostic.ORDER).toList();
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Findings per file, every checked file present (with an empty list when clean). */
  public Map<Path, List<Diagnostic>> byFile() {
    Map<Path, List<Diagnostic>> map = new TreeMap<>();
    files.forEach(f -> map.put(f, new java.util.ArrayList<>()));
    diagnostics.forEach(d -> map.computeIfAbsent(d.file(), k -> new java.util.ArrayList<>()).add(d));
    return map;
  }

  /** The line printed last by the text report. */
  public String summary() {
    return files.size() + (files.size() == 1 ? " file, " : " files, ")
        + plural(count(Severity.ERROR), "error") + ", "
        + plural(count(Severity.WARNING), "warning");
  }

  /** "1 error", "2 errors": a count with its noun, for every summary line teikit prints. */
  public static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** Diagnostics grouped by rule and message, for spotting systemic problems. */
  public Map<String, List<Diagnostic>> groupedByRule() {
    return diagnostics.stream()
        .collect(Collectors.groupingBy(d -> d.rule() + "\u0000" + d.message(), TreeMap::new, Collectors.toList()));
  }
}
