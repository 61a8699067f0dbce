package org.teikit.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.teikit.work.Joined;
import org.teikit.work.Waiting;

/**
 * A running preview: the port is bound, the editions are built, the server answers, and the
 * sources (and the working copies of the stylesheets and schemas, when given) are watched. Each
 * burst of changes becomes one rebuild on the session's build thread, after which open pages are
 * told to reload. {@link #close()} stops it all and leaves the built files in place.
 *
 * <pre>{@code
 * try (ServeSession s = ServeSession.start(List.of(Path.of("editions")), ServeOptions.defaults(), listener)) {
 *   s.awaitClose();
 * }
 * }</pre>
 */
public final class ServeSession implements AutoCloseable {
  /** How long {@link #close()} lets a running build finish so it does not leave half a folder. */
  static final long BUILD_GRACE_SECONDS = 10;
  /** Builds after the first that only warm the JIT (measured on the seed edition: two suffice). */
  static final int WARM_UP_PASSES = 2;

  /**
   * Hears about builds: the first on the thread that starts the session, later ones on the build
   * thread, each before open pages are told to reload.
   */
  public interface Listener {
    void built(Rebuild rebuild);

    /** A build that failed outright (the server goes on with the last good files). */
    void failed(Exception e);
  }

  private final PreviewServer server;
  private final Workspace workspace;
  private final Listener listener;
  private final ExecutorService builds;
  private final Set<Path> pending = new LinkedHashSet<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private SourceWatcher watcher;
  private boolean scheduled;

  private ServeSession(PreviewServer server, Workspace workspace, Listener listener) {
    this.server = server;
    this.workspace = workspace;
    this.listener = listener;
    // one rebuild at a time, in the order of the changes; this thread hands the work to the
    // publishers' pools and waits for it, so it is a waiting thread, not one of a pool's
    this.builds = Executors.newSingleThreadExecutor(runnable -> Waiting.thread("serve-build", runnable));
  }

  /**
   * Binds the port, builds everything (reported to {@code listener}), starts answering and
   * watching.
   *
   * @param targets edition folders, collections or documents
   * @throws PortInUseException when the port is taken (checked before anything is built)
   */
  public static ServeSession start(List<Path> targets, ServeOptions options, Listener listener) throws IOException {
    PreviewServer server = PreviewServer.bind(options.port(), options.output());
    Workspace workspace = null;
    ServeSession session = null;
    try {
      workspace = new Workspace(targets, options);
      session = new ServeSession(server, workspace, listener);
      session.watcher = SourceWatcher.start(watched(targets, options),
          List.of(options.output(), options.pdfOutput()), options.quiet(), session::changed);
      Workspace first = workspace;
      Rebuild built = Joined.value(session.builds.submit(first::buildAll));
      listener.built(built);
      session.builds.execute(session::warmUp);
      server.start(workspace);
      return session;
    } catch (IOException | RuntimeException e) {
      closeAfterFailure(server, workspace, session);
      throw e;
    }
  }

  private static void closeAfterFailure(PreviewServer server, Workspace workspace, ServeSession session) {
    if (session != null) {
      session.close();
      return;
    }
    server.close();
    if (workspace != null) {
      workspace.close();
    }
  }

  public String url() {
    return server.url();
  }

  public int port() {
    return server.port();
  }

  /** Pages listening for reloads now. */
  public int listeners() {
    return server.listeners();
  }

  /** Blocks until {@link #close()} has run (from another thread or a shutdown hook). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /**
   * Stops watching, lets a running build finish (up to {@link #BUILD_GRACE_SECONDS}), closes the
   * event streams and frees the port. The built site stays on disk. Safe to call more than once.
   */
  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    if (watcher != null) {
      watcher.close();
    }
    builds.shutdown();
    try {
      if (!builds.awaitTermination(BUILD_GRACE_SECONDS, TimeUnit.SECONDS)) {
        builds.shutdownNow();
      }
    } catch (InterruptedException e) {
      builds.shutdownNow();
      Thread.currentThread().interrupt();
    }
    server.close();
    workspace.close();
    closed.countDown();
  }

  /** From the watcher: queue the paths, and one build for whatever is queued when it runs. */
  private void changed(Set<Path> paths) {
    synchronized (pending) {
      pending.addAll(paths);
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    try {
      builds.execute(this::rebuild);
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      // The session is closing; the change will be built next time serve starts.
    }
  }

  private void warmUp() {
    try {
      workspace.warmUp(WARM_UP_PASSES);
    } catch (IOException | RuntimeException e) {
      listener.failed(e);
    }
  }

  private void rebuild() {
    Set<Path> batch;
    synchronized (pending) {
      batch = Set.copyOf(pending);
      pending.clear();
      scheduled = false;
    }
    try {
      Optional<Rebuild> done = workspace.rebuild(batch);
      done.ifPresent(r -> {
        listener.built(r);
        server.reload(r.build());
      });
    } catch (IOException | RuntimeException e) {
      listener.failed(e);
    }
  }

  /** The target folders (a document's folder for a document), and the working copies. */
  private static List<Path> watched(List<Path> targets, ServeOptions options) {
    List<Path> folders = new ArrayList<>();
    for (Path t : targets) {
      Path p = t.toAbsolutePath().normalize();
      folders.add(Files.isDirectory(p) ? p : p.getParent());
    }
    options.stylesheets().filter(Files::isDirectory).ifPresent(folders::add);
    options.schemas().filter(Files::isDirectory).ifPresent(folders::add);
    return folders.stream().distinct().toList();
  }
}
