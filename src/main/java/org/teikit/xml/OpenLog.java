package org.teikit.xml;

import java.net.URI;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells listeners of every resource the {@link ResourcePolicy} lets teikit read: input documents,
 * included files, schemas and what they include, stylesheets. A test hook (the hostile-input suite
 * checks with it which files each case may open); when nobody listens, it costs one volatile read.
 */
public final class OpenLog {
  private static final CopyOnWriteArrayList<Consumer<URI>> LISTENERS = new CopyOnWriteArrayList<>();

  private OpenLog() {}

  /**
   * Sends every resource let through from now on to {@code listener}, from whichever thread reads
   * it, until the returned handle is closed. The listener must be thread-safe.
   */
  public static AutoCloseable record(Consumer<URI> listener) {
    LISTENERS.add(listener);
    return () -> LISTENERS.remove(listener);
  }

  static void opened(URI resource) {
    LISTENERS.forEach(listener -> listener.accept(resource));
  }
}
