package org.teikit.publish.pdf;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which documents the edition book has placed so far, by edition number. A booklet waits until
 * the book has placed its document: the book's documents are set one after the other on one core
 * and its join follows them, so the book takes longest; a booklet set beside the book's own layout
 * of the same document would slow the book down, where set beside the book's join it fills the
 * other core. In a clean build booklet N follows part N, so both cores stay busy.
 */
final class DocumentsPlaced {
  /** For a run without an edition book to wait for. */
  static final DocumentsPlaced NONE = new DocumentsPlaced(true);

  private final Map<Integer, CompletableFuture<Void>> placed = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> all = new CompletableFuture<>();

  DocumentsPlaced() {
    this(false);
  }

  private DocumentsPlaced(boolean done) {
    if (done) {
      all.complete(null);
    }
  }

  void placed(int number) {
    document(number).complete(null);
  }

  /** Releases every waiting booklet: the book is done, failed, or is not set in parts. */
  void allPlaced() {
    all.complete(null);
  }

  void awaitPlaced(int number) {
    CompletableFuture.anyOf(document(number), all).join();
  }

  private CompletableFuture<Void> document(int number) {
    return placed.computeIfAbsent(number, n -> new CompletableFuture<>());
  }
}
