package org.teikit.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of one revision, in reading order: each a number in the revision's vocabulary (equal
 * words, equal numbers) and the line:col of its first character. A word is made a string once per
 * distinct word as it is read: a volume of 358,000 words holds about 30,000 different ones, and
 * an object per word was most of what a comparison allocated.
 */
public final class Words {
  private int[] ids;
  private int[] lines;
  private int[] columns;
  private int size;
  private final List<String> vocabulary = new ArrayList<>();
  /** Open addressing: slot → word number + 1, 0 when empty; hashed as {@link String#hashCode}. */
  private int[] table = new int[1 << 12];
  /** Where a builder's word is copied to be looked up. */
  private char[] scratch = new char[64];

  /** Room for about {@code expected} words (more are taken too). */
  Words(int expected) {
    int capacity = Math.max(64, expected);
    ids = new int[capacity];
    lines = new int[capacity];
    columns = new int[capacity];
  }

  public int size() {
    return size;
  }

  /** Word {@code i}. */
  public String text(int i) {
    return vocabulary.get(ids[i]);
  }

  /** The number of word {@code i} in this revision's vocabulary. */
  public int id(int i) {
    return ids[i];
  }

  public int line(int i) {
    return lines[i];
  }

  public int column(int i) {
    return columns[i];
  }

  /** The different words, by number. */
  public List<String> vocabulary() {
    return vocabulary;
  }

  /** Words {@code [from, to)} as strings. */
  public List<String> texts(int from, int to) {
    List<String> texts = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      texts.add(text(i));
    }
    return texts;
  }

  /** Adds the word a builder holds (one that ran over several runs of characters), found at line:col. */
  void add(StringBuilder chars, int line, int column) {
    if (scratch.length < chars.length()) {
      scratch = new char[Math.max(chars.length(), scratch.length * 2)];
    }
    chars.getChars(0, chars.length(), scratch, 0);
    add(scratch, 0, chars.length(), line, column);
  }

  /** Adds the word {@code ch[from, from + length)} found at line:col. */
  void add(char[] ch, int from, int length, int line, int column) {
    int hash = 0;
    for (int i = from; i < from + length; i++) {
      hash = 31 * hash + ch[i];
    }
    int mask = table.length - 1;
    int slot = spread(hash) & mask;
    while (table[slot] != 0) {
      String known = vocabulary.get(table[slot] - 1);
      if (known.length() == length && same(known, ch, from)) {
        append(table[slot] - 1, line, column);
        return;
      }
      slot = (slot + 1) & mask;
    }
    String word = new String(ch, from, length);
    vocabulary.add(word);
    table[slot] = vocabulary.size();
    append(vocabulary.size() - 1, line, column);
    if (vocabulary.size() * 2 > table.length) {
      grow();
    }
  }

  private static boolean same(String known, char[] ch, int from) {
    for (int k = 0; k < known.length(); k++) {
      if (known.charAt(k) != ch[from + k]) {
        return false;
      }
    }
    return true;
  }

  private void append(int id, int line, int column) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      lines = Arrays.copyOf(lines, size * 2);
      columns = Arrays.copyOf(columns, size * 2);
    }
    ids[size] = id;
    lines[size] = line;
    columns[size] = column;
    size++;
  }

  private void grow() {
    table = new int[table.length * 2];
    int mask = table.length - 1;
    for (int id = 0; id < vocabulary.size(); id++) {
      int slot = spread(vocabulary.get(id).hashCode()) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = id + 1;
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
