package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestEdition;

/** In a collection, a saved document rebuilds its own edition and leaves the others alone. */
class CollectionServeTest {
  @TempDir Path temp;

  @Test
  void aSaveRebuildsOnlyTheEditionItBelongsTo() throws IOException {
    Path collection = temp.resolve("editions");
    TestEdition.write(collection.resolve("alpha"), "Alpha text.");
    Path beta = TestEdition.write(collection.resolve("beta"), "Beta text.");
    BuildLog log = new BuildLog();
    List<Rebuild> builds = log.builds;
    ServeOptions options = ServeOptions.defaults().withPort(0).withJobs(2)
        .withOutput(temp.resolve("out/html"), temp.resolve("out/pdf"));
    try (ServeSession session = ServeSession.start(List.of(collection), options, log)) {
      assertEquals(List.of("alpha", "beta"), builds.get(0).editions());
      Path alphaPage = temp.resolve("out/html/alpha").resolve(TestEdition.PAGE);
      FileTime alphaBefore = Files.getLastModifiedTime(alphaPage);
      assertTrue(Http.get(session.port(), "/").body().contains("alpha/index.html"));
      assertTrue(Http.get(session.port(), "/alpha/").body().contains(PreviewServer.PDF_PATH + "alpha"));

      try (Http.Events events = new Http.Events(session.port())) {
        events.next("hello", Duration.ofSeconds(5)).orElseThrow();
        TestEdition.save(beta, "<p>Beta, second reading.</p>");
        events.next("reload", Duration.ofSeconds(20)).orElseThrow();
      }
      Rebuild last = builds.get(builds.size() - 1);
      assertEquals(List.of("beta"), last.editions());
      assertTrue(Http.get(session.port(), "/beta/" + TestEdition.PAGE).body().contains("Beta, second reading."));
      assertEquals(alphaBefore, Files.getLastModifiedTime(alphaPage), "alpha was not written again");
      assertEquals(200, Http.get(session.port(), "/index.html").status());
    }
    assertEquals(List.of(), log.failures);
  }
}
