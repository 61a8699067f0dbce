package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole session over a temporary edition: a saved document is rebuilt, open pages hear
 * "reload", the page served afterwards shows the change, and its findings show as a banner.
 */
class ServeSessionTest {
  @TempDir Path temp;
  private Path source;
  private ServeSession session;
  private final List<Rebuild> builds = new CopyOnWriteArrayList<>();
  private final List<Exception> failures = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    source = TestEdition.write(temp.resolve("letters"), "The first reading.");
    ServeOptions options = ServeOptions.defaults().withPort(0).withJobs(2)
        .withOutput(temp.resolve("out/html"), temp.resolve("out/pdf"));
    session = ServeSession.start(List.of(temp.resolve("letters")), options, new ServeSession.Listener() {
      @Override
      public void built(Rebuild rebuild) {
        builds.add(rebuild);
      }

      @Override
      public void failed(Exception e) {
        failures.add(e);
      }
    });
  }

  @AfterEach
  void stop() {
    session.close();
    assertTrue(failures.isEmpty(), failures::toString);
  }

  @Test
  void aSavedDocumentIsRebuiltAndOpenPagesHearReload() throws IOException {
    assertEquals(1, builds.size());
    assertTrue(page().contains("The first reading."));
    try (Http.Events events = new Http.Events(session.port())) {
      String hello = events.next("hello", Duration.ofSeconds(5)).orElseThrow();
      TestEdition.save(source, "<p>The second reading.</p>");
      String reload = events.next("reload", Duration.ofSeconds(20)).orElseThrow(
          () -> new AssertionError("no reload event; builds: " + builds));
      assertTrue(Long.parseLong(reload) > Long.parseLong(hello));
    }
    String page = page();
    assertTrue(page.contains("The second reading."), page);
    assertFalse(page.contains("The first reading."));
    assertEquals(List.of("letters"), builds.get(builds.size() - 1).editions());
  }

  @Test
  void findingsOfTheChangedFileShowOnItsPageEscapedAndGoWhenFixed() throws IOException {
    try (Http.Events events = new Http.Events(session.port())) {
      events.next("hello", Duration.ofSeconds(5)).orElseThrow();
      TestEdition.save(source, "<p>Still <bogus>readable</bogus> & fine.</p>".replace("&", "&amp;"));
      events.next("reload", Duration.ofSeconds(20)).orElseThrow();
      Rebuild rebuild = builds.get(builds.size() - 1);
      assertEquals(List.of(source.toAbsolutePath().normalize()), rebuild.validated());
      assertTrue(rebuild.errors() > 0, rebuild::toString);
      String page = page();
      assertTrue(page.contains(PageInjection.BANNER_ID), page);
      assertTrue(page.contains("element &quot;bogus&quot; not allowed"), page);

      TestEdition.save(source, "<p>Fixed.</p>");
      events.next("reload", Duration.ofSeconds(20)).orElseThrow();
      assertFalse(page().contains("not allowed"));
    }
  }

  @Test
  void aFileThatIsNotADocumentChangesNothing() throws IOException, InterruptedException {
    Files.writeString(source.resolveSibling("notes.txt"), "not TEI");
    Thread.sleep(ServeOptions.DEFAULT_QUIET.toMillis() * 4);
    assertEquals(1, builds.size());
  }

  @Test
  void closingFreesThePortAndLeavesTheSite() throws IOException {
    int port = session.port();
    session.close();
    assertTrue(Files.isRegularFile(temp.resolve("out/html").resolve(TestEdition.PAGE)));
    try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertEquals(port, again.getLocalPort());
    }
  }

  private String page() throws IOException {
    Http.Response r = Http.get(session.port(), "/" + TestEdition.PAGE);
    assertEquals(200, r.status(), r.body());
    return r.body();
  }
}
