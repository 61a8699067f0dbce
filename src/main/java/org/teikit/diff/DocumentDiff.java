package org.teikit.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diff.Change.Kind;
import org.teikit.diff.Change.Place;
import org.teikit.diff.Revision.Attribute;
import org.teikit.diff.Revision.Element;
import org.teikit.diff.WordDiff.Edit;

/**
 * The changes between two revisions of one document. The words are aligned first ({@link
 * WordDiff}); an element of the old revision is the same element in the new one when it has the
 * same namespace and local name and covers the aligned words. What is left over was added or
 * removed, except that an element whose words were all removed in one place and the same element
 * with the same words added in another was moved. A moved note is a change of markup only (its
 * words are not part of the sentence around it); any other element moved took its words along,
 * which is a change of the text as well.
 */
public final class DocumentDiff {
  /** Words of context on each side of a text change. */
  private static final int CONTEXT = 4;
  /** Words of a text change quoted in a message before it is shortened to its first and last few. */
  private static final int QUOTED = 8;

  private final Revision old;
  private final Revision now;
  private final List<Edit> edits;
  /** For each word, whether it is aligned with a word of the other revision. */
  private final boolean[] oldKept;
  private final boolean[] newKept;
  /** For each word, whether it moved with a note (and so is no text change). */
  private final boolean[] oldMoved;
  private final boolean[] newMoved;
  /** Matched elements: old index → new index, and back; -1 when none. */
  private final int[] pairOf;
  private final int[] pairedBy;
  private final int[] movedTo;
  /** The edits inside moved notes, compared where each note is in its revision. */
  private final List<Edit> insideMoves = new ArrayList<>();

  private DocumentDiff(Revision old, Revision now) {
    this.old = old;
    this.now = now;
    int[] alignment = NoteSwaps.corrected(old, now, WordDiff.alignment(old.words(), now.words()));
    this.edits = WordDiff.edits(alignment, now.words().size());
    this.oldKept = filled(old.words().size(), true);
    this.newKept = filled(now.words().size(), true);
    for (Edit e : edits) {
      java.util.Arrays.fill(oldKept, e.oldStart(), e.oldEnd(), false);
      java.util.Arrays.fill(newKept, e.newStart(), e.newEnd(), false);
    }
    this.oldMoved = new boolean[old.words().size()];
    this.newMoved = new boolean[now.words().size()];
    this.pairOf = filled(old.elements().size(), -1);
    this.pairedBy = filled(now.elements().size(), -1);
    this.movedTo = filled(old.elements().size(), -1);
  }

  /** The changes from {@code old} to {@code now}: text and markup, in the order of the new revision. */
  public static List<Change> changes(Revision old, Revision now) {
    DocumentDiff diff = new DocumentDiff(old, now);
    diff.matchMoves();
    diff.matchInPlace();
    List<Ordered> changes = new ArrayList<>();
    diff.textChanges(changes);
    diff.markupChanges(changes);
    changes.sort(Comparator.comparingDouble(Ordered::order));
    return changes.stream().map(Ordered::change).toList();
  }

  private record Ordered(double order, Change change) {}

  // ---- matching elements

  /**
   * Pairs an old element whose words were all removed with a new element of the same kind whose
   * same words were all added elsewhere (a moved note), and their descendants with each other.
   * Only a note's words are then no text change.
   */
  private void matchMoves() {
    Map<String, Deque<Element>> added = new HashMap<>();
    for (Element e : now.elements()) {
      if (!e.isEmpty() && allUnkept(newKept, e) && !insideCandidate(e, now, newKept)) {
        added.computeIfAbsent(moveKey(e, now), k -> new ArrayDeque<>()).add(e);
      }
    }
    if (added.isEmpty()) {
      return;
    }
    for (Element e : old.elements()) {
      if (e.isEmpty() || !allUnkept(oldKept, e) || insideCandidate(e, old, oldKept)) {
        continue;
      }
      Deque<Element> candidates = added.get(moveKey(e, old));
      Element target = candidates == null ? null : candidates.poll();
      if (target == null) {
        continue;
      }
      movedTo[e.index()] = target.index();
      if (NoteSwaps.isNote(e)) {
        // a note stands outside the sentence it is attached to: moving it moves no words of the
        // text, and what changed inside it is compared where it now is; any other element moved
        // takes its words along, and they changed place
        java.util.Arrays.fill(oldMoved, e.firstWord(), e.endWord(), true);
        java.util.Arrays.fill(newMoved, target.firstWord(), target.endWord(), true);
        List<String> from = old.words().texts(e.firstWord(), e.endWord());
        List<String> to = now.words().texts(target.firstWord(), target.endWord());
        for (Edit inner : WordDiff.edits(from, to)) {
          insideMoves.add(new Edit(e.firstWord() + inner.oldStart(), e.firstWord() + inner.oldEnd(),
              target.firstWord() + inner.newStart(), target.firstWord() + inner.newEnd()));
        }
      }
      pair(e, target);
      pairDescendants(e, target);
    }
  }

