package org.teikit.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two sequences of words, as the few edits that turn one into the other.
 * Words that occur once in both sequences anchor the alignment (the longest run of them in the
 * same order, as patience diff does), and Myers' O(ND) algorithm aligns what lies between two
 * anchors; common prefixes and suffixes are set aside first. So a large document with a few
 * changes costs about one pass over its words, and a moved passage is one removal and one
 * addition rather than a cascade of small ones.
 */
public final class WordDiff {
  /** Beyond this many differences between two anchors, the span is one replacement. */
  private static final int MAX_EDITS = 2_000;

  /**
   * One edit: the words {@code [oldStart, oldEnd)} of the old sequence become {@code [newStart,
   * newEnd)} of the new one; an empty old range is an addition, an empty new range a removal.
   */
  public record Edit(int oldStart, int oldEnd, int newStart, int newEnd) {
    public boolean isAddition() {
      return oldStart == oldEnd;
    }

    public boolean isRemoval() {
      return newStart == newEnd;
    }
  }

  private final int[] a;
  private final int[] b;
  /** For each old word, the new word it is aligned with, or -1. */
  private final int[] matched;
  /** How many different words there are: word numbers run from 0 to it. */
  private final int vocabulary;

  private WordDiff(int[] a, int[] b, int vocabulary) {
    this.a = a;
    this.b = b;
    this.vocabulary = vocabulary;
    this.matched = new int[a.length];
    java.util.Arrays.fill(matched, -1);
  }

  /** The edits that turn {@code oldWords} into {@code newWords}, in order. */
  public static List<Edit> edits(List<String> oldWords, List<String> newWords) {
    return edits(alignment(oldWords, newWords), newWords.size());
  }

  /** For each old word, the index of the new word it is aligned with, or -1; increasing. */
  public static int[] alignment(List<String> oldWords, List<String> newWords) {
    Map<String, Integer> ids = new HashMap<>(Math.max(16, oldWords.size() / 2));
    int[] a = ids(oldWords, ids);
    int[] b = ids(newWords, ids);
    return align(a, b, ids.size());
  }

  /**
   * As {@link #alignment(List, List)} for two revisions' words, already numbered as they were
   * read: only the new revision's vocabulary is looked up in the old one's.
   */
  public static int[] alignment(Words oldWords, Words newWords) {
    Map<String, Integer> ids = new HashMap<>(oldWords.vocabulary().size() * 2);
    List<String> known = oldWords.vocabulary();
    for (int id = 0; id < known.size(); id++) {
      ids.put(known.get(id), id);
    }
    int[] translated = ids(newWords.vocabulary(), ids);
    int[] a = new int[oldWords.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = oldWords.id(i);
    }
    int[] b = new int[newWords.size()];
    for (int j = 0; j < b.length; j++) {
      b[j] = translated[newWords.id(j)];
    }
    return align(a, b, ids.size());
  }

  private static int[] align(int[] a, int[] b, int vocabulary) {
    WordDiff diff = new WordDiff(a, b, vocabulary);
    diff.align(0, a.length, 0, b.length);
    return diff.matched;
  }

