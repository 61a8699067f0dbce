package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestEdition;

/**
 * One session over a temporary edition, as a user goes through it: a saved document is rebuilt,
 * open pages hear "reload", the page served afterwards shows the change, findings show as a
 * banner and go when fixed, the PDF is built when asked for, and closing frees the port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeSessionTest {
  static final Duration REBUILD = Duration.ofSeconds(20);

  private Path temp;
  private Path source;
  private ServeSession session;
  private final BuildLog log = new BuildLog();
  private final List<Rebuild> builds = log.builds;
  private final List<Exception> failures = log.failures;

  @BeforeAll
  void start(@TempDir Path folder) throws IOException {
    temp = folder;
    source = TestEdition.write(temp.resolve("letters"), "The first reading.");
    ServeOptions options = ServeOptions.defaults().withPort(0).withJobs(2)
        .withOutput(temp.resolve("out/html"), temp.resolve("out/pdf"));
    session = ServeSession.start(List.of(temp.resolve("letters")), options, log);
  }

  @AfterAll
  void stop() {
    if (session != null) {
      session.close();
    }
    assertTrue(failures.isEmpty(), failures::toString);
  }

  @Test
  @Order(1)
  void aSavedDocumentIsRebuiltAndOpenPagesHearReload() throws IOException {
    assertEquals(1, builds.size());
    assertTrue(page().body().contains("The first reading."));
    try (Http.Events events = new Http.Events(session.port())) {
      String hello = events.next("hello", Duration.ofSeconds(5)).orElseThrow();
      TestEdition.save(source, "<p>The second reading.</p>");
      String reload = events.next("reload", REBUILD).orElseThrow(
          () -> new AssertionError("no reload event; builds: " + builds));
      assertTrue(Long.parseLong(reload) > Long.parseLong(hello));
    }
    String page = page().body();
    assertTrue(page.contains("The second reading."), page);
    assertFalse(page.contains("The first reading."));
    Rebuild last = builds.get(builds.size() - 1);
    assertEquals(List.of("letters"), last.editions());
    assertEquals(List.of(source.toAbsolutePath().normalize()), last.validated());
  }

  @Test
  @Order(2)
  void findingsOfTheChangedFileShowOnItsPageEscapedAndGoWhenFixed() throws IOException {
    saveAndWait("<p>Still <bogus>readable</bogus> &amp; fine.</p>");
    Rebuild rebuild = builds.get(builds.size() - 1);
    assertTrue(rebuild.errors() > 0, rebuild::toString);
    String page = page().body();
    assertTrue(page.contains(PageInjection.BANNER_ID), page);
    assertTrue(page.contains("element &quot;bogus&quot; not allowed"), page);

    saveAndWait("<p>Fixed.</p>");
    assertFalse(page().body().contains("not allowed"));
  }

  @Test
  @Order(3)
  void aDocumentThatNoLongerParsesIsListedOnTheMissingPageUntilFixed() throws IOException {
    saveAndWait("<p>Unclosed</P>");
    Http.Response gone = page();
    assertEquals(404, gone.status());
    assertTrue(gone.body().contains("letter.xml:"), gone.body());
    assertTrue(gone.body().contains("[wf]"), gone.body());
    assertTrue(gone.body().contains(PageInjection.SCRIPT_PATH), "the missing page reloads too");

    saveAndWait("<p>Closed again.</p>");
    assertEquals(200, page().status());
  }

  @Test
  @Order(4)
  void aFileThatIsNotADocumentChangesNothing() throws IOException, InterruptedException {
    int before = builds.size();
    Files.writeString(source.resolveSibling("notes.txt"), "not TEI");
    Thread.sleep(ServeOptions.DEFAULT_QUIET.toMillis() * 4);
    assertEquals(before, builds.size(), "notes.txt started a build");
    // nothing happening proves nothing unless the watcher is alive: the next save is seen, and
    // it is the only build since, of the document alone
    saveAndWait("<p>Saved after the notes.</p>");
    assertEquals(before + 1, builds.size(), () -> "one build for the save: " + builds);
    assertEquals(List.of(source.toAbsolutePath().normalize()), builds.get(builds.size() - 1).validated());
  }

  @Test
  @Order(5)
  void thePdfIsBuiltWhenAskedForAndLinkedFromThePage() throws IOException {
    String link = PreviewServer.PDF_PATH + "letters";
    assertTrue(page().body().contains("href=\"" + link + "\""));
    Http.Response pdf = Http.get(session.port(), link);
    assertEquals(200, pdf.status(), pdf.body());
    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertTrue(pdf.body().startsWith("%PDF-"));
  }

  @Test
  @Order(6)
  void closingFreesThePortEndsItsThreadsAndLeavesTheSite() throws IOException, InterruptedException {
    int port = session.port();
    session.close();
    assertTrue(Files.isRegularFile(temp.resolve("out/html").resolve(TestEdition.PAGE)));
    try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertEquals(port, again.getLocalPort());
    }
    List<String> left = List.of();
    for (int i = 0; i < 50; i++) {
      left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
          .filter(n -> n.startsWith("teikit-serve") || n.startsWith("HTTP-Dispatcher")).toList();
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(50);
    }
    assertEquals(List.of(), left);
  }

  private void saveAndWait(String body) throws IOException {
    try (Http.Events events = new Http.Events(session.port())) {
      events.next("hello", Duration.ofSeconds(5)).orElseThrow();
      TestEdition.save(source, body);
      events.next("reload", REBUILD).orElseThrow(() -> new AssertionError("no reload; builds: " + builds));
    }
  }

  private Http.Response page() throws IOException {
    return Http.get(session.port(), "/" + TestEdition.PAGE);
  }
}