  /** Whether an ancestor of {@code e} is itself wholly unaligned (then the ancestor moves, not e). */
  private static boolean insideCandidate(Element e, Revision in, boolean[] kept) {
    return e.parent() >= 0 && !in.elements().get(e.parent()).isEmpty() && allUnkept(kept, in.elements().get(e.parent()));
  }

  /** A moved note is known by its xml:id, whatever was corrected in it; anything else by its words. */
  private static String moveKey(Element e, Revision in) {
    Revision.Attribute id = e.attributes().get("xml:id");
    return NoteSwaps.isNote(e) && id != null ? e.kind() + "#" + id.value()
        : e.kind() + "\u0000" + in.text(e.firstWord(), e.endWord());
  }


  /** Within a moved element, descendants are paired by kind and place relative to it. */
  private void pairDescendants(Element from, Element to) {
    Map<String, Deque<Element>> inside = new HashMap<>();
    for (int i = to.index() + 1; i < now.elements().size() && within(now.elements().get(i), to, now); i++) {
      Element d = now.elements().get(i);
      inside.computeIfAbsent(relativeKey(d, to), k -> new ArrayDeque<>()).add(d);
    }
    for (int i = from.index() + 1; i < old.elements().size() && within(old.elements().get(i), from, old); i++) {
      Element d = old.elements().get(i);
      Deque<Element> same = inside.get(relativeKey(d, from));
      if (same != null && !same.isEmpty()) {
        pair(d, same.poll());
      }
    }
  }

  private static String relativeKey(Element d, Element root) {
    return d.kind() + "\u0000" + (d.firstWord() - root.firstWord()) + "\u0000" + (d.endWord() - root.firstWord());
  }

