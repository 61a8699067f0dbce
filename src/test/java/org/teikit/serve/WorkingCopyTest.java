package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Folders;
import org.teikit.TestEdition;

/**
 * With a working copy of xslt/, serve builds with it: its CSS is served at once, a module that
 * stops compiling is reported (and the last good stylesheets stay in use), and a fixed module
 * rebuilds everything.
 */
class WorkingCopyTest {
  static final Path XSLT = Path.of("xslt");

  @TempDir Path temp;

  @Test
  void theWorkingCopyOfTheStylesheetsIsWatchedAndUsed() throws IOException {
    Path xslt = temp.resolve("xslt");
    Folders.copy(XSLT, xslt);
    TestEdition.write(temp.resolve("letters"), "Text.");
    BuildLog log = new BuildLog();
    List<Rebuild> builds = log.builds;
    ServeOptions options = ServeOptions.defaults().withPort(0).withJobs(2).withStylesheets(xslt)
        .withOutput(temp.resolve("out/html"), temp.resolve("out/pdf"));
    try (ServeSession session = ServeSession.start(List.of(temp.resolve("letters")), options, log)) {
      Path css = xslt.resolve("html/assets/teikit.css");
      awaitReload(session, () -> Files.writeString(css, Files.readString(css) + "\n/* working-copy-marker */\n"));
      assertTrue(Http.get(session.port(), "/assets/teikit.css").body().contains("working-copy-marker"));

      Path module = xslt.resolve("common/labels.xsl");
      String good = Files.readString(module);
      int beforeBroken = builds.size();
      awaitReload(session, () -> Files.writeString(module, "<xsl:stylesheet half-saved"));
      assertTrue(awaitBuild(builds, beforeBroken, b -> b.problems().stream().anyMatch(p -> p.contains("do not compile"))),
          builds::toString);
      assertTrue(Http.get(session.port(), "/" + TestEdition.PAGE).body().contains("do not compile"));

      awaitReload(session, () -> Files.writeString(module, good));
      Rebuild fixed = builds.get(builds.size() - 1);
      assertEquals(List.of(), fixed.problems());
      assertEquals(List.of("letters"), fixed.editions());

      // the entry module too is read from the working copy, not from inside teikit
      Path entry = xslt.resolve("html/edition.xsl");
      String entryText = Files.readString(entry);
      int before = builds.size();
      awaitReload(session, () -> Files.writeString(entry, entryText.replace("</xsl:stylesheet>",
          "<xsl:template name=\"tk:working-copy-entry\"><xsl:sequence select=\"tk:undeclared-function()\"/></xsl:template></xsl:stylesheet>")));
      // a late rebuild of the previous change may send its reload first: wait for this change's
      assertTrue(awaitBuild(builds, before, b -> b.problems().stream().anyMatch(p -> p.contains("do not compile"))),
          builds::toString);
    }
    assertEquals(List.of(), log.failures);
  }

  /**
   * Serve knows which document a page was made from by what the web publisher wrote, so a page
   * named otherwise by the stylesheets alone still shows its document's findings.
   */
  @Test
  void aPageTheStylesheetsNameOtherwiseShowsItsDocumentsFindings() throws IOException {
    Path xslt = temp.resolve("xslt");
    Folders.copy(XSLT, xslt);
    Path split = xslt.resolve("html/split.xsl");
    String named = "'doc/' || $tk:name || '.html'";
    String text = Files.readString(split);
    assertTrue(text.contains(named), "split.xsl no longer names the document's page as this test expects");
    Files.writeString(split, text.replace(named, "'doc/page-' || $tk:name || '.html'"));
    TestEdition.write(temp.resolve("letters"), "Still <bogus>readable</bogus>.");
    BuildLog log = new BuildLog();
    ServeOptions options = ServeOptions.defaults().withPort(0).withJobs(2).withStylesheets(xslt)
        .withOutput(temp.resolve("out/html"), temp.resolve("out/pdf"));
    try (ServeSession session = ServeSession.start(List.of(temp.resolve("letters")), options, log)) {
      assertEquals(404, Http.get(session.port(), "/" + TestEdition.PAGE).status());
      Http.Response page = Http.get(session.port(), "/doc/page-letter.html");
      assertEquals(200, page.status());
      assertTrue(page.body().contains("element &quot;bogus&quot; not allowed"), page.body());
    }
    assertEquals(List.of(), log.failures);
  }

  /** Whether a rebuild after the first {@code from} matches, waiting up to 20 s for it. */
  private static boolean awaitBuild(List<Rebuild> builds, int from, java.util.function.Predicate<Rebuild> wanted) {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      if (builds.subList(from, builds.size()).stream().anyMatch(wanted)) {
        return true;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  interface Change {
    void make() throws IOException;
  }

  /** Makes the change with an event stream open and waits for the reload it causes. */
  private static void awaitReload(ServeSession session, Change change) throws IOException {
    try (Http.Events events = new Http.Events(session.port())) {
      events.next("hello", Duration.ofSeconds(5)).orElseThrow();
      change.make();
      events.next("reload", Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no reload"));
    }
  }
}
