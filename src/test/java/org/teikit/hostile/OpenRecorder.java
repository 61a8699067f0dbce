package org.teikit.hostile;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records every resource teikit's resolver policy lets through during a run, through
 * {@code org.teikit.xml.OpenLog}. Looked up by name so that the suite also runs against a teikit
 * that has no such log (the code before issue 14), where it records nothing and says so.
 */
final class OpenRecorder implements AutoCloseable {
  private final List<URI> opened = Collections.synchronizedList(new ArrayList<>());
  private final AutoCloseable registration;

  OpenRecorder() {
    registration = register(opened::add);
  }

  boolean available() {
    return registration != null;
  }

  /** The recorded resources that lie neither in {@code caseFolder} nor in teikit's own resources. */
  List<URI> outside(Path caseFolder) {
    synchronized (opened) {
      return opened.stream().distinct().filter(u -> !TeikitResources.allows(u, caseFolder)).toList();
    }
  }

  @Override
  public void close() throws Exception {
    if (registration != null) {
      registration.close();
    }
  }

  private static AutoCloseable register(Consumer<URI> listener) {
    try {
      Method record = Class.forName("org.teikit.xml.OpenLog").getMethod("record", Consumer.class);
      return (AutoCloseable) record.invoke(null, listener);
    } catch (ClassNotFoundException | NoSuchMethodException absent) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("OpenLog.record failed", e);
    }
  }
}
