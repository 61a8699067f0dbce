package org.teikit.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.fop.apps.FOUserAgent;
import org.teikit.diagnostic.Catalogue;
import org.teikit.work.Joined;
import org.teikit.work.Waiting;

/**
 * A {@link PartJoiner} on a thread of its own, fed parts while the next ones are still being
 * placed: joining (reading IF, writing PDF) then overlaps the transforms and layouts of the parts
 * after it instead of following them.
 */
final class PipedJoin {
  private final BlockingQueue<Optional<byte[]>> parts = new LinkedBlockingQueue<>();
  private final CompletableFuture<byte[]> pdf = new CompletableFuture<>();

  private PipedJoin() {}

  /** The part a PDF starts with and the targets of the whole PDF, as in {@link PartJoiner#join}. */
  record First(byte[] part, Map<String, Integer> targets) {}

  /**
   * Starts a PDF with {@code first} once it is there (parts appended meanwhile wait); a first
   * part that fails or is absent ends the join, whose PDF is then not wanted.
   */
  static PipedJoin start(CompletableFuture<Optional<First>> first, FOUserAgent agent) {
    PipedJoin join = new PipedJoin();
    // it waits for the parts as the book's thread places them, so it is a thread of its own: on the
    // pool it could wait for a part queued behind it. A daemon, an abandoned join ends with the run
    Waiting.start("pdf-join", () -> join.run(first, agent));
    return join;
  }

  void append(byte[] part) {
    parts.add(Optional.of(part));
  }

  /** The PDF, once every part appended so far is joined. */
  byte[] finish() throws IOException {
    parts.add(Optional.empty());
    try {
      return pdf.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable failure = Joined.failure(e);
      throw new IOException(Catalogue.text("pdf.parts-unjoined", failure.getMessage()), failure);
    }
  }

  /** Ends the join without waiting for it; its PDF is not wanted. */
  void abandon() {
    parts.add(Optional.empty());
  }

  private void run(CompletableFuture<Optional<First>> first, FOUserAgent agent) {
    try {
      Optional<First> start = first.join();
      if (start.isEmpty()) {
        pdf.completeExceptionally(new IOException(Catalogue.text("pdf.first-part-unset")));
        return;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      PartJoiner joiner = PartJoiner.open(start.get().targets(), agent, out);
      joiner.append(start.get().part());
      for (Optional<byte[]> part = parts.take(); part.isPresent(); part = parts.take()) {
        joiner.append(part.get());
      }
      joiner.finish();
      pdf.complete(out.toByteArray());
    } catch (Exception | Error e) {
      pdf.completeExceptionally(e);
    }
  }
}
