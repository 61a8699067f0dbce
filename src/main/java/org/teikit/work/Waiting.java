package org.teikit.work;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that wait rather than compute (for a connection, a file change, a time limit, a pipe),
 * which would hold one of the pool's threads idle, or starve it, if they ran there. Each is a
 * named daemon, so a thread dump says what it waits for and a finished run does not wait on it.
 */
public final class Waiting {
  private Waiting() {}

  /** Starts {@code job} on a thread of its own called {@code teikit-NAME}. */
  public static Thread start(String name, Runnable job) {
    Thread thread = thread(name, job);
    thread.start();
    return thread;
  }

  /** Threads called {@code teikit-NAME-1}, {@code teikit-NAME-2}…, for an executor of waiting jobs. */
  public static ThreadFactory numbered(String name) {
    AtomicInteger number = new AtomicInteger();
    return job -> thread(name + "-" + number.incrementAndGet(), job);
  }

  /** A thread for {@code job} called {@code teikit-NAME}, not yet started (e.g. for a shutdown hook). */
  public static Thread thread(String name, Runnable job) {
    Thread thread = new Thread(job, "teikit-" + name);
    thread.setDaemon(true);
    return thread;
  }
}