  private static int[] ids(List<String> words, Map<String, Integer> ids) {
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      String word = words.get(i);
      Integer id = ids.get(word);
      if (id == null) {
        id = ids.size();
        ids.put(word, id);
      }
      out[i] = id;
    }
    return out;
  }

  /** The edits an alignment leaves: the runs of words on either side aligned with none. */
  public static List<Edit> edits(int[] matched, int newLength) {
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < matched.length || j < newLength) {
      if (i < matched.length && matched[i] == j) {
        i++;
        j++;
        continue;
      }
      int oi = i;
      int oj = j;
      while (i < matched.length && matched[i] < 0) {
        i++;
      }
      j = i < matched.length ? matched[i] : newLength;
      edits.add(new Edit(oi, i, oj, j));
    }
    return edits;
  }

  /** Aligns {@code a[a0, a1)} with {@code b[b0, b1)}, marking matched words. */
  private void align(int a0, int a1, int b0, int b1) {
    while (a0 < a1 && b0 < b1 && a[a0] == b[b0]) {
      matched[a0++] = b0++;
    }
    while (a0 < a1 && b0 < b1 && a[a1 - 1] == b[b1 - 1]) {
      matched[--a1] = --b1;
    }
    if (a0 == a1 || b0 == b1) {
      return;
    }
    int[][] anchors = anchors(a0, a1, b0, b1);
    if (anchors.length == 0) {
      myers(a0, a1, b0, b1);
      return;
    }
    int pa = a0;
    int pb = b0;
    for (int[] anchor : anchors) {
      align(pa, anchor[0], pb, anchor[1]);
      matched[anchor[0]] = anchor[1];
      pa = anchor[0] + 1;
      pb = anchor[1] + 1;
    }
    align(pa, a1, pb, b1);
  }

  /**
   * The words that occur exactly once in each range, paired, and of those the longest run whose
   * positions increase in both (patience sorting): pairs {@code {i, j}} in order.
   */
  private int[][] anchors(int a0, int a1, int b0, int b1) {
    List<int[]> unique = (a1 - a0) + (b1 - b0) > vocabulary / 4
        ? uniqueByArrays(a0, a1, b0, b1) : uniqueByMap(a0, a1, b0, b1);
    if (unique.isEmpty()) {
      return new int[0][];
    }
    // longest increasing subsequence of the new positions, with back links
    int n = unique.size();
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int j = unique.get(k)[1];
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (unique.get(tails[mid])[1] < j) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      length = Math.max(length, lo + 1);
    }
    int[][] run = new int[length][];
    for (int k = tails[length - 1], r = length - 1; k >= 0; k = previous[k], r--) {
      run[r] = unique.get(k);
    }
    return run;
  }

  /** The words that occur once in each range, as {@code {i, j}} in old order; counted in arrays (a long range). */
  private List<int[]> uniqueByArrays(int a0, int a1, int b0, int b1) {
    int[] inA = new int[vocabulary];
    int[] inB = new int[vocabulary];
    int[] whereB = new int[vocabulary];
    for (int i = a0; i < a1; i++) {
      inA[a[i]]++;
    }
    for (int j = b0; j < b1; j++) {
      inB[b[j]]++;
      whereB[b[j]] = j;
    }
    List<int[]> unique = new ArrayList<>();
    for (int i = a0; i < a1; i++) {
      if (inA[a[i]] == 1 && inB[a[i]] == 1) {
        unique.add(new int[] {i, whereB[a[i]]});
      }
    }
    return unique;
  }

  /** As {@link #uniqueByArrays}, counted in a map (a short range among many words). */
  private List<int[]> uniqueByMap(int a0, int a1, int b0, int b1) {
    Map<Integer, int[]> seen = new HashMap<>();
    for (int i = a0; i < a1; i++) {
      int[] s = seen.computeIfAbsent(a[i], k -> new int[] {0, 0, -1});
      s[0]++;
    }
    for (int j = b0; j < b1; j++) {
      int[] s = seen.get(b[j]);
      if (s != null) {
        s[1]++;
        s[2] = j;
      }
    }
    List<int[]> unique = new ArrayList<>();
    for (int i = a0; i < a1; i++) {
      int[] s = seen.get(a[i]);
      if (s[0] == 1 && s[1] == 1) {
        unique.add(new int[] {i, s[2]});
      }
    }
    return unique;
  }

  /**
   * Myers' greedy algorithm on {@code a[a0, a1)} and {@code b[b0, b1)}, which share no first or
   * last word; past {@link #MAX_EDITS} differences the span is left unmatched (one replacement).
   */
  private void myers(int a0, int a1, int b0, int b1) {
    int n = a1 - a0;
    int m = b1 - b0;
    int max = Math.min(n + m, MAX_EDITS);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      trace.add(java.util.Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
            ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a[a0 + x] == b[b0 + y]) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          backtrack(trace, a0, b0, n, m, d);
          return;
        }
      }
    }
  }

  /** Walks the saved frontiers back from the end, marking the diagonal (matched) moves. */
  private void backtrack(List<int[]> trace, int a0, int b0, int n, int m, int dEnd) {
    int x = n;
    int y = m;
    for (int d = dEnd; d > 0; d--) {
      int[] v = trace.get(d);
      // v holds the frontier before step d, for diagonals -d-1 .. d+1
      int base = d + 1;
      int k = x - y;
      int prevK = k == -d || (k != d && v[base + k - 1] < v[base + k + 1]) ? k + 1 : k - 1;
      int prevX = v[base + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
        matched[a0 + x] = b0 + y;
      }
      x = prevX;
      y = prevY;
    }
    while (x > 0 && y > 0) {
      x--;
      y--;
      matched[a0 + x] = b0 + y;
    }
  }
}
