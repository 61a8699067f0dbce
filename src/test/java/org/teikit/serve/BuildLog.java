package org.teikit.serve;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that keeps every build and failure a serve session reports, for the tests to read. */
final class BuildLog implements ServeSession.Listener {
  final List<Rebuild> builds = new CopyOnWriteArrayList<>();
  final List<Exception> failures = new CopyOnWriteArrayList<>();

  @Override
  public void built(Rebuild rebuild) {
    builds.add(rebuild);
  }

  @Override
  public void failed(Exception e) {
    failures.add(e);
  }

  Rebuild last() {
    return builds.get(builds.size() - 1);
  }
}
