package org.teikit.diagnostic;

/**
 * JSON string literals (RFC 8259), shared by the JSON and SARIF reports and the web edition's
 * search index.
 */
public final class Json {
  private Json() {}

  /** A JSON string literal, or {@code null} for null. */
  static String string(String s) {
    return s == null ? "null" : append(new StringBuilder(s.length() + 2), s, false).toString();
  }

  /**
   * Appends {@code s} as a JSON string literal. With {@code insideScript} the characters that
   * could end or confuse an HTML script element ({@code < > &}) are escaped too, so the JSON can
   * be embedded in a page whatever the text holds.
   */
  public static StringBuilder append(StringBuilder out, String s, boolean insideScript) {
    out.append('"');
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(c, insideScript)) {
        continue;
      }
      // characters that need no escape are copied in runs (the search index holds whole texts)
      out.append(s, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append(s, plain, s.length()).append('"');
  }

  private static boolean needsEscape(char c, boolean insideScript) {
    return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029'
        || insideScript && (c == '<' || c == '>' || c == '&');
  }
}
