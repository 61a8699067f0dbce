package org.teikit.hostile;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.teikit.xml.OpenLog;

/** Records every resource teikit's resolver policy lets through during a run ({@link OpenLog}). */
final class OpenRecorder implements AutoCloseable {
  private final List<URI> opened = Collections.synchronizedList(new ArrayList<>());
  private final AutoCloseable registration = OpenLog.record(opened::add);

  /** How many resources were let through. */
  int count() {
    return opened.size();
  }

  /** The recorded resources that lie neither in {@code caseFolder} nor in teikit's own resources. */
  List<URI> outside(Path caseFolder) {
    synchronized (opened) {
      return opened.stream().distinct().filter(u -> !TeikitResources.allows(u, caseFolder)).toList();
    }
  }

  @Override
  public void close() throws Exception {
    registration.close();
  }
}
