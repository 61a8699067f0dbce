package org.teikit.diagnostic;

/** Escaping for the XML reports; characters XML 1.0 forbids are replaced. */
final class Xml {
  private Xml() {}

  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        default -> sb.appendCodePoint(allowed(c) ? c : 0xFFFD);
      }
    });
    return sb.toString();
  }

  static String attribute(String s) {
    return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
  }

  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
  }
}
