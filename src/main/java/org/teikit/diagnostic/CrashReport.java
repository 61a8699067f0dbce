package org.teikit.diagnostic;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.teikit.store.UserCache;

/**
 * The details of an internal error (teikit's version, the Java runtime, the call stack), kept in
 * a file of their own so that a failure seen once, under load, can be reported without running
 * it again: such failures often do not come back when asked to.
 */
public final class CrashReport {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** Reports of one run: several documents may fail within the same second. */
  private static final AtomicInteger WRITTEN = new AtomicInteger();

  private final Path folder;

  /** Reports in the user cache's {@code crashes} folder. */
  public CrashReport() {
    this(UserCache.folder("crashes"));
  }

  public CrashReport(Path folder) {
    this.folder = folder;
  }

  /** Writes the report of {@code failure}; empty when it cannot be written (the run is failing already). */
  public Optional<Path> write(Throwable failure) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve("crash-" + STAMP.format(Instant.now()) + "-" + ProcessHandle.current().pid()
          + "-" + WRITTEN.incrementAndGet() + ".txt");
      StringWriter text = new StringWriter();
      PrintWriter out = new PrintWriter(text);
      out.println("teikit " + Version.get() + ", Java " + Runtime.version() + ", " + System.getProperty("os.name")
          + " " + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
      failure.printStackTrace(out);
      out.flush();
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
      return Optional.of(file);
    } catch (IOException | RuntimeException cannotWrite) {
      return Optional.empty();
    }
  }
}
