package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teikit.Folders;
import org.teikit.SeedCopy;
import org.teikit.cli.CliRun;

/**
 * The interface-language switch: a copy of the seed declaring {@code ru en} is published in
 * Russian at the site's root and in English under {@code en/}; in Chromium from file://, the
 * switch in the banner leads from a document's page to the same page in English and back, and
 * the English search page finds a word. With one language there is no switch and no copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageSwitchBrowserTest {
  static final String DOCUMENT = "doc/1962-03-01-chervonenko-deng.html";
  /** the copies and sites (the screenshots stay in target/screenshots) */
  @TempDir static Path TEMP;
  private Path copy;
  private Path site;
  @AutoClose private HeadlessChromium.Session session;

  @BeforeAll
  void publish() throws IOException {
    copy = SeedCopy.withSettings(TEMP.resolve("ed/chervonenko-deng-1962"),
        SeedCopy.setting("interface-language", "ru en"));
    site = TEMP.resolve("site");
    Sites.publishWell(site, copy);
  }

  @Test
  void theSwitchLeadsToTheSamePageInTheOtherLanguageAndBack() throws IOException {
    session = HeadlessChromium.open();
    session.driver().get(site.resolve("index.html").toUri().toString());
    assertEquals("ru", lang());
    assertEquals(List.of("ru:Русский", "en:English"), switchItems());
    assertEquals("Русский", current());

    session.driver().get(site.resolve(DOCUMENT).toUri().toString());
    session.shot("language-switch-ru");
    String russianTitle = session.driver().findElement(By.cssSelector("main h1")).getText();
    link("en").click();
    session.waitFor(() -> "en".equals(lang()));
    assertEquals(site.resolve("en/" + DOCUMENT).toUri().toString(), session.driver().getCurrentUrl());
    assertEquals("English", current());
    // the document's own words are the same; teikit's are English
    assertEquals(russianTitle, session.driver().findElement(By.cssSelector("main h1")).getText());
    assertTrue(session.driver().findElement(By.cssSelector(".banner nav:not(.languages)")).getText().contains("Search"));
    session.shot("language-switch-en");

    link("ru").click();
    session.waitFor(() -> "ru".equals(lang()));
    assertEquals(site.resolve(DOCUMENT).toUri().toString(), session.driver().getCurrentUrl());
    assertTrue(session.driver().findElement(By.cssSelector(".banner nav:not(.languages)")).getText().contains("Поиск"));
    assertTrue(HeadlessChromium.remote(HeadlessChromium.requests(session.driver())).isEmpty(), "no network request");
  }

  @Test
  void theSearchPageInTheSecondLanguageFindsAWord() throws IOException {
    session = session == null ? HeadlessChromium.open() : session;
    session.driver().get(site.resolve("en/search.html").toUri() + "?q=" + URLEncoder.encode("Хрущев", StandardCharsets.UTF_8));
    session.waitFor(() -> {
      String s = status();
      return !s.isEmpty() && !s.equals("Searching…");
    });
    session.shot("language-switch-en-search");
    assertEquals("en", lang());
    assertTrue(status().contains("1 index entry"), status());
    WebElement entity = session.driver().findElement(By.cssSelector("#results li.entity-result"));
    assertTrue(entity.getText().contains("2 mentions in the index of persons"), entity.getText());
    // its result leads into the English copy of the site
    String href = entity.findElement(By.tagName("a")).getAttribute("href");
    assertTrue(href.startsWith(site.resolve("en/").toUri().toString()), href);
  }

  @Test
  void anEditionOfOneLanguageHasNoSwitch() throws IOException {
    Path single = TEMP.resolve("site-one");
    Sites.publishWell(single, SiteTest.SEED);
    List<Path> pages;
    try (Stream<Path> s = Files.walk(single)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).toList();
    }
    assertTrue(pages.size() >= 7, "pages: " + pages.size());
    for (Path page : pages) {
      assertFalse(Files.readString(page).contains("class=\"languages\""), single.relativize(page) + " has a switch");
    }
    assertFalse(Files.exists(single.resolve("en")), "no copy in another language");
    // the check can fail: the two-language site has the switch on every page
    assertTrue(Files.readString(site.resolve(DOCUMENT)).contains("class=\"languages\""));
  }

  /** In a collection, the English copy's link to the landing page reaches it, one folder further up. */
  @Test
  void theCopyInACollectionLinksToTheLandingPage() throws IOException {
    Path collection = TEMP.resolve("collection");
    Folders.copy(copy, collection.resolve("a"));
    Folders.copy(SiteTest.SEED, collection.resolve("b"));
    Path out = TEMP.resolve("site-collection");
    Sites.publishWell(out, collection);
    Path page = out.resolve("a/en/" + DOCUMENT);
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("class=\"collection-link\"><a href=\"([^\"]+)\"")
        .matcher(Files.readString(page));
    assertTrue(link.find(), "a link to the collection");
    assertEquals(out.resolve("index.html"), page.getParent().resolve(link.group(1)).normalize());
    assertFalse(Files.exists(out.resolve("b/en")), "the edition of one language has no copy");
  }

  /** The run's pages of a document are its pages in every language (serve finds a page's findings by them). */
  @Test
  void theResultNamesTheDocumentsPagesInEveryLanguage() throws IOException {
    HtmlResult result = Sites.publish(TEMP.resolve("site-pages"), 2, copy);
    List<String> pages = result.pages().get(copy.resolve("1962-03-01-chervonenko-deng.xml"));
    assertTrue(pages != null && pages.contains(DOCUMENT) && pages.contains("en/" + DOCUMENT), String.valueOf(result.pages()));
    assertEquals(1, result.rendered(), "a document is counted once, not once a language");
  }

  /** The schema takes several languages apart by spaces, and no language teikit lacks among them. */
  @Test
  void theSchemaTakesSeveralLanguages() throws IOException {
    assertEquals(0, CliRun.of("validate", copy.toString()).exitCode());
    Path wrong = SeedCopy.withSettings(TEMP.resolve("wrong/chervonenko-deng-1962"),
        SeedCopy.setting("interface-language", "ru xx"));
    CliRun run = CliRun.of("validate", wrong.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("edition.xml:") && run.out().contains("error:"), run.out());
  }

  private String lang() {
    return String.valueOf(session.js("return document.documentElement.lang;"));
  }

  private String status() {
    return session.driver().findElement(By.id("search-status")).getText();
  }

  /** The switch's items as lang:name. */
  private List<String> switchItems() {
    return session.driver().findElements(By.cssSelector(".banner nav.languages li")).stream()
        .map(li -> li.getAttribute("lang") + ":" + li.getText()).toList();
  }

  private String current() {
    return session.driver().findElement(By.cssSelector(".banner nav.languages [aria-current]")).getText();
  }

  private WebElement link(String lang) {
    return session.driver().findElement(By.cssSelector(".banner nav.languages a[hreflang='" + lang + "']"));
  }
}
