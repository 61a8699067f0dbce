package org.teikit.diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the first {@value #PER_RULE} findings of one rule in one file and counts the rest, which
 * become one line, "… and N more like this". A file with a million stray attributes made a
 * million findings: gigabytes of memory and a report nobody reads. A rule is the check and its
 * code ({@code sch/letter-no-shouting}) or, for a check without codes, the shape of the message:
 * its quoted names and numbers left out, so "attribute "a1" not allowed here" and "attribute "a2"
 * not allowed here" are one rule. Not thread-safe; {@link DiagnosticSink} guards it.
 */
public final class FindingsCap {
  /** Findings kept per rule and file. */
  public static final int PER_RULE = 100;

  private record Rule(Path file, Severity severity, Check check, String codeOrShape) {}

  private final Map<Rule, Integer> seen = new LinkedHashMap<>();
  /** The first finding left out of each rule that overflowed: where its summary line stands. */
  private final Map<Rule, Diagnostic> firstOmitted = new LinkedHashMap<>();

  /** Whether to keep {@code finding}; counts it either way. */
  boolean admit(Diagnostic finding) {
    Rule rule = ruleOf(finding);
    int count = seen.merge(rule, 1, Integer::sum);
    if (count > PER_RULE) {
      firstOmitted.putIfAbsent(rule, finding);
      return false;
    }
    return true;
  }

  /** One line per rule that overflowed, at the place of its first finding left out. */
  List<Diagnostic> omissions() {
    List<Diagnostic> lines = new ArrayList<>();
    firstOmitted.forEach((rule, first) -> {
      int more = seen.get(rule) - PER_RULE;
      lines.add(new Diagnostic(first.file(), first.line(), first.column(), first.severity(), first.check(),
          first.code(), first.role(), "… and " + more + " more like this"));
    });
    return lines;
  }

  /** {@code findings} with the cap applied: those kept, in their order, then the summary lines. */
  public static List<Diagnostic> capped(List<Diagnostic> findings) {
    FindingsCap cap = new FindingsCap();
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic finding : findings) {
      if (cap.admit(finding)) {
        kept.add(finding);
      }
    }
    kept.addAll(cap.omissions());
    return kept;
  }

  private static Rule ruleOf(Diagnostic d) {
    return new Rule(d.file(), d.severity(), d.check(), d.code() != null ? d.code() : shape(d.message()));
  }

  /**
   * The message with what stands in quotes and every number left out: one pass over it, no
   * regular expression, as a flood runs this a million times.
   */
  static String shape(String message) {
    StringBuilder shape = new StringBuilder(message.length());
    char closing = 0;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (closing != 0) {
        if (c == closing) {
          shape.append(c);
          closing = 0;
        }
      } else if (c == '"' || c == '\'' || c == '“') {
        closing = c == '“' ? '”' : c;
        shape.append(c);
      } else if (c >= '0' && c <= '9') {
        if (shape.length() == 0 || shape.charAt(shape.length() - 1) != '0') {
          shape.append('0');
        }
      } else {
        shape.append(c);
      }
    }
    return shape.toString();
  }
}
