package org.teikit.diff;

import java.util.List;
import java.util.Map;

/**
 * One revision of a document as the comparison sees it: its words in reading order, each with the
 * line:col of its first character, and its elements in document order, each with the words it
 * covers.
 *
 * @param label the file as it is named in reports (a path, or {@code REV:path} for a git revision)
 */
public record Revision(String label, List<Word> words, List<Element> elements) {

  /** A word: a run of characters between whitespace (or between the elements that separate words). */
  public record Word(String text, int line, int column) {}

  /**
   * An element: its namespace and local name (the prefix is not compared), the name as written
   * (for messages), its attributes by namespace-qualified name, the line:col of its start tag, the
   * words it covers ({@code [firstWord, endWord)}), its parent's index (-1 for the root) and the
   * start of its text content, whitespace collapsed, for messages.
   */
  public record Element(
      int index,
      String namespace,
      String localName,
      String name,
      Map<String, Attribute> attributes,
      int line,
      int column,
      int firstWord,
      int endWord,
      int parent,
      String content) {

    /** The key that identifies the element's kind whatever its prefix. */
    public String kind() {
      return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }

    public boolean isEmpty() {
      return firstWord == endWord;
    }
  }

  /** An attribute: its name as written (for messages) and its value. */
  public record Attribute(String name, String value) {}

  /** The words {@code [from, to)} joined by single spaces. */
  public String text(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(words.get(i).text());
    }
    return sb.toString();
  }
}
