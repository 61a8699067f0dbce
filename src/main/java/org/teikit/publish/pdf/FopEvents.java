package org.teikit.publish.pdf;

import java.nio.file.Path;
import java.util.List;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;

/**
 * FOP's events as diagnostics. A glyph FOP cannot find (it would print "#") and FOP's errors fail
 * the book; layout warnings (overfull lines and the like) are dropped: they are FOP's business,
 * not the edition's.
 */
final class FopEvents implements EventListener {
  private final List<Diagnostic> sink;
  private final Path file;
  /** A character FOP misses is reported once per book, not once per occurrence. */
  private final java.util.Set<String> reported = new java.util.HashSet<>();

  FopEvents(List<Diagnostic> sink, Path file) {
    this.sink = sink;
    this.file = file;
  }

  @Override
  public void processEvent(Event event) {
    String key = event.getEventKey();
    if ("glyphNotAvailable".equals(key)) {
      Object ch = event.getParam("ch");
      String described = ch instanceof Character c ? GlyphCheck.describe(c) : String.valueOf(ch);
      synchronized (reported) {
        if (!reported.add(described + event.getParam("fontName"))) {
          return;
        }
      }
      add("glyph", Catalogue.text("pdf.no-glyph-in-font", described, event.getParam("fontName")));
    } else if (event.getSeverity() == EventSeverity.ERROR || event.getSeverity() == EventSeverity.FATAL) {
      add("fop", EventFormatter.format(event));
    }
  }

  private synchronized void add(String code, String message) {
    synchronized (sink) {
      sink.add(new Diagnostic(file, 0, 0, Severity.ERROR, Check.PDF, code, null, message));
    }
  }
}
