package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed edition in real headless Chromium, opened from file://, in one browser session:
 * side by side, notes by keyboard, names to the index and back, the three searches, the view
 * that persists, the narrow screen, and no network request at all. Screenshots go to
 * target/screenshots/. Skipped only when Chromium or its driver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static final Path CHROMIUM = HeadlessChromium.CHROMIUM;
  static final Path DRIVER = HeadlessChromium.DRIVER;
  static final Path SITE = Path.of("target/browser-site").toAbsolutePath();
  static final Path SHOTS = Path.of("target/screenshots");
  static final String DOC = "doc/1962-03-01-chervonenko-deng.html";

  /** closed by JUnit after the last test: the browser quits, its profile is removed */
  @AutoClose private HeadlessChromium.Session session;
  private ChromeDriver driver;

  @BeforeAll
  void start() throws IOException {
    HtmlResult result = Sites.publish(SITE, 2, SiteTest.SEED);
    assertTrue(Sites.problems(result).isEmpty(), () -> result.diagnostics().toString());
    Files.createDirectories(SHOTS);
    session = HeadlessChromium.open();
    driver = session.driver();
  }

  @Test
  @Order(1)
  void sideBySideSetsEachRussianParagraphBesideItsEnglishCounterpart() throws IOException {
    open(DOC);
    driver.findElement(By.cssSelector("button[data-view='parallel']")).click();
    assertTrue(bodyClass().contains("view-parallel"));
    List<WebElement> russian = driver.findElements(By.cssSelector(".cell.original [id^='ru-p'][data-corresp]"));
    assertTrue(russian.size() >= 10, "Russian paragraphs with counterparts: " + russian.size());
    List<String> problems = new ArrayList<>();
    for (WebElement ru : russian) {
      for (String id : ru.getAttribute("data-corresp").split(" ")) {
        WebElement en = driver.findElement(By.id(id));
        Rectangle r = ru.getRect();
        Rectangle e = en.getRect();
        boolean sameRow = (Boolean) js("return arguments[0].closest('.row') === arguments[1].closest('.row');", ru, en);
        boolean beside = e.getX() > r.getX() + r.getWidth() / 2;
        boolean overlap = e.getY() < r.getY() + r.getHeight() && r.getY() < e.getY() + e.getHeight();
        if (!sameRow || !beside || !overlap) {
          problems.add(ru.getAttribute("id") + " / " + id + ": " + r.getX() + "," + r.getY() + " vs " + e.getX() + "," + e.getY());
        }
        assertEquals("en", en.findElement(By.xpath("ancestor::*[@lang][1]")).getAttribute("lang"));
      }
      assertEquals("ru", ru.findElement(By.xpath("ancestor::*[@lang][1]")).getAttribute("lang"));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    js("document.getElementById('ru-p1').scrollIntoView();");
    shot("document-side-by-side");
  }

  @Test
  @Order(2)
  void theChosenViewPersistsAcrossPages() throws IOException {
    open(DOC);
    driver.findElement(By.cssSelector("button[data-view='original']")).click();
    assertFalse(driver.findElement(By.id("en-p1")).isDisplayed());
    driver.navigate().refresh();
    assertTrue(bodyClass().contains("view-original"), bodyClass());
    assertTrue(driver.findElement(By.id("ru-p1")).isDisplayed());
    assertFalse(driver.findElement(By.id("en-p1")).isDisplayed());
    assertEquals("true", driver.findElement(By.cssSelector("button[data-view='original']")).getAttribute("aria-pressed"));
    shot("document-original");
    driver.findElement(By.cssSelector("button[data-view='translation']")).click();
    assertTrue(driver.findElement(By.id("en-p1")).isDisplayed());
    assertFalse(driver.findElement(By.id("ru-p1")).isDisplayed());
    driver.findElement(By.cssSelector("button[data-view='parallel']")).click();
  }

  @Test
  @Order(3)
  void aNoteOpensInPlaceByKeyboard() throws IOException {
    open(DOC);
    WebElement marker = driver.findElement(By.cssSelector(".text-area a.noteref:not(.appref)"));
    String id = marker.getAttribute("data-note");
    js("arguments[0].focus();", marker);
    assertEquals(marker, driver.switchTo().activeElement());
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    WebElement popup = driver.findElement(By.id("pop-" + id));
    assertTrue(popup.isDisplayed());
    assertEquals("true", marker.getAttribute("aria-expanded"));
    String noteText = (String) js("return document.getElementById(arguments[0]).querySelector('.note-body').textContent;", id);
    assertEquals(noteText.replaceAll("\\s+", " ").strip(), popup.getText().replaceAll("\\s+", " ").strip());
    assertTrue(driver.getCurrentUrl().endsWith(DOC), "the page did not jump: " + driver.getCurrentUrl());
    shot("note-open");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    assertTrue(driver.findElements(By.id("pop-" + id)).isEmpty(), "Enter again closes the note");
    WebElement back = driver.findElement(By.cssSelector("li#" + id + " a.note-back"));
    assertEquals("#ref-" + id, back.getAttribute("href").replaceAll("^.*#", "#"));
  }

  @Test
  @Order(4)
  void aPersonLinksToTheIndexAndTheIndexLinksBack() throws IOException {
    open(DOC);
    WebElement deng = driver.findElement(By.cssSelector("#ru-p1 a.mention-person[href$='#deng-xiaoping']"));
    String mentionId = deng.getAttribute("id");
    deng.click();
    waitFor(() -> driver.getCurrentUrl().endsWith("persons.html#deng-xiaoping"));
    WebElement entry = driver.findElement(By.id("deng-xiaoping"));
    assertTrue(entry.getText().contains("Deng Xiaoping"));
    assertTrue(entry.getText().contains("Дэн Сяо-пин"), "variant spellings shown");
    assertTrue(entry.getText().contains("1904"), "dates shown");
    shot("persons-index");
    WebElement backLink = entry.findElement(By.cssSelector("a[href$='#" + mentionId + "']"));
    backLink.click();
    waitFor(() -> driver.getCurrentUrl().endsWith(DOC + "#" + mentionId));
    assertTrue(driver.findElement(By.id(mentionId)).isDisplayed());
  }

  @Test
  @Order(5)
  void searchFindsInflectedRussianAnyCaseAndNamesAcrossScripts() throws IOException {
    search("Албания", "search-albania");
    @SuppressWarnings("unchecked")
    List<String> inText = (List<String>) js("return Array.from(document.querySelectorAll('#results li.text-result mark')).map(m => m.textContent);");
    assertTrue(inText.stream().anyMatch(m -> m.startsWith("Албани") && !m.equals("Албания")),
        "an inflected form of Албания found in the text itself (not only through the index): " + inText);
    List<String> lower = search("дэн сяо-пин", "search-lowercase");
    assertTrue(lower.stream().anyMatch(m -> m.equals("Дэн") || m.equals("ДЭН")), "case-insensitive: " + lower);
    List<String> khrushchev = search("Khrushchev", "search-khrushchev");
    assertTrue(khrushchev.contains("Хрущеву"), "cross-script name: " + khrushchev);
    WebElement hit = driver.findElement(By.xpath("//ol[@id='results']//a[.//mark[.='Хрущеву']]"));
    hit.click();
    waitFor(() -> driver.getCurrentUrl().contains(DOC + "#"));
    // a passage links to its paragraph, where the name stands
    String target = driver.getCurrentUrl().replaceAll("^.*#", "");
    assertTrue(driver.findElement(By.id(target)).getText().contains("Хрущеву"), target);
  }

  @Test
  @Order(6)
  void onANarrowScreenTheTranslationStacksUnderTheOriginal() throws IOException {
    driver.manage().window().setSize(new Dimension(420, 900));
    try {
      open(DOC);
      driver.findElement(By.cssSelector("button[data-view='parallel']")).click();
      Rectangle ru = driver.findElement(By.id("ru-p1")).getRect();
      Rectangle en = driver.findElement(By.id("en-p1")).getRect();
      assertTrue(en.getY() >= ru.getY() + ru.getHeight() - 2, "stacked: " + ru + " / " + en);
      long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertTrue(overflow <= 0, "no horizontal scrolling: " + overflow);
      js("document.getElementById('ru-p1').scrollIntoView();");
      shot("document-narrow");
    } finally {
      driver.manage().window().setSize(new Dimension(1400, 1000));
    }
  }

  @Test
  @Order(7)
  void noPageMadeANetworkRequest() throws IOException {
    open("index.html");
    shot("home");
    open("conventions.html");
    shot("conventions");
    List<String> requests = HeadlessChromium.requests(driver);
    assertTrue(requests.stream().anyMatch(u -> u.startsWith("file:") && u.endsWith("search-index.js")),
        "the performance log recorded the pages' requests");
    List<String> remote = HeadlessChromium.remote(requests);
    assertEquals(List.of(), remote);
  }

  /**
   * axe-core's accessibility rules (WCAG 2.1 A and AA, and best practices) find nothing on the
   * pages a reader meets, in the states a reader puts them in: side by side with a note open, the
   * indexes, search with results, the conventions.
   */
  @Test
  @Order(8)
  void axeFindsNoAccessibilityViolation() throws IOException {
    String axe;
    try (java.io.InputStream in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
      assertTrue(in != null, "axe.min.js is on the test class path");
      axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    List<String> found = new ArrayList<>();
    open(DOC);
    driver.findElement(By.cssSelector("button[data-view='parallel']")).click();
    driver.findElement(By.cssSelector("a.noteref")).sendKeys(Keys.ENTER);
    found.addAll(axeViolations(axe, DOC));
    for (String page : List.of("index.html", "persons.html", "places.html", "orgs.html", "conventions.html")) {
      open(page);
      found.addAll(axeViolations(axe, page));
    }
    search("Албания", "search-axe");
    found.addAll(axeViolations(axe, "search.html"));
    assertEquals(List.of(), found);
  }

  private List<String> axeViolations(String axe, String page) {
    js(axe);
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        // with the rule, experimental in this axe, that a link's name must hold its visible text
        axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } })
            .then(r => done(r.violations.map(v =>
            v.impact + ' ' + v.id + ' (' + v.nodes.length + '): ' + v.help + '; e.g. ' + v.nodes[0].target)));
        """);
    return violations.stream().map(v -> page + ": " + v).toList();
  }

  /** search.js normalizes a query's words as teikit normalized the index's: the same forms. */
  @Test
  @Order(9)
  void searchNormalizesWordsAsTheIndexDoes() {
    open("search.html");
    for (String word : SearchIndexTest.ACCENTED) {
      assertEquals(org.teikit.search.Terms.fold(word), js("return window.teikitNormalize(arguments[0]);", word), word);
    }
  }

  private List<String> search(String query, String shot) throws IOException {
    open("search.html");
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(query, Keys.ENTER);
    waitFor(() -> searched());
    shot(shot);
    @SuppressWarnings("unchecked")
    List<String> marks = (List<String>) js("return Array.from(document.querySelectorAll('#results mark')).map(m => m.textContent);");
    return marks;
  }

  /** The search has ended: its status says what it found, not that it is searching. */
  private boolean searched() {
    String status = driver.findElement(By.id("search-status")).getText();
    return !status.isEmpty() && !status.startsWith("Searching");
  }

  private void open(String page) {
    driver.get(SITE.resolve(page).toUri().toString());
    waitFor(() -> "complete".equals(js("return document.readyState;")));
  }

  private String bodyClass() {
    return driver.findElement(By.tagName("body")).getAttribute("class");
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }

  private void shot(String name) throws IOException {
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

}
