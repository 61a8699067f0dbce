package org.teikit.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Golden files a person can review: an output tree written one element a line, indented, and
 * compared as text, so that a changed expectation is a small diff and any change of text,
 * attribute, element or meaningful whitespace fails.
 *
 * <p>The form: an element whose children are elements only (no text at all, not even
 * whitespace) has each child on a line of its own, indented two spaces a level; that indentation
 * is the golden's, not the output's. An element with any text among its children is mixed
 * content, where whitespace shows: it is written on one line exactly as made, children and all.
 * Attributes are sorted by name; a namespace is declared where it first applies. The same output
 * always gives the same text, and two outputs that differ give different texts.
 *
 * <p>Regenerate with {@code -Dgolden.update=true}, then read the diff before committing it.
 */
public final class Goldens {
  /** Set with {@code -Dgolden.update=true}: write the goldens instead of comparing. */
  public static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String INDENT = "  ";

  private Goldens() {}

  /** Compares {@code actual} with the golden file, or writes it there when updating; empty when they agree. */
  public static Optional<String> check(Path golden, XdmNode actual) throws IOException {
    String text = indented(actual);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, text, StandardCharsets.UTF_8);
      return Optional.empty();
    }
    if (!Files.exists(golden)) {
      return Optional.of(golden + ": no golden; generate it with -Dgolden.update=true and review it");
    }
    return firstDifference(golden, Files.readString(golden, StandardCharsets.UTF_8), text);
  }

  /** The tree in the golden form described above, ending with a newline. */
  public static String indented(XdmNode node) {
    StringBuilder out = new StringBuilder();
    if (node.getNodeKind() == XdmNodeKind.DOCUMENT) {
      for (XdmNode child : children(node)) {
        block(child, 0, out);
      }
    } else {
      block(node, 0, out);
    }
    return out.toString();
  }

  /**
   * Where the texts first part: line and column, and that stretch of both lines (a line of mixed
   * content can be long), with the counts of lines.
   */
  static Optional<String> firstDifference(Path golden, String expected, String actual) {
    if (expected.equals(actual)) {
      return Optional.empty();
    }
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    int line = 0;
    while (line < want.length && line < got.length && want[line].equals(got[line])) {
      line++;
    }
    String wanted = line < want.length ? want[line] : "(end of file)";
    String made = line < got.length ? got[line] : "(end of file)";
    int column = 0;
    while (column < wanted.length() && column < made.length() && wanted.charAt(column) == made.charAt(column)) {
      column++;
    }
    return Optional.of(golden + ":" + (line + 1) + ":" + (column + 1) + ": the output differs from the golden"
        + "\n  golden: " + around(wanted, column) + "\n  output: " + around(made, column)
        + "\n  (" + want.length + " lines expected, " + got.length + " made)");
  }

  /** Up to 60 characters either side of {@code column}. */
  private static String around(String line, int column) {
    int from = Math.max(0, column - 60);
    int to = Math.min(line.length(), column + 60);
    return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
  }

  /** A node on lines of its own at {@code depth}. */
  private static void block(XdmNode node, int depth, StringBuilder out) {
    out.append(INDENT.repeat(depth));
    List<XdmNode> children = children(node);
    boolean elementOnly = node.getNodeKind() == XdmNodeKind.ELEMENT && !children.isEmpty()
        && children.stream().noneMatch(c -> c.getNodeKind() == XdmNodeKind.TEXT);
    if (elementOnly) {
      startTag(node, out);
      out.append('\n');
      for (XdmNode child : children) {
        block(child, depth + 1, out);
      }
      out.append(INDENT.repeat(depth)).append("</").append(name(node)).append(">\n");
    } else {
      inline(node, out);
      out.append('\n');
    }
  }

  /** A node exactly as made, on the current line. */
  private static void inline(XdmNode node, StringBuilder out) {
    switch (node.getNodeKind()) {
      case ELEMENT -> {
        List<XdmNode> children = children(node);
        startTag(node, out);
        if (children.isEmpty()) {
          out.insert(out.length() - 1, '/');
          return;
        }
        children.forEach(child -> inline(child, out));
        out.append("</").append(name(node)).append('>');
      }
      case TEXT -> out.append(escape(node.getStringValue(), false));
      case COMMENT -> out.append("<!--").append(node.getStringValue()).append("-->");
      case PROCESSING_INSTRUCTION -> out.append("<?").append(node.getNodeName().getLocalName()).append(' ')
          .append(node.getStringValue()).append("?>");
      default -> children(node).forEach(child -> inline(child, out));
    }
  }

  private static void startTag(XdmNode element, StringBuilder out) {
    out.append('<').append(name(element));
    for (String declaration : newNamespaces(element)) {
      out.append(' ').append(declaration);
    }
    List<XdmNode> attributes = new ArrayList<>();
    element.axisIterator(Axis.ATTRIBUTE).forEachRemaining(attributes::add);
    attributes.sort(Comparator.comparing(a -> a.getNodeName().toString()));
    for (XdmNode a : attributes) {
      out.append(' ').append(a.getNodeName().toString()).append("=\"").append(escape(a.getStringValue(), true))
          .append('"');
    }
    out.append('>');
  }

  /** Namespace declarations in scope here that the parent element does not have, sorted by prefix. */
  private static List<String> newNamespaces(XdmNode element) {
    List<String> inParent = namespaces(element.getParent());
    return namespaces(element).stream().filter(d -> !inParent.contains(d)).sorted().toList();
  }

  private static List<String> namespaces(XdmNode node) {
    List<String> declarations = new ArrayList<>();
    if (node == null || node.getNodeKind() != XdmNodeKind.ELEMENT) {
      return declarations;
    }
    node.axisIterator(Axis.NAMESPACE).forEachRemaining(ns -> {
      String prefix = ns.getNodeName() == null ? "" : ns.getNodeName().getLocalName();
      if (!prefix.equals("xml")) {
        declarations.add((prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix) + "=\"" + ns.getStringValue() + "\"");
      }
    });
    return declarations;
  }

  private static String name(XdmNode node) {
    return node.getNodeName().toString();
  }

  private static List<XdmNode> children(XdmNode node) {
    List<XdmNode> children = new ArrayList<>();
    node.axisIterator(Axis.CHILD).forEachRemaining(children::add);
    return children;
  }

  /** Text or an attribute value in XML; in attributes, whitespace other than a space as a character reference. */
  private static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\r' -> b.append("&#13;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
