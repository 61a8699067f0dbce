package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bursts of file events become one change set; side files and the output are not changes. */
class SourceWatcherTest {
  @TempDir Path temp;

  @Test
  void aBurstOfSavesIsOneChangeSet() throws IOException, InterruptedException {
    BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    Path out = Files.createDirectories(temp.resolve("out"));
    try (SourceWatcher watcher = SourceWatcher.start(List.of(temp), List.of(out), Duration.ofMillis(150), batches::add)) {
      Path sub = Files.createDirectories(temp.resolve("edition"));
      Thread.sleep(50);
      Files.writeString(temp.resolve("a.xml"), "<a/>");
      Files.writeString(sub.resolve("b.xml"), "<b/>");
      Files.writeString(temp.resolve(".a.xml.swp"), "side file");
      Files.writeString(temp.resolve("a.xml~"), "backup");
      Files.writeString(out.resolve("built.xml"), "<built/>");
      Set<Path> batch = batches.poll(5, TimeUnit.SECONDS);
      Set<Path> more = batches.poll(400, TimeUnit.MILLISECONDS);
      Set<Path> all = new java.util.HashSet<>(batch);
      if (more != null) {
        all.addAll(more);
      }
      assertTrue(all.contains(temp.resolve("a.xml")), all::toString);
      assertTrue(all.contains(sub.resolve("b.xml")), "a new folder is watched too: " + all);
      assertTrue(all.stream().noneMatch(p -> p.getFileName().toString().startsWith(".")), all::toString);
      assertTrue(all.stream().noneMatch(p -> p.toString().endsWith("~")), all::toString);
      assertTrue(all.stream().noneMatch(p -> p.startsWith(out)), all::toString);

      Files.writeString(sub.resolve("b.xml"), "<b>again</b>");
      assertEquals(Set.of(sub.resolve("b.xml")), batches.poll(5, TimeUnit.SECONDS));
      assertNull(batches.poll(400, TimeUnit.MILLISECONDS), "one save, one change set");
    }
  }
}