  /** Whether {@code d} (later in document order than {@code root}) lies inside it. */
  private static boolean within(Element d, Element root, Revision in) {
    for (int p = d.parent(); p >= 0; p = in.elements().get(p).parent()) {
      if (p == root.index()) {
        return true;
      }
      if (p < root.index()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Pairs the remaining elements by kind and the aligned words they cover: the old element's
   * first and last word boundaries mapped into the new revision through the edits.
   */
  private void matchInPlace() {
    Map<Key, Deque<Element>> byPlace = new HashMap<>();
    for (Element e : now.elements()) {
      if (pairedBy[e.index()] < 0) {
        byPlace.computeIfAbsent(new Key(e.kind(), e.firstWord(), e.endWord()), k -> new ArrayDeque<>()).add(e);
      }
    }
    for (Element e : old.elements()) {
      if (pairOf[e.index()] >= 0) {
        continue;
      }
      search:
      for (int start : mapped(e.firstWord())) {
        for (int end : e.isEmpty() ? new int[] {start} : mapped(e.endWord())) {
          Deque<Element> same = byPlace.get(new Key(e.kind(), start, end));
          Element match = same == null ? null : same.poll();
          if (match != null) {
            pair(e, match);
            break search;
          }
        }
      }
    }
  }

  private record Key(String kind, int firstWord, int endWord) {}

  /**
   * Where the boundary before old word {@code p} lies in the new revision: one place outside any
   * edit, both ends of an addition made there, the matching place inside a replacement of as many
   * words, and nowhere inside any other edit.
   */
  private int[] mapped(int p) {
    int delta = 0;
    for (Edit e : editsFrom(p)) {
      if (p < e.oldStart()) {
        break;
      }
      if (p == e.oldStart() && e.isAddition()) {
        return new int[] {e.newStart(), e.newEnd()};
      }
      if (p == e.oldStart()) {
        return new int[] {e.newStart()};
      }
      if (p == e.oldEnd()) {
        return new int[] {e.newEnd()};
      }
      if (p < e.oldEnd()) {
        boolean sameLength = e.oldEnd() - e.oldStart() == e.newEnd() - e.newStart();
        return sameLength ? new int[] {e.newStart() + p - e.oldStart()} : new int[0];
      }
      delta = e.newEnd() - e.oldEnd();
    }
    return new int[] {p + delta};
  }

  /** The edits from the last one that starts at or before {@code p} on (binary search). */
  private List<Edit> editsFrom(int p) {
    int lo = 0;
    int hi = edits.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (edits.get(mid).oldStart() <= p) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return edits.subList(Math.max(0, lo - 1), edits.size());
  }

  private void pair(Element from, Element to) {
    pairOf[from.index()] = to.index();
    pairedBy[to.index()] = from.index();
  }

  // ---- text changes

  private void textChanges(List<Ordered> out) {
    for (Edit e : insideMoves) {
      out.add(textChange(e.oldStart(), e.oldEnd(), e.newStart(), e.newEnd()));
    }
    for (Edit e : edits) {
      List<int[]> removed = runs(e.oldStart(), e.oldEnd(), oldMoved);
      List<int[]> added = runs(e.newStart(), e.newEnd(), newMoved);
      if (removed.size() <= 1 && added.size() <= 1 && !(removed.isEmpty() && added.isEmpty())) {
        int[] r = removed.isEmpty() ? new int[] {e.oldStart(), e.oldStart()} : removed.get(0);
        int[] a = added.isEmpty() ? new int[] {e.newStart(), e.newStart()} : added.get(0);
        out.add(textChange(r[0], r[1], a[0], a[1]));
      } else {
        removed.forEach(r -> out.add(textChange(r[0], r[1], e.newStart(), e.newStart())));
        added.forEach(a -> out.add(textChange(e.oldStart(), e.oldStart(), a[0], a[1])));
      }
    }
  }

  /** The runs of words in {@code [from, to)} that did not move with an element. */
  private static List<int[]> runs(int from, int to, boolean[] moved) {
    List<int[]> runs = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && moved[i]) {
        i++;
      }
      int start = i;
      while (i < to && !moved[i]) {
        i++;
      }
      if (i > start) {
        runs.add(new int[] {start, i});
      }
    }
    return runs;
  }

  private Ordered textChange(int os, int oe, int ns, int ne) {
    Place before = place(old, os);
    Place after = place(now, ns);
    String removed = old.text(os, oe);
    String added = now.text(ns, ne);
    Kind kind = os == oe ? Kind.TEXT_ADDED : ns == ne ? Kind.TEXT_REMOVED : Kind.TEXT_REPLACED;
    Revision shown = kind == Kind.TEXT_REMOVED ? old : now;
    int start = kind == Kind.TEXT_REMOVED ? os : ns;
    int end = kind == Kind.TEXT_REMOVED ? oe : ne;
    String contextBefore = shown.text(start - CONTEXT, start);
    String contextAfter = shown.text(end, end + CONTEXT);
    String message = switch (kind) {
      case TEXT_ADDED -> Catalogue.text("diff.text-added", shorten(added), contextBefore, contextAfter);
      case TEXT_REMOVED -> Catalogue.text("diff.text-removed", shorten(removed), contextBefore, contextAfter);
      default -> Catalogue.text("diff.text-replaced", shorten(removed), shorten(added), contextBefore, contextAfter);
    };
    return new Ordered(ns + 0.5, new Change(kind, before, after, null, kind == Kind.TEXT_ADDED ? null : removed,
        kind == Kind.TEXT_REMOVED ? null : added, contextBefore, contextAfter, message.replace("  ", " ")));
  }

  /** The place of word {@code i}, or just after the last word when there is none there. */
  private static Place place(Revision in, int i) {
    Words words = in.words();
    if (words.size() == 0) {
      return new Place(1, 1);
    }
    int w = Math.min(i, words.size() - 1);
    return new Place(words.line(w), words.column(w) + (i >= words.size() ? words.text(w).length() : 0));
  }

  // ---- markup changes

  private void markupChanges(List<Ordered> out) {
    for (Element e : old.elements()) {
      int paired = pairOf[e.index()];
      if (paired < 0) {
        if (!insideUnmatchedText(e, old, oldKept, pairOf)) {
          out.add(new Ordered(first(mapped(e.firstWord()), e.firstWord()) + 0.25, removed(e)));
        }
        continue;
      }
      Element to = now.elements().get(paired);
      if (movedTo[e.index()] >= 0) {
        out.add(new Ordered(to.firstWord() + 0.25, moved(e, to)));
      }
      attributeChanges(e, to, out);
    }
    for (Element e : now.elements()) {
      if (pairedBy[e.index()] < 0 && !insideUnmatchedText(e, now, newKept, pairedBy)) {
        out.add(new Ordered(e.firstWord() + 0.25, added(e)));
      }
    }
  }

  /**
   * Whether {@code e} lies inside an unmatched element whose words are all new or all gone: a
   * passage added or removed as a whole is told once, by its outermost element.
   */
  private static boolean insideUnmatchedText(Element e, Revision in, boolean[] kept, int[] pairs) {
    int p = e.parent();
    return p >= 0 && pairs[p] < 0 && !in.elements().get(p).isEmpty() && allUnkept(kept, in.elements().get(p));
  }

  private Change added(Element e) {
    Place at = new Place(e.line(), e.column());
    String message = e.isEmpty()
        ? Catalogue.text("diff.element-added-empty", e.name(), now.text(e.firstWord(), e.firstWord() + CONTEXT))
        : Catalogue.text("diff.element-added", e.name(), e.content());
    return new Change(Kind.ELEMENT_ADDED, null, at, e.name(), null, e.content(),
        now.text(e.firstWord() - CONTEXT, e.firstWord()), now.text(e.endWord(), e.endWord() + CONTEXT), message);
  }

  private Change removed(Element e) {
    Place at = new Place(e.line(), e.column());
    String message = e.isEmpty()
        ? Catalogue.text("diff.element-removed-empty", e.name(), old.text(e.firstWord(), e.firstWord() + CONTEXT))
        : Catalogue.text("diff.element-removed", e.name(), e.content());
    return new Change(Kind.ELEMENT_REMOVED, at, null, e.name(), e.content(), null,
        old.text(e.firstWord() - CONTEXT, e.firstWord()), old.text(e.endWord(), e.endWord() + CONTEXT), message);
  }

  private Change moved(Element from, Element to) {
    Place before = new Place(from.line(), from.column());
    Place after = new Place(to.line(), to.column());
    return new Change(Kind.ELEMENT_MOVED, before, after, to.name(), from.content(), to.content(),
        now.text(to.firstWord() - CONTEXT, to.firstWord()), now.text(to.endWord(), to.endWord() + CONTEXT),
        Catalogue.text("diff.element-moved", to.name(), before, after, to.content()));
  }

  private void attributeChanges(Element from, Element to, List<Ordered> out) {
    if (from.attributes().equals(to.attributes())) {
      return;
    }
    TreeSet<String> names = new TreeSet<>(from.attributes().keySet());
    names.addAll(to.attributes().keySet());
    Place before = new Place(from.line(), from.column());
    Place after = new Place(to.line(), to.column());
    for (String name : names) {
      Attribute was = from.attributes().get(name);
      Attribute is = to.attributes().get(name);
      if (was != null && is != null && was.value().equals(is.value())) {
        continue;
      }
      String shown = (is != null ? is : was).name();
      String subject = to.name() + "/@" + shown;
      Change change;
      if (was == null) {
        change = new Change(Kind.ATTRIBUTE_ADDED, before, after, subject, null, is.value(), null, null,
            Catalogue.text("diff.attribute-added", to.name(), shown, is.value()));
      } else if (is == null) {
        change = new Change(Kind.ATTRIBUTE_REMOVED, before, after, subject, was.value(), null, null, null,
            Catalogue.text("diff.attribute-removed", to.name(), shown, was.value()));
      } else {
        change = new Change(Kind.ATTRIBUTE_CHANGED, before, after, subject, was.value(), is.value(), null, null,
            Catalogue.text("diff.attribute-changed", to.name(), shown, was.value(), is.value()));
      }
      out.add(new Ordered(to.firstWord() + 0.375, change));
    }
  }

  // ---- helpers

  private static String shorten(String words) {
    String[] split = words.split(" ");
    if (split.length <= QUOTED) {
      return words;
    }
    int half = QUOTED / 2;
    return String.join(" ", java.util.Arrays.copyOfRange(split, 0, half)) + " … "
        + String.join(" ", java.util.Arrays.copyOfRange(split, split.length - half, split.length));
  }

  private static boolean allUnkept(boolean[] kept, Element e) {
    for (int i = e.firstWord(); i < e.endWord(); i++) {
      if (kept[i]) {
        return false;
      }
    }
    return true;
  }

  private static int first(int[] places, int otherwise) {
    return places.length > 0 ? places[0] : otherwise;
  }

  private static boolean[] filled(int n, boolean value) {
    boolean[] a = new boolean[n];
    java.util.Arrays.fill(a, value);
    return a;
  }

  private static int[] filled(int n, int value) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, value);
    return a;
  }
}
