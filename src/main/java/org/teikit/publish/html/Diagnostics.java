package org.teikit.publish.html;

/** Turns Saxon failures into one-line messages. */
final class Diagnostics {
  private Diagnostics() {}

  static String message(Throwable e) {
    String m = e.getMessage();
    for (Throwable t = e.getCause(); (m == null || m.isBlank()) && t != null; t = t.getCause()) {
      m = t.getMessage();
    }
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }
}
