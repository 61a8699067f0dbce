package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DocumentsPlacedTest {
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  /**
   * The booklet runs on a thread of its own, and the test first waits until that thread is parked
   * in awaitPlaced: "not done yet" means something only once the wait has begun.
   */
  @Test
  void aBookletWaitsForItsDocumentOnly() throws Exception {
    DocumentsPlaced placed = new DocumentsPlaced();
    Thread booklet = new Thread(() -> placed.awaitPlaced(2), "booklet-2");
    booklet.start();
    awaitParked(booklet);
    placed.placed(1);
    booklet.join(200);
    assertTrue(booklet.isAlive(), "document 2 is not placed yet, but the booklet went on");
    placed.placed(2);
    booklet.join(PATIENCE.toMillis());
    assertFalse(booklet.isAlive(), "document 2 is placed, but the booklet still waits");
  }

  @Test
  void aBookThatEndsReleasesEveryBooklet() {
    DocumentsPlaced placed = new DocumentsPlaced();
    CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> placed.awaitPlaced(7));
    placed.allPlaced(); // e.g. the book failed before its seventh document
    assertTimeoutPreemptively(PATIENCE, () -> waiting.get());
    assertTimeoutPreemptively(PATIENCE, () -> DocumentsPlaced.NONE.awaitPlaced(3));
    assertTrue(waiting.isDone());
  }

  /** Waits until {@code thread} blocks; fails if it ends instead, or never blocks. */
  private static void awaitParked(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      switch (thread.getState()) {
        case WAITING, TIMED_WAITING -> {
          return;
        }
        case TERMINATED -> fail(thread.getName() + " ended without waiting");
        default -> Thread.sleep(5);
      }
    }
    fail(thread.getName() + " did not start waiting within " + PATIENCE);
  }
}
