package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.teikit.Shared;
import org.teikit.UsesShared;

/**
 * Search as a reader meets it, in headless Chromium from file://, on the seed edition (Russian
 * original, English translation) and on a site of the six FRUS volumes: stemming in both
 * languages, names across scripts, phrases, prefixes, ranking, filters, suggestions in both
 * scripts, pages of results, a search restored from its address, the index loaded by the piece,
 * and no network request. Screenshots go to target/screenshots/.
 */
@UsesShared
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {
  static final Path SEED_SITE = Path.of("target/search-seed-site").toAbsolutePath();
  static final Path FRUS_SITE = Path.of("target/search-frus-site").toAbsolutePath();

  /** closed by JUnit after the last test: the browser quits, its profile is removed */
  @AutoClose private HeadlessChromium.Session session;
  private ChromeDriver driver;

  @BeforeAll
  void start() throws IOException {
    Sites.publishWell(SEED_SITE, SiteTest.SEED);
    Sites.publishWell(FRUS_SITE, Shared.require(Shared.path("corpora/frus/volumes")));
    session = HeadlessChromium.open();
    driver = session.driver();
  }

  @Test
  void englishIsStemmed() {
    search(SEED_SITE, "question");
    assertTrue(marks().contains("questions"), "question finds questions: " + marks());
    int treaty = passages(search(FRUS_SITE, "treaty"));
    int treaties = passages(search(FRUS_SITE, "treaties"));
    assertTrue(treaty > 100, "treaty: " + treaty);
    assertEquals(treaty, treaties, "treaty and treaties are one term");
    assertTrue(marks().stream().anyMatch(m -> m.equalsIgnoreCase("treaty")), marks().toString());
  }

  @Test
  void russianIsStemmed() throws IOException {
    search(SEED_SITE, "Албания");
    session.shot("search-ru-stem");
    assertTrue(marks().contains("Албанией"), "Албания finds Албанией: " + marks());
  }

  /** «Хрущев» and «Хрущеву» have different stems: the edition's names join them, in both scripts. */
  @Test
  void aNameFindsItsEntityInEveryScriptAndFormAndRanksItsMentionsFirst() {
    String status = search(SEED_SITE, "Хрущев");
    assertTrue(status.contains("1 index entry"), status);
    List<WebElement> entities = driver.findElements(By.cssSelector("#results li.entity-result"));
    assertEquals(1, entities.size());
    assertTrue(entities.get(0).getText().startsWith("Nikita Sergeyevich Khrushchev — 2 mentions"), entities.get(0).getText());
    List<WebElement> passages = driver.findElements(By.cssSelector("#results li.text-result"));
    assertTrue(passages.size() >= 2, "passages: " + passages.size());
    String first = passages.get(0).findElement(By.tagName("mark")).getText();
    assertTrue(first.equals("Хрущеву") || first.equals("Khrushchev"), first);
    assertTrue(marks().containsAll(List.of("Хрущеву", "Khrushchev")), marks().toString());
  }

  @Test
  void aPhraseIsMatchedByWordPositions() throws IOException {
    int words = passages(search(FRUS_SITE, "Soviet Union"));
    int phrase = passages(search(FRUS_SITE, "\"Soviet Union\""));
    session.shot("search-phrase");
    assertTrue(phrase > 100 && phrase < words, phrase + " phrase hits, " + words + " for both words anywhere");
    for (WebElement hit : driver.findElements(By.cssSelector("#results li.text-result .context"))) {
      assertTrue(hit.getText().matches("(?s).*Soviet\\s+Union.*"), hit.getText());
    }
  }

  @Test
  void aPrefixFindsEveryWordItBegins() {
    search(FRUS_SITE, "Khrush*");
    assertFalse(marks().isEmpty());
    assertTrue(marks().stream().allMatch(m -> m.toLowerCase().startsWith("khrush")), marks().toString());
  }

  @Test
  void resultsAreLabelledWithNumberTitleAndDateAndPaged() throws IOException {
    String status = search(FRUS_SITE, "treaty");
    Matcher pages = Pattern.compile("page 1 of (\\d+)").matcher(status);
    assertTrue(pages.find(), status);
    String firstLabel = driver.findElement(By.cssSelector("#results li.text-result .result-doc")).getText();
    assertTrue(firstLabel.matches("No\\. \\d+\\. .*, \\d{1,2} \\w+ \\d{4}"), "number, title and date: " + firstLabel);
    List<String> page1 = hrefs();
    assertEquals(20, page1.size());
    driver.findElement(By.xpath("//nav[@id='search-pages']/button[.='Next']")).click();
    session.waitFor(() -> status().contains("page 2 of"));
    session.shot("search-page-2");
    List<String> page2 = hrefs();
    assertFalse(page2.isEmpty());
    assertTrue(page2.stream().noneMatch(page1::contains), "page 2 shows other passages");
    assertTrue(driver.getCurrentUrl().contains("page=2"), driver.getCurrentUrl());
  }

  @Test
  void aDateRangeNarrowsTheResults() {
    int all = passages(search(FRUS_SITE, "treaty"));
    int in1977 = passages(openSearch(FRUS_SITE, "q=treaty&from=1977&to=1977-12-31"));
    assertTrue(in1977 > 0 && in1977 < all, in1977 + " of " + all);
    for (WebElement label : driver.findElements(By.cssSelector("#results li.text-result .result-doc"))) {
      assertTrue(label.getText().endsWith("1977"), label.getText());
    }
  }

  @Test
  void aVolumeFilterShowsCountsAndNarrowsTheResults() {
    int all = passages(search(FRUS_SITE, "treaty"));
    Select volumes = new Select(driver.findElement(By.id("search-vol")));
    List<WebElement> options = volumes.getOptions();
    assertTrue(options.size() >= 3, "volumes with hits: " + options.size());
    int sum = 0;
    for (WebElement o : options.subList(1, options.size())) {
      Matcher count = Pattern.compile("\\((\\d+)\\)$").matcher(o.getText());
      assertTrue(count.find(), o.getText());
      sum += Integer.parseInt(count.group(1));
    }
    assertEquals(all, sum, "the counts beside the volumes add up to the passages");
    String chosen = options.get(1).getText();
    volumes.selectByIndex(1);
    session.waitFor(() -> searched() && !status().startsWith(all + " "));
    int narrowed = passages(status());
    assertEquals(Integer.parseInt(chosen.replaceAll(".*\\((\\d+)\\)$", "$1")), narrowed);
    assertTrue(driver.getCurrentUrl().contains("vol="), driver.getCurrentUrl());
  }

  /** The type filter parts a volume's numbered documents from its front and back matter. */
  @Test
  void aTypeFilterKeepsTheDocumentsOrTheRest() {
    int all = passages(openSearch(FRUS_SITE, "q=treaty"));
    int documents = passages(openSearch(FRUS_SITE, "q=treaty&type=document"));
    List<WebElement> labels = driver.findElements(By.cssSelector("#results li.text-result .result-doc"));
    assertFalse(labels.isEmpty());
    for (WebElement label : labels) {
      assertTrue(label.getText().matches("No\\. \\d+\\. .*"), label.getText());
    }
    int other = passages(openSearch(FRUS_SITE, "q=treaty&type=other"));
    assertTrue(documents > 0 && other > 0, documents + " / " + other);
    assertEquals(all, documents + other);
  }

  /** Filtering by a person keeps the passages of the parts (FRUS documents) that mention them. */
  @Test
  void aPersonFilterShowsCountsAndKeepsThePassagesWhereTheyAreMentioned() {
    int all = passages(search(FRUS_SITE, "treaty"));
    Select who = new Select(driver.findElement(By.id("search-who")));
    List<WebElement> options = who.getOptions();
    assertTrue(options.size() > 5, "persons, places and organisations mentioned: " + options.size());
    Matcher count = Pattern.compile("^(.+) \\((\\d+)\\)$").matcher(options.get(1).getText());
    assertTrue(count.find(), options.get(1).getText());
    int expected = Integer.parseInt(count.group(2));
    assertTrue(expected > 0 && expected < all, expected + " of " + all);
    who.selectByIndex(1);
    session.waitFor(() -> searched() && !status().startsWith(all + " "));
    assertEquals(expected, passages(status()));
    assertTrue(driver.getCurrentUrl().contains("who="), driver.getCurrentUrl());
  }

  @Test
  void aMisspeltNameGetsASuggestionInEitherScript() throws IOException {
    search(FRUS_SITE, "Khruschev");
    assertEquals("Did you mean khrushchev?", driver.findElement(By.id("search-suggestion")).getText());
    search(SEED_SITE, "Албния");
    session.shot("search-suggestion-ru");
    assertEquals("Did you mean албания?", driver.findElement(By.id("search-suggestion")).getText());
    driver.findElement(By.cssSelector("#search-suggestion a")).click();
    session.waitFor(() -> searched() && !status().startsWith("No results"));
    assertTrue(marks().contains("Албанией"), marks().toString());
  }

  @Test
  void aBookmarkedSearchIsRestoredFromItsAddress() {
    String status = openSearch(FRUS_SITE, "q=treaty&from=1977&to=1980&page=2");
    assertTrue(status.contains("page 2 of"), status);
    assertEquals("treaty", driver.findElement(By.id("q")).getAttribute("value"));
    assertEquals("1977", driver.findElement(By.id("search-from")).getAttribute("value"));
    assertEquals("1980", driver.findElement(By.id("search-to")).getAttribute("value"));
  }

  /** A one-word query loads the first piece, a few shards and the stemmers: not the index. */
  @Test
  void aQueryLoadsOnlyThePiecesItNeedsAndNothingFromTheNetwork() throws IOException {
    HeadlessChromium.requests(driver); // what came before
    search(FRUS_SITE, "Brezhnev");
    List<String> requests = HeadlessChromium.requests(driver);
    assertEquals(List.of(), HeadlessChromium.remote(requests));
    List<Path> loaded = requests.stream().filter(u -> u.startsWith("file:") && u.contains("/search"))
        .map(u -> Path.of(URI.create(u.replaceAll("\\?.*$", "")))).distinct().toList();
    assertTrue(loaded.stream().anyMatch(p -> p.toString().contains("/search/t/")), loaded.toString());
    long bytes = 0;
    for (Path p : loaded) {
      bytes += Files.size(p);
    }
    long termShards;
    try (Stream<Path> all = Files.list(FRUS_SITE.resolve("search/t"))) {
      termShards = all.count();
    }
    long termsLoaded = loaded.stream().filter(p -> p.toString().contains("/search/t/")).count();
    assertTrue(termsLoaded * 10 < termShards, termsLoaded + " of " + termShards + " term shards");
    assertTrue(bytes < 1_000_000, "bytes loaded: " + bytes);
  }

  @Test
  void arrowKeysMoveThroughTheResults() {
    search(SEED_SITE, "Албания");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys(Keys.ARROW_DOWN);
    WebElement first = driver.findElements(By.cssSelector("#results a")).get(0);
    assertEquals(first, driver.switchTo().activeElement());
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    assertNotEquals(first, driver.switchTo().activeElement());
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    assertEquals(first, driver.switchTo().activeElement());
    assertEquals("polite", driver.findElement(By.id("search-status")).getAttribute("aria-live"));
    assertEquals("q", driver.findElement(By.cssSelector("form.search-form label")).getAttribute("for"));
  }

  private String search(Path site, String query) {
    openSearch(site, "");
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(query, Keys.ENTER);
    session.waitFor(this::searched);
    return status();
  }

  private String openSearch(Path site, String address) {
    driver.get(site.resolve("search.html").toUri() + (address.isEmpty() ? "" : "?" + address));
    session.waitFor(() -> "complete".equals(session.js("return document.readyState;")));
    if (!address.isEmpty()) {
      session.waitFor(this::searched);
    }
    return status();
  }

  private boolean searched() {
    String status = status();
    return !status.isEmpty() && !status.startsWith("Searching");
  }

  private String status() {
    return driver.findElement(By.id("search-status")).getText();
  }

  /** The number of passages a status line gives ("106 passages; page 1 of 6."), 0 for none. */
  private static int passages(String status) {
    Matcher m = Pattern.compile("(\\d+) passages?").matcher(status);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  @SuppressWarnings("unchecked")
  private List<String> marks() {
    return (List<String>) session.js("return Array.from(document.querySelectorAll('#results mark')).map(m => m.textContent);");
  }

  @SuppressWarnings("unchecked")
  private List<String> hrefs() {
    return (List<String>) session.js("return Array.from(document.querySelectorAll('#results li.text-result a')).map(a => a.href);");
  }
}
