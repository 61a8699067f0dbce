package org.teikit.diagnostic;

/** HTML escaping for the pages teikit writes itself (the preview's banner, the diff report). */
public final class Html {
  private Html() {}

  /** {@code text} safe in element content and in a single- or double-quoted attribute value. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
