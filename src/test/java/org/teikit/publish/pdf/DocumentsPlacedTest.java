package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DocumentsPlacedTest {
  @Test
  void aBookletWaitsForItsDocumentOnly() throws Exception {
    DocumentsPlaced placed = new DocumentsPlaced();
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> placed.awaitPlaced(2));
    placed.placed(1);
    Thread.sleep(100);
    assertFalse(second.isDone(), "document 2 is not placed yet");
    placed.placed(2);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> second.get());
  }

  @Test
  void aBookThatEndsReleasesEveryBooklet() {
    DocumentsPlaced placed = new DocumentsPlaced();
    CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> placed.awaitPlaced(7));
    placed.allPlaced(); // e.g. the book failed before its seventh document
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> waiting.get());
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> DocumentsPlaced.NONE.awaitPlaced(3));
    assertTrue(waiting.isDone());
  }
}
