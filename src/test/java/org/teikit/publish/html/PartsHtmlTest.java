package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Installed;
import org.teikit.edition.Editions;

/**
 * A FRUS document inside its volume can be cited (xslt/common/parts.xsl): its split page names
 * its number, title, date, citation and permanent link; search results and index mentions name
 * the document of the volume they are in; the home page dates the volume by the span its
 * documents cover, not by the year it was printed. On a small FRUS-like volume, split with a low
 * threshold and published with a base URL, so that one run shows every case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartsHtmlTest {
  /** The volume: two documents, dated by dateline and by frus:doc-dateTime-min, padded to be split. */
  static final Path VOLUME = Path.of("src/test/resources/fixtures/parts/vol.xml");
  private static final String LOREM = "lorem ipsum dolor sit amet ".repeat(60).strip();

  private Path tmp;
  private Path site;

  @BeforeAll
  void publish(@TempDir Path dir) throws IOException {
    tmp = dir;
    Path folder = Files.createDirectories(tmp.resolve("frus"));
    Files.copy(VOLUME, folder.resolve("vol.xml"));
    site = tmp.resolve("site");
    HtmlPublisher publisher = new HtmlPublisher(Sites.context(folder),
        new HtmlOptions(1, "https://example.org/frus/", 1000));
    HtmlResult result = publisher.publish(Editions.find(List.of(folder)), site, false);
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
  }

  @Test
  void aSplitDocumentPageNamesNumberTitleDateCitationAndPermanentLink() throws IOException {
    String page = Files.readString(site.resolve("doc/vol.d5.html"));
    assertNamesPart(page, "5", "Memorandum From the Director (Brzezinski) to the Members", "1977-03-12", "12 March 1977");
    assertTrue(page.contains("<p class=\"citation\">“Memorandum From the Director (Brzezinski) to the Members”, "
        + "12 March 1977. In: Foreign Relations, 1977–1980, Volume I, No. 5. "
        + "https://example.org/frus/doc/vol.d5.html#d5.</p>"), page);
    assertTrue(page.contains("<a href=\"https://example.org/frus/doc/vol.d5.html#d5\">"), page);
  }

  /** A page without an xml:id is cited by its page alone: an element number would move with an edit. */
  @Test
  void aPageWithoutAnIdIsCitedByItsPageAlone() throws IOException {
    String page = Files.readString(site.resolve("doc/vol.back-1.html"));
    assertTrue(page.contains("<a href=\"https://example.org/frus/doc/vol.back-1.html\">"), page);
  }

  /** The metadata panel of a part's page: its number, title and date. */
  static void assertNamesPart(String page, String number, String title, String iso, String date) {
    assertTrue(page.contains("<div class=\"meta-number\" data-key=\"number\"><dt>No.</dt><dd>" + number + "</dd>"), page);
    assertTrue(page.contains("<div class=\"meta-title\" data-key=\"title\"><dt>Title</dt><dd>" + title + "</dd>"), page);
    assertTrue(page.contains("<time datetime=\"" + iso + "\">" + date + "</time>"), page);
  }

  @Test
  void aDocumentIsDatedByTheFrusCataloguersDateWhenItHasOne() throws IOException {
    assertNamesPart(Files.readString(site.resolve("doc/vol.d6.html")), "6", "Editorial Note", "1978-01-02", "2 January 1978");
  }

  @Test
  void searchResultsNameTheDocumentOfTheVolume() throws IOException {
    String index = SearchFiles.text(site);
    assertTrue(index.contains("[\"doc/vol.html\",\"Foreign Relations, 1977–1980, Volume I\",[\"Foundations\","
        + "\"No. 5. Memorandum From the Director (Brzezinski) to the Members, 12 March 1977\","
        + "\"No. 6. Editorial Note, 2 January 1978\"]]"), index);
    // a passage of document 6 points to its label; each date is the part's (0 for none)
    assertTrue(index.contains("\"Another paper about wheat. " + LOREM + "\",2]"), index);
    assertTrue(index.contains(",19770312,19780102]"), index);
  }

  @Test
  void searchPageShowsTheDocumentNumberInAHitsLabel() throws Exception {
    Path chromium = Installed.program(BrowserTest.CHROMIUM.toString(), "chromium");
    Path profile = Files.createDirectories(tmp.resolve("profile"));
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
        site.resolve("search.html").toUri() + "?q=wheat")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    // the shards load after the page: the virtual time budget lets the scripts finish
    assertTrue(dom.contains("<span class=\"result-doc\" lang=\"en\">No. 6. Editorial Note, 2 January 1978</span>"
        + "<span class=\"result-volume\" lang=\"en\">Foreign Relations, 1977–1980, Volume I</span>"), dom);
  }

  @Test
  void indexMentionsNameTheDocumentOfTheVolume() throws IOException {
    String persons = Files.readString(site.resolve("persons.html"));
    String part = "<span class=\"mention-part\" title=\"No. 5. Memorandum From the Director (Brzezinski) to the "
        + "Members, 12 March 1977\" lang=\"en\">No. 5</span>";
    assertEquals(2, persons.split(java.util.regex.Pattern.quote(part), -1).length - 1, persons);
  }

  @Test
  void theHomePageDatesAVolumeByTheSpanItCoversNotItsPrinting() throws IOException {
    String home = Files.readString(site.resolve("index.html"));
    assertTrue(home.contains("<time datetime=\"1977-03-12\">12 March 1977 – 2 January 1978</time>"), home);
    assertFalse(home.contains(">2014<"), home);
  }
}
