package org.teikit.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teikit.diff.Revision.Element;

/**
 * Corrects a word alignment where a note moved over fewer words than it holds. The shortest
 * alignment then keeps the note in place and moves the words it passed over: they show as
 * removed on one side of it and added on the other. A note is not part of the sentence it is
 * attached to, so the alignment is turned round: those words stay aligned and the note moves.
 * Words that swap places with anything but a note stay a change of the text.
 */
final class NoteSwaps {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";
  /** How far an edit among equal words may be slid to find where it meets a note. */
  private static final int SLIDE = 20;

  private NoteSwaps() {}

  static boolean isNote(Element e) {
    return e.localName().equals("note") && e.namespace().equals(TEI);
  }

  /** {@code matched} (old word → new word, or -1) with every note swapped over words moved instead. */
  static int[] corrected(Revision old, Revision now, int[] matched) {
    Map<Integer, Element> oldEndingAt = new HashMap<>();
    Map<Integer, Element> oldStartingAt = new HashMap<>();
    Map<Integer, Element> newEndingAt = new HashMap<>();
    Map<Integer, Element> newStartingAt = new HashMap<>();
    notes(old, oldStartingAt, oldEndingAt);
    notes(now, newStartingAt, newEndingAt);
    if (oldStartingAt.isEmpty() || newStartingAt.isEmpty()) {
      return matched;
    }
    List<WordDiff.Edit> edits = WordDiff.edits(matched, now.words().size());
    List<WordDiff.Edit> additions = edits.stream().filter(WordDiff.Edit::isAddition).toList();
    int[] corrected = matched.clone();
    boolean changed = false;
    for (WordDiff.Edit removal : edits) {
      if (!removal.isRemoval()) {
        continue;
      }
      String words = old.text(removal.oldStart(), removal.oldEnd());
      search:
      for (WordDiff.Edit addition : additions) {
        if (addition.newEnd() - addition.newStart() != removal.oldEnd() - removal.oldStart()
            || !words.equals(now.text(addition.newStart(), addition.newEnd()))) {
          continue;
        }
        for (int[] r : windows(old, removal.oldStart(), removal.oldEnd())) {
          for (int[] a : windows(now, addition.newStart(), addition.newEnd())) {
            // old: note, then the words; new: the words, then the note (or the other way round)
            Element from = oldEndingAt.get(r[0]);
            Element to = newStartingAt.get(a[1]);
            if (from == null || to == null) {
              from = oldStartingAt.get(r[1]);
              to = newEndingAt.get(a[0]);
            }
            if (from != null && to != null && alignedInto(matched, from, to)) {
              for (int i = from.firstWord(); i < from.endWord(); i++) {
                corrected[i] = -1;
              }
              for (int i = 0; i < r[1] - r[0]; i++) {
                corrected[r[0] + i] = a[0] + i;
              }
              changed = true;
              break search;
            }
          }
        }
      }
    }
    return changed && increasing(corrected) ? corrected : matched;
  }

  private static void notes(Revision in, Map<Integer, Element> startingAt, Map<Integer, Element> endingAt) {
    for (Element e : in.elements()) {
      if (isNote(e) && !e.isEmpty()) {
        startingAt.putIfAbsent(e.firstWord(), e);
        endingAt.put(e.endWord(), e);
      }
    }
  }

  /** Whether the old note's words that are aligned at all are aligned into the new note. */
  private static boolean alignedInto(int[] matched, Element from, Element to) {
    int inside = 0;
    for (int i = from.firstWord(); i < from.endWord(); i++) {
      if (matched[i] >= 0) {
        if (matched[i] < to.firstWord() || matched[i] >= to.endWord()) {
          return false;
        }
        inside++;
      }
    }
    return inside > 0;
  }

  /** The ranges equal to {@code [from, to)} that it slides to among equal neighbouring words. */
  private static List<int[]> windows(Revision in, int from, int to) {
    List<int[]> windows = new ArrayList<>();
    windows.add(new int[] {from, to});
    Words w = in.words();
    for (int k = 1; k <= SLIDE && from - k >= 0 && w.id(from - k) == w.id(to - k); k++) {
      windows.add(new int[] {from - k, to - k});
    }
    for (int k = 0; k < SLIDE && to + k < w.size() && w.id(from + k) == w.id(to + k); k++) {
      windows.add(new int[] {from + k + 1, to + k + 1});
    }
    return windows;
  }

  /** Whether the aligned words keep their order (a correction that crossed another is dropped). */
  private static boolean increasing(int[] matched) {
    int last = -1;
    for (int j : matched) {
      if (j >= 0) {
        if (j <= last) {
          return false;
        }
        last = j;
      }
    }
    return true;
  }
}
