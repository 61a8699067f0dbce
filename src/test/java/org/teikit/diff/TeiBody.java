package org.teikit.diff;

/** A TEI document around a body's content, which starts on line 2, column 1 (so tests can place their changes). */
public final class TeiBody {
  private TeiBody() {}

  public static String tei(String body) {
    return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n" + body + "\n</body></text></TEI>\n";
  }
}
