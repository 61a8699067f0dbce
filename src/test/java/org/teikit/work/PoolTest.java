package org.teikit.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PoolTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @Test
  void aTaskThatJoinsWhatItForkedDoesNotStarveAPoolOfOne() {
    try (Pool pool = Pool.of(1)) {
      CompletableFuture<Integer> outer = CompletableFuture.supplyAsync(() -> {
        List<Fork<Integer>> forks = List.of(pool.fork(() -> 1), pool.fork(() -> 2), pool.fork(() -> 3));
        return forks.stream().mapToInt(Fork::join).sum();
      }, pool.inTurn());
      assertEquals(6, assertTimeoutPreemptively(PATIENCE, () -> outer.join()));
    }
  }

  @Test
  void waitingJobsRunByStageThenPosition() throws Exception {
    try (Pool pool = Pool.of(1)) {
      CountDownLatch release = new CountDownLatch(1);
      List<String> order = Collections.synchronizedList(new ArrayList<>());
      CompletableFuture<Void> blocker = CompletableFuture.runAsync(() -> await(release), pool.inTurn());
      List<CompletableFuture<Void>> jobs = List.of(
          CompletableFuture.runAsync(() -> order.add("1/5"), pool.at(1, 5)),
          CompletableFuture.runAsync(() -> order.add("0/9"), pool.at(0, 9)),
          CompletableFuture.runAsync(() -> order.add("1/2"), pool.at(1, 2)));
      release.countDown();
      blocker.join();
      jobs.forEach(CompletableFuture::join);
      assertEquals(List.of("0/9", "1/2", "1/5"), order);
    }
  }

  @Test
  void threadsAreNamedAfterThePoolAndAsManyAsTheJobs() throws Exception {
    try (Pool pool = Pool.of(2)) {
      assertEquals(2, pool.size());
      String name = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), pool.inTurn()).join();
      assertTrue(name.startsWith("teikit-work-"), name);
    }
  }

  @Test
  void aForkJoinedOffThePoolRunsOnThePool() {
    try (Pool pool = Pool.of(1)) {
      Fork<String> fork = pool.fork(() -> Thread.currentThread().getName());
      assertTrue(assertTimeoutPreemptively(PATIENCE, fork::join).startsWith("teikit-work-"));
    }
  }

  @Test
  void aForkAfterAnotherRunsOnlyOnceTheFirstIsDone() {
    try (Pool pool = Pool.of(2)) {
      List<String> order = Collections.synchronizedList(new ArrayList<>());
      CountDownLatch release = new CountDownLatch(1);
      Fork<Void> first = pool.fork(() -> {
        await(release);
        order.add("first");
        return null;
      });
      Fork<Void> second = pool.forkAfter(first, () -> {
        order.add("second");
        return null;
      });
      assertFalse(second.isDone());
      release.countDown();
      assertTimeoutPreemptively(PATIENCE, second::join);
      assertEquals(List.of("first", "second"), order);
    }
  }

  @Test
  void aFailedTaskIsReportedAsItFailed() {
    IOException unreadable = new IOException("unreadable");
    IllegalStateException broken = new IllegalStateException("broken");
    try (Pool pool = Pool.of(1)) {
      CompletableFuture<Object> io = CompletableFuture.supplyAsync(() -> {
        throw new UncheckedIOException(unreadable);
      }, pool.inTurn());
      CompletableFuture<Object> state = CompletableFuture.supplyAsync(() -> {
        throw broken;
      }, pool.inTurn());
      assertSame(unreadable, assertThrows(IOException.class, () -> Joined.value(io)));
      assertSame(broken, assertThrows(IllegalStateException.class, () -> Joined.value(state)));
      assertSame(broken, assertThrows(IllegalStateException.class, () -> pool.fork(() -> {
        throw broken;
      }).join()));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
