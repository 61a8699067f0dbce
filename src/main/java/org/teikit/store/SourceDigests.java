package org.teikit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content of each source file as one run first read it, by digest: what the run's keys for
 * reusable output (pages, PDFs) are made of.
 *
 * <p>A key must never name newer content than the tree its output was made from. A file saved
 * while a build runs would otherwise leave output made from the old text under the new text's
 * key, and the next build, finding the key, would keep that stale output. So a run reads its
 * sources here before it parses them ({@link #readAll}): a file saved in between then gets output
 * from the newer text under the older key, which the next build does not find, and makes again.
 *
 * <p>SHA-256, as hex ({@link Key#content}), like every key teikit keeps: one digest across the
 * store, as the README says.
 */
public final class SourceDigests {
  private final Map<Path, String> digests = new ConcurrentHashMap<>();

  /**
   * The digest of {@code file} as this run first read it.
   *
   * @throws IOException when it cannot be read (then or at its first reading)
   */
  public String of(Path file) throws IOException {
    try {
      return digests.computeIfAbsent(file.toAbsolutePath().normalize(), SourceDigests::read);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * A run's digests, {@code files} read now, before the run parses them (see above): how build
   * and serve begin each (re)build.
   */
  public static SourceDigests readBeforeParsing(Collection<Path> files) {
    SourceDigests sources = new SourceDigests();
    sources.readAll(files);
    return sources;
  }

  /** Reads the files now, before they are parsed; one that cannot be read is left for later. */
  public void readAll(Collection<Path> files) {
    for (Path file : files) {
      try {
        of(file);
      } catch (IOException unreadable) {
        // its parse reports it, and no key is made from it
      }
    }
  }

  private static String read(Path file) {
    try {
      return Key.content(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
