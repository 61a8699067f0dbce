package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Editions;

/** The seed edition as a site: complete, well-formed, linked, deterministic, atomic. */
class SiteTest {
  static final Path SEED = Path.of("editions/chervonenko-deng-1962");

  @TempDir Path tmp;

  @Test
  void seedEditionIsWellFormedAndEveryInternalLinkResolves() throws IOException {
    Path site = tmp.resolve("site");
    HtmlResult result = Sites.publish(site, 2, SEED);
    assertTrue(Sites.problems(result).isEmpty(), () -> result.diagnostics().toString());
    for (String page : List.of("index.html", "persons.html", "places.html", "orgs.html", "search.html",
        "conventions.html", "search-index.js", "assets/teikit.css", "assets/teikit.js", "assets/search.js",
        "assets/fonts/pt-serif-cyrillic-400-normal.woff2")) {
      assertTrue(Files.isRegularFile(site.resolve(page)), page);
    }
    SiteWalk walk = SiteWalk.of(Sites.context(tmp), site);
    assertTrue(walk.problems.isEmpty(), () -> String.join("\n", walk.problems));
  }

  /**
   * The words around a mention and a search result read as the reading text does: an apparatus
   * entry's lemma, not its lemma and variants run together; the variants are still found.
   */
  @Test
  void mentionContextsAndSearchResultsReadAsTheReadingText() throws IOException {
    Path site = tmp.resolve("site");
    Sites.publish(site, 2, SEED);
    // the seed's app-arrangement: lem "according to Mao Zedong's arrangement", a Russian rdg, an
    // emendation rdg "on Mao Zedong's instructions", and a note
    String persons = Files.readString(site.resolve("persons.html")).replaceAll("<[^>]+>", "");
    assertTrue(persons.contains("according to Mao Zedong's arrangement, Deng Xiaoping can receive him"), persons);
    assertFalse(persons.contains("on Mao Zedong's instructions"), "a variant in a mention's context");
    String index = SearchFiles.text(site);
    assertTrue(index.contains("according to Mao Zedong's arrangement, Deng Xiaoping can receive him"));
    assertFalse(index.contains("on Mao Zedong's instructions"), "a variant in a search result's text");
    assertTrue(index.contains("\"instruct\":[\"instruction"), "a variant's words are found, by their English stem");
  }

  /** A name in a note reads among the note's words, as FRUS's source notes inside heads do. */
  @Test
  void aMentionInANoteHasTheNotesWordsAroundIt() throws IOException {
    Path edition = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(edition.resolve("d.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
        + "<listPerson><person xml:id=\"aaron\"><persName>David Aaron</persName></person></listPerson>"
        + "<head>3. Statement by Senator Mondale<note>No classification marking. <persName corresp=\"#aaron\">"
        + "Aaron</persName>'s name appears on the first page.</note></head></body></text></TEI>");
    Path site = tmp.resolve("site");
    Sites.publish(site, 1, edition);
    String persons = Files.readString(site.resolve("persons.html")).replaceAll("<[^>]+>", "");
    assertTrue(persons.contains("… No classification marking. Aaron's name appears on the first page. …"), persons);
    assertFalse(persons.contains("Mondale Aaron") || persons.contains("MondaleAaron"), persons);
    assertTrue(persons.contains("Mentions (1)3. Statement by Senator Mondale…"),
        "the document, titled by its head without the head's note: " + persons);
  }

  @Test
  void aNameWhollyInParenthesesIsListedUnderItsFirstLetter() throws IOException {
    Path edition = Files.createDirectories(tmp.resolve("names"));
    Files.writeString(edition.resolve("d.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><list>"
        + "<item><persName xml:id=\"deng\">Deng Xiaoping</persName> <persName xml:id=\"teng\">(Teng Hsiao-p’ing)</persName>,"
        + " Vice Premier</item><item><persName xml:id=\"aaron\">Aaron, David</persName></item></list></body></text></TEI>");
    Path site = tmp.resolve("site");
    Sites.publish(site, 1, edition);
    String persons = Files.readString(site.resolve("persons.html"));
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h2 id=\"[^\"]*-name\">([^<]*)</h2>").matcher(persons);
    while (m.find()) {
      names.add(m.group(1));
    }
    assertEquals(List.of("Aaron, David", "Deng Xiaoping", "Teng Hsiao-p’ing"), names);
  }

  /** Both sites are listed, so a file only one of them has is a difference too. */
  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Sites.publish(a, 1, SEED);
    Sites.publish(b, 2, SEED);
    List<Path> filesOfA = files(a);
    assertTrue(filesOfA.size() >= 20, "the seed's site has at least 20 files: " + filesOfA);
    assertEquals(filesOfA, files(b), "the same files");
    List<Path> differ = new ArrayList<>();
    for (Path file : filesOfA) {
      if (Files.mismatch(a.resolve(file), b.resolve(file)) != -1) {
        differ.add(file);
      }
    }
    assertEquals(List.of(), differ, "the same bytes");
  }

