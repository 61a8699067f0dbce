package org.teikit.publish.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an edition's reused search parts ahead. Once one of its documents is rendered, the
 * edition's search index will be made again from every document's part; the parts of the
 * reused documents are then read on the threads that render or reuse, often while the
 * stylesheets are still compiling, rather than after the last document is done.
 */
final class SearchPrefetch {
  private final List<Lazy<SearchPart>> waiting = new ArrayList<>();
  private boolean needed;

  /** A reused document's part: read now if a document was rendered already, else kept. */
  void reused(Lazy<SearchPart> part) {
    synchronized (this) {
      if (!needed) {
        waiting.add(part);
        return;
      }
    }
    part.get();
  }

  /** A document is rendered: reads the parts kept so far, and from now on each as it comes. */
  void needed() {
    List<Lazy<SearchPart>> parts;
    synchronized (this) {
      needed = true;
      parts = List.copyOf(waiting);
      waiting.clear();
    }
    parts.forEach(Lazy::get);
  }
}
