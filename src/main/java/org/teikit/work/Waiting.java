package org.teikit.work;

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

  /** A thread for {@code job} called {@code teikit-NAME}, not yet started (e.g. for a shutdown hook). */
  public static Thread thread(String name, Runnable job) {
    Thread thread = new Thread(job, "teikit-" + name);
    thread.setDaemon(true);
    return thread;
  }
}