  /** Every regular file under {@code root}, relative to it, sorted. */
  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void aDocumentThatIsNotWellFormedIsReportedAndTheOthersArePublished() throws IOException {
    Path edition = tmp.resolve("ed");
    Files.createDirectories(edition);
    Files.writeString(edition.resolve("a.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>fine</p></body></text></TEI>");
    Files.writeString(edition.resolve("b.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body><p>broken</body></text></TEI>");
    Path site = tmp.resolve("site");
    HtmlResult result = Sites.publish(site, 1, edition);
    assertEquals(1, result.documents());
    assertEquals(1, result.diagnostics().size());
    assertEquals(2, result.diagnostics().get(0).line());
    assertTrue(result.diagnostics().get(0).file().endsWith("b.xml"));
    assertTrue(Files.exists(site.resolve("doc/a.html")));
    assertFalse(Files.exists(site.resolve("doc/b.html")));
  }

  /** A novel without ids on its chapters, as ELTeC encodes them, large enough to be split. */
  private static String novel(String opening) {
    String chapter = "<p>" + "Words of a chapter that fill its page. ".repeat(60) + "</p>";
    return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><front><div><p>" + opening + "</p></div></front><body>"
        + ("<div type=\"chapter\"><head>Chapter</head><head>A title</head>" + chapter + "</div>").repeat(3)
        + "</body></text></TEI>";
  }

  @Test
  void splitPagesOfDivisionsWithoutIdsAreNamedByPlaceSoAnEditKeepsTheirAddresses() throws IOException {
    Path edition = tmp.resolve("novels");
    Files.createDirectories(edition);
    Files.writeString(edition.resolve("n.xml"), novel("Preface."));
    Path site = tmp.resolve("site");
    HtmlPublisher small = new HtmlPublisher(Sites.context(tmp), new HtmlOptions(1, "", 2000));
    small.publish(Editions.find(List.of(edition)), site, false);
    List<String> before = pages(site);
    assertEquals(List.of("n.body-1.html", "n.body-2.html", "n.body-3.html", "n.front-1.html", "n.html"), before);
    assertTrue(Files.readString(site.resolve("doc/n.html")).contains(">Chapter: A title</a>"),
        "the table of contents names a chapter by its heads");

    Files.writeString(edition.resolve("n.xml"), novel("Preface.</p><p>A paragraph added <hi>before</hi> the chapters."));
    small.publish(Editions.find(List.of(edition)), site, false);
    assertEquals(before, pages(site), "the same pages, under the same names");
  }

  private static List<String> pages(Path site) throws IOException {
    try (Stream<Path> files = Files.list(site.resolve("doc"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void aFolderWithoutEditionXmlIsTitledAfterTheFolder() throws IOException {
    Path edition = tmp.resolve("My letters");
    Files.createDirectories(edition);
    Files.writeString(edition.resolve("l1.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>Dear <persName xml:id=\"x\">X</persName>, <persName corresp=\"#x\">you</persName>.</p></body></text></TEI>");
    Path site = tmp.resolve("site");
    Sites.publish(site, 1, edition);
    String home = Files.readString(site.resolve("index.html"));
    assertTrue(home.contains("<title>My letters</title>"), home);
    String persons = Files.readString(site.resolve("persons.html"));
    assertTrue(persons.contains("doc/l1.html#"), persons);
  }
}
