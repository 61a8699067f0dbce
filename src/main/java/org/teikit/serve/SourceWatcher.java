package org.teikit.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.teikit.work.Waiting;

/**
 * Watches folders and their sub-folders, and hands over what changed once the events have been
 * quiet for a moment: an editor's save (write a temporary file, rename it over the old one,
 * touch a backup) arrives as one change set, not five rebuilds. A steady stream of events is
 * still handed over every {@link #MAX_DELAY}. Editors' temporary and backup files are ignored;
 * symbolic links to folders are followed (a loop is skipped).
 */
final class SourceWatcher implements AutoCloseable {
  /** However busy the folders, a change waits no longer than this. */
  static final Duration MAX_DELAY = Duration.ofSeconds(2);

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final List<Path> roots;
  private final List<Path> excluded;
  private final Duration quiet;
  private final Consumer<Set<Path>> onChange;
  private final Thread thread;
  private volatile boolean closed;

  private SourceWatcher(List<Path> roots, List<Path> excluded, Duration quiet, Consumer<Set<Path>> onChange)
      throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.quiet = quiet;
    this.onChange = onChange;
    // it waits for the file system's events, so it does not take a thread of the pool
    this.thread = Waiting.thread("serve-watch", this::run);
  }

  /**
   * Starts watching {@code roots} (folders, recursively) except what lies under {@code excluded}
   * (the output, when someone serves the folder it is in). {@code onChange} is called on the
   * watcher's own thread with the absolute paths that changed, one call per burst; it must not
   * throw (it would end the watching).
   */
  static SourceWatcher start(List<Path> roots, List<Path> excluded, Duration quiet, Consumer<Set<Path>> onChange)
      throws IOException {
    SourceWatcher watcher = new SourceWatcher(roots, excluded, quiet, onChange);
    try {
      for (Path root : watcher.roots) {
        watcher.registerTree(root, new LinkedHashSet<>());
      }
    } catch (IOException e) {
      watcher.close();
      throw e;
    }
    watcher.thread.start();
    return watcher;
  }

  /** Editors' side files: hidden files, backups, swap files, vim's write probe. */
  static boolean ignored(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return name.isEmpty() || name.startsWith(".") || name.startsWith("#") || name.endsWith("~")
        || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp") || name.equals("4913");
  }

  @Override
  public void close() {
    closed = true;
    try {
      service.close();
    } catch (IOException ignored) {
      // Closing a watch service only releases its inotify handle; nothing to report.
    }
    if (Thread.currentThread() != thread) {
      try {
        thread.join(TimeUnit.SECONDS.toMillis(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    Set<Path> pending = new LinkedHashSet<>();
    long firstAt = 0;
    try {
      while (!closed) {
        WatchKey key;
        if (pending.isEmpty()) {
          key = service.take();
          firstAt = System.nanoTime();
        } else {
          long waited = System.nanoTime() - firstAt;
          long left = Math.min(quiet.toNanos(), MAX_DELAY.toNanos() - waited);
          key = left <= 0 ? null : service.poll(left, TimeUnit.NANOSECONDS);
        }
        if (key == null) {
          Set<Path> batch = Set.copyOf(pending);
          pending.clear();
          onChange.accept(batch);
          continue;
        }
        collect(key, pending);
      }
    } catch (InterruptedException | ClosedWatchServiceException stopped) {
      // close() was called.
    }
  }

  private void collect(WatchKey key, Set<Path> pending) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || folder == null) {
        pending.addAll(roots);
        continue;
      }
      Path changed = folder.resolve((Path) event.context());
      if (ignored(changed) || excluded.stream().anyMatch(changed::startsWith)) {
        continue;
      }
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
        try {
          registerTree(changed, pending);
        } catch (IOException gone) {
          // Created and removed again before we looked; its parent's events cover it.
        }
      }
      pending.add(changed);
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  /** Registers a folder and every folder under it; files already inside count as changed. */
  private void registerTree(Path top, Set<Path> found) throws IOException {
    Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(top) && ignored(dir) || excluded.stream().anyMatch(dir::startsWith)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (!ignored(file)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
