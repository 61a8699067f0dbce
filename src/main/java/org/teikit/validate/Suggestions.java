package org.teikit.validate;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …": the closest known id by edit distance, when it is close enough to help. */
final class Suggestions {
  private Suggestions() {}

  static Optional<String> closest(String wanted, Collection<String> known) {
    int limit = Math.max(1, Math.min(3, wanted.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      if (Math.abs(candidate.length() - wanted.length()) > limit) {
        continue;
      }
      int d = distance(wanted, candidate, Math.min(limit, bestDistance));
      if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    return distance(a, b, Integer.MAX_VALUE - 1);
  }

  /**
   * Levenshtein distance, or {@code cutoff + 1} as soon as it is certain to exceed
   * {@code cutoff}: a corpus may have hundreds of unresolved pointers and thousands of ids.
   */
  static int distance(String a, String b, int cutoff) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > cutoff) {
        return cutoff + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
