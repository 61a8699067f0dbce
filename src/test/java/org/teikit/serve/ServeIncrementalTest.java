package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestEdition;
import org.teikit.publish.images.Typescript;

/**
 * On a save, serve renders only the saved document again (with its edition's pages) from the tree
 * its validation built; the other documents' pages stay as they were. A replaced page image
 * renders its document again (its tiles cut anew) with nothing validated.
 */
class ServeIncrementalTest {
  @TempDir Path temp;

  @Test
  void aSaveRendersOnlyTheSavedDocument() throws Exception {
    Path letters = temp.resolve("letters");
    Path saved = TestEdition.write(letters, "The first reading.");
    Files.writeString(letters.resolve("other.xml"), TestEdition.document("<p>Another letter.</p>")
        .replace("xml:id=\"letter\"", "xml:id=\"other\""));
    BuildLog log = new BuildLog();
    List<Rebuild> builds = log.builds;
    ServeOptions options = ServeOptions.defaults().withPort(0).withJobs(2)
        .withOutput(temp.resolve("out/html"), temp.resolve("out/pdf"));
    try (ServeSession session = ServeSession.start(List.of(letters), options, log)) {
      assertEquals(2, builds.get(0).documents(), builds.toString());
      Path otherPage = temp.resolve("out/html/doc/other.html");
      byte[] before = Files.readAllBytes(otherPage);

      try (Http.Events events = new Http.Events(session.port())) {
        events.next("hello", Duration.ofSeconds(5)).orElseThrow();
        TestEdition.save(saved, "<p>The second reading.</p>");
        events.next("reload", Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no reload: " + builds));
      }
      Rebuild last = builds.get(builds.size() - 1);
      assertEquals(1, last.documents(), "only the saved document is rendered: " + last);
      assertEquals(List.of(saved.toAbsolutePath().normalize()), last.validated());
      assertTrue(Http.get(session.port(), "/" + TestEdition.PAGE).body().contains("The second reading."));
      assertArrayEquals(before, Files.readAllBytes(otherPage), "the other document's page is as it was");
    }
    assertEquals(List.of(), log.failures);
  }

  @Test
  void aReplacedPageImageRebuildsItsDocument() throws Exception {
    Path edition = temp.resolve("typescript");
    Typescript.write(edition, 2);
    BuildLog log = new BuildLog();
    ServeOptions options = ServeOptions.defaults().withPort(0).withJobs(2)
        .withOutput(temp.resolve("out/html"), temp.resolve("out/pdf"));
    try (ServeSession session = ServeSession.start(List.of(edition), options, log)) {
      Path info = temp.resolve("out/html/images/telegram/pages/page-1/info.json");
      assertTrue(Files.readString(info).contains("\"width\":" + Typescript.WIDTH), Files.readString(info));
      try (Http.Events events = new Http.Events(session.port())) {
        events.next("hello", Duration.ofSeconds(5)).orElseThrow();
        // the scan of page 1 replaced by a 600-pixel image; no document is saved
        Files.copy(edition.resolve("figures/seal.png"), edition.resolve("pages/page-1.png"),
            StandardCopyOption.REPLACE_EXISTING);
        events.next("reload", Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no reload: " + log.builds));
      }
      Rebuild last = log.builds.get(log.builds.size() - 1);
      assertEquals(1, last.documents(), last.toString());
      assertEquals(List.of(), last.validated());
      assertTrue(Files.readString(info).contains("\"width\":600"), Files.readString(info));
    }
    assertEquals(List.of(), log.failures);
  }
}
