package org.teikit.publish.html;

import org.teikit.diagnostic.Failures;

/** Turns Saxon failures into one-line messages. */
final class Diagnostics {
  private Diagnostics() {}

  /**
   * The failure in one line: plain words for a known kind (too deep, out of memory, a file that
   * cannot be written, which Saxon reports as "Failure writing to …"), else Saxon's message.
   */
  static String message(Throwable e) {
    return Failures.known(e).orElseGet(() -> saxonMessage(e));
  }

  private static String saxonMessage(Throwable e) {
    String m = e.getMessage();
    for (Throwable t = e.getCause(); (m == null || m.isBlank()) && t != null; t = t.getCause()) {
      m = t.getMessage();
    }
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }
}
