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

/**
 * A {@link PartJoiner} on a thread of its own, fed parts while the next ones are still being
 * placed: joining (reading IF, writing PDF) then overlaps the transforms and layouts of the parts
 * after it instead of following them.
 */
final class PipedJoin {
  private final BlockingQueue<Optional<byte[]>> parts = new LinkedBlockingQueue<>();
  private final CompletableFuture<byte[]> pdf = new CompletableFuture<>();

  private PipedJoin() {}

  /** Starts a PDF with {@code first}, its targets as in {@link PartJoiner#join}. */
  static PipedJoin start(byte[] first, Map<String, Integer> targets, FOUserAgent agent) {
    PipedJoin join = new PipedJoin();
    join.parts.add(Optional.of(first));
    Thread thread = new Thread(() -> join.run(targets, agent), "teikit-pdf-join");
    thread.setDaemon(true); // an abandoned join must not keep the run alive
    thread.start();
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
      throw new IOException("the book's parts could not be joined: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Ends the join without waiting for it; its PDF is not wanted. */
  void abandon() {
    parts.add(Optional.empty());
  }

  private void run(Map<String, Integer> targets, FOUserAgent agent) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      PartJoiner joiner = PartJoiner.open(targets, agent, out);
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
