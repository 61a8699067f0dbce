package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a Schematron rule context (an XSLT pattern) for the element names it can match: a rule
 * whose context is {@code tei:l//tei:p | tei:ab} can fire only in a document that has a {@code p}
 * or an {@code ab}. Conservative: whatever it cannot read for certain (wildcards, kind tests,
 * parenthesised unions, functions) counts as "may match anything".
 */
final class ContextElements {
  private static final Pattern NAME = Pattern.compile("(?:[\\p{L}_][\\w.\\-]*:)?([\\p{L}_][\\w.\\-]*)");

  private ContextElements() {}

  /**
   * The local names of the elements the pattern can match (the node itself, or the element an
   * attribute pattern's node belongs to); empty when that cannot be told from the text.
   */
  static Optional<Set<String>> of(String pattern) {
    Set<String> names = new TreeSet<>();
    for (String alternative : split(pattern, '|')) {
      Optional<String> name = lastElementStep(withoutPredicates(alternative.strip()));
      if (name.isEmpty()) {
        return Optional.empty();
      }
      names.add(name.get());
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  private static Optional<String> lastElementStep(String path) {
    if (path.startsWith("(")) {
      return Optional.empty();
    }
    List<String> steps = new ArrayList<>();
    for (String step : path.split("/")) {
      if (!step.isBlank()) {
        steps.add(step.strip().replaceFirst("^child::", ""));
      }
    }
    if (!steps.isEmpty() && isAttribute(steps.get(steps.size() - 1))) {
      steps.remove(steps.size() - 1);
    }
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    var name = NAME.matcher(steps.get(steps.size() - 1));
    return name.matches() ? Optional.of(name.group(1)) : Optional.empty();
  }

  private static boolean isAttribute(String step) {
    return step.startsWith("@") || step.startsWith("attribute::");
  }

  /** The pattern with every [...] predicate removed (nested ones and quoted brackets included). */
  static String withoutPredicates(String pattern) {
    int[] depth = nesting(pattern, "[", "]");
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      if (depth[i] == 0) {
        kept.append(pattern.charAt(i));
      }
    }
    return kept.toString();
  }

  /** Splits on a separator that stands outside brackets and parentheses. */
  static List<String> split(String text, char separator) {
    int[] depth = nesting(text, "[(", "])");
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == separator && depth[i] == 0) {
        parts.add(text.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(text.substring(from));
    return parts;
  }

  /**
   * How deeply each character is nested in the given brackets, the brackets themselves counting
   * as inside; within brackets, quoted strings do not open or close any.
   */
  private static int[] nesting(String text, String opening, String closing) {
    int[] depths = new int[text.length()];
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (depth > 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (opening.indexOf(c) >= 0) {
        depth++;
      } else if (closing.indexOf(c) >= 0) {
        depths[i] = depth--;
        continue;
      }
      depths[i] = depth;
    }
    return depths;
  }
}
