package org.teikit.diff;

import java.util.List;
import java.util.Map;

/**
 * One revision of a document as the comparison sees it: its words in reading order, each with the
 * line:col of its first character, and its elements in document order, each with the words it
 * covers. A word is a run of characters between whitespace (or between the elements that
 * separate words).
 *
 * @param label the file as it is named in reports (a path, or {@code REV:path} for a git revision)
 */
public record Revision(String label, Words words, List<Element> elements) {

  /**
   * An element: its namespace and local name (the prefix is not compared), the name as written
   * (for messages), its attributes by namespace-qualified name, the line:col of its start tag, the
   * words it covers ({@code [firstWord, endWord)}), its parent's index (-1 for the root) and the
   * start of its text content as it came (see {@link #content()}).
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
      String text) {
    /** How much of an element's text is kept for messages. */
    static final int KEPT = 160;


    /** The key that identifies the element's kind whatever its prefix. */
    public String kind() {
      return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }

    public boolean isEmpty() {
      return firstWord == endWord;
    }

    /**
     * The start of the element's text for messages: whitespace collapsed, cut at a space with an
     * ellipsis when there was more (made only for the few elements a report names).
     */
    public String content() {
      StringBuilder collapsed = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!RevisionReader.isSpace(c)) {
          collapsed.append(c);
        } else if (collapsed.length() > 0 && collapsed.charAt(collapsed.length() - 1) != ' ') {
          collapsed.append(' ');
        }
      }
      int end = collapsed.length() > 0 && collapsed.charAt(collapsed.length() - 1) == ' ' ? collapsed.length() - 1 : collapsed.length();
      if (text.length() <= KEPT) {
        return collapsed.substring(0, end);
      }
      int cut = collapsed.lastIndexOf(" ", Math.min(end - 1, KEPT - 20));
      return collapsed.substring(0, cut > 0 ? cut : end) + " …";
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
      sb.append(words.text(i));
    }
    return sb.toString();
  }
}
