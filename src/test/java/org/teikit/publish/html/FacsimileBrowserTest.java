package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.teikit.cli.CliRun;
import org.teikit.publish.AtomicDirectory;
import org.teikit.publish.images.Typescript;

/**
 * The page images beside the text as a reader meets them, in headless Chromium from file://, on
 * a typescript of three pages drawn by the test (Typescript): the pane shows the page read,
 * follows the scroll, opens a page from its mark, zooms by keyboard, lights a zone's line and
 * a line's zone (lb/@facs, and an element's @facs: seg), and asks nothing of the network. Screenshots in target/screenshots/facsimile-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacsimileBrowserTest {
  static final Path EDITION = Path.of("target/facsimile-edition").toAbsolutePath();
  static final Path SITE = Path.of("target/facsimile-site").toAbsolutePath();

  @AutoClose private HeadlessChromium.Session session;
  private ChromeDriver driver;

  @BeforeAll
  void start() throws IOException {
    if (Files.exists(EDITION)) {
      AtomicDirectory.deleteTree(EDITION);
    }
    Typescript.write(EDITION, 3);
    CliRun run = CliRun.of("html", "--clean", EDITION.toString(), "-o", SITE.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    session = HeadlessChromium.open();
    driver = session.driver();
  }

  @BeforeEach
  void load() {
    driver.get(SITE.resolve("doc/telegram.html").toUri().toString());
    session.waitFor(() -> Boolean.TRUE.equals(session.js("return !!(window.tkFacsimile && tkFacsimile.world.getItemAt(0)"
        + " && tkFacsimile.world.getItemAt(0).getFullyLoaded())")));
  }

  @Test
  void thePaneShowsThePageInViewAndFollowsTheScroll() throws IOException {
    assertEquals("surface-1", shown());
    session.shot("facsimile-page-1");
    session.js("document.querySelectorAll('.tk-facs-pb')[1].scrollIntoView({block: 'start'})");
    session.waitFor(() -> "surface-2".equals(shown()) && loaded());
    assertEquals("2", session.js("return document.querySelector('.tk-facsimile-label').textContent"));
    session.shot("facsimile-scrolled-to-page-2");
    session.js("window.scrollTo(0, 0)");
    session.waitFor(() -> "surface-1".equals(shown()));
  }

  @Test
  void aPageMarkOpensItsPage() {
    WebElement third = driver.findElements(By.cssSelector(".tk-facs-pb")).get(2);
    session.js("arguments[0].scrollIntoView({block: 'end'})", third);
    third.findElement(By.cssSelector(".folio")).click();
    session.waitFor(() -> "surface-3".equals(shown()));
  }

  @Test
  void keyboardZoomChangesTheView() throws IOException {
    double before = zoom();
    WebElement canvas = driver.findElement(By.cssSelector(".tk-facsimile .openseadragon-canvas"));
    // OpenSeadragon's own keys: "=" zooms in (by the key's code, Equal), "-" out;
    // the keyboard goes to the viewer as a reader's Tab takes it there (its canvas is focusable)
    session.js("arguments[0].focus()", canvas);
    assertTrue(Boolean.TRUE.equals(session.js("return document.activeElement === tkFacsimile.canvas")));
    new Actions(driver).sendKeys("=").pause(java.time.Duration.ofMillis(300)).sendKeys("=").perform();
    // each press zooms by about a tenth
    session.waitFor(() -> zoom() > before * 1.15);
    session.shot("facsimile-zoomed-by-keyboard");
  }

  @Test
  void aZoneLightsItsLineAndALineItsZone() throws IOException {
    WebElement zone = driver.findElement(By.cssSelector(".tk-zone[data-zone='zone-1-3']"));
    new Actions(driver).moveToElement(zone).perform();
    session.waitFor(() -> !litLine().isEmpty());
    assertTrue(litLine().contains("Page 1 line 3 of"), litLine());
    assertFalse(litLine().contains("line 4"), litLine());
    assertTrue(zone.getAttribute("class").contains("lit"));
    session.shot("facsimile-zone-lights-line");
    // the reverse: the pointer on line 5 of the text lights line 5's zone
    @SuppressWarnings("unchecked")
    List<Number> at = (List<Number>) session.js("var m = document.querySelector('.tk-zone-line[data-zone=\"zone-1-5\"]');"
        + "var r = document.createRange(); r.setStartAfter(m); r.setEnd(m.nextSibling, 6);"
        + "var b = r.getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2];");
    new Actions(driver).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).perform();
    session.waitFor(() -> driver.findElement(By.cssSelector(".tk-zone[data-zone='zone-1-5']")).getAttribute("class")
        .contains("lit"));
    assertTrue(litLine().contains("Page 1 line 5 of"), litLine());
    session.shot("facsimile-line-lights-zone");
  }

  @Test
  void anElementWithFacsLightsItsZoneAndItsZoneTheElement() throws IOException {
    // page 3's lines are seg/@facs, not lb/@facs: each seg carries its zone
    WebElement third = driver.findElements(By.cssSelector(".tk-facs-pb")).get(2);
    session.js("arguments[0].scrollIntoView({block: 'start'})", third);
    session.waitFor(() -> "surface-3".equals(shown()) && loaded());
    WebElement zone = driver.findElement(By.cssSelector(".tk-zone[data-zone='zone-3-4']"));
    new Actions(driver).moveToElement(zone).perform();
    session.waitFor(() -> !litLine().isEmpty());
    assertEquals("Page 3 line 4 of the telegram, typed on the legation's machine.", litLine());
    session.shot("facsimile-zone-lights-seg");
    WebElement seg = driver.findElement(By.cssSelector("#text [data-zone='zone-3-7']"));
    new Actions(driver).moveToElement(seg).perform();
    session.waitFor(() -> driver.findElement(By.cssSelector(".tk-zone[data-zone='zone-3-7']")).getAttribute("class")
        .contains("lit"));
    assertEquals("Page 3 line 7 of the telegram, typed on the legation's machine.", litLine());
    session.shot("facsimile-seg-lights-zone");
  }

  @Test
  void aZoneGivenByPointsIsItsPolygon() throws IOException {
    WebElement second = driver.findElements(By.cssSelector(".tk-facs-pb")).get(1);
    session.js("arguments[0].scrollIntoView({block: 'start'})", second);
    session.waitFor(() -> "surface-2".equals(shown()) && loaded());
    session.js("tkFacsimile.viewport.fitHorizontally(true)");
    WebElement polygon = driver.findElement(By.cssSelector(".tk-zone[data-zone='zone-2-1'] svg polygon"));
    assertEquals(4, polygon.getAttribute("points").split(" ").length, polygon.getAttribute("points"));
    // the top left corner of the zone's box is outside the slanted outline: nothing lights there
    @SuppressWarnings("unchecked")
    List<Number> box = (List<Number>) session.js("var r = document.querySelector(\".tk-zone[data-zone='zone-2-1']\")"
        + ".getBoundingClientRect(); return [r.left, r.top, r.width, r.height];");
    double left = box.get(0).doubleValue();
    double top = box.get(1).doubleValue();
    assertFalse(Boolean.TRUE.equals(session.js("var e = document.elementFromPoint(arguments[0], arguments[1]);"
        + " return !!e && e.tagName === 'polygon'", left + 2, top + 2)), "the box's corner is not the zone");
    assertTrue(Boolean.TRUE.equals(session.js("var e = document.elementFromPoint(arguments[0], arguments[1]);"
        + " return !!e && e.tagName === 'polygon'", left + box.get(2).doubleValue() / 2, top + box.get(3).doubleValue() / 2)));
    new Actions(driver).moveToLocation((int) (left + box.get(2).doubleValue() / 2), (int) (top + box.get(3).doubleValue() / 2))
        .perform();
    session.waitFor(() -> litLine().contains("Page 2 line 1 of"));
    assertFalse(litLine().contains("line 2"), litLine());
    session.shot("facsimile-polygon-zone");
  }

  @Test
  void nothingIsAskedOfTheNetworkAndTheTilesComeFromDisk() {
    HeadlessChromium.requests(driver); // what came before
    driver.navigate().refresh();
    load();
    session.js("tkFacsimile.viewport.zoomBy(4); tkFacsimile.viewport.applyConstraints();");
    session.waitFor(this::loaded);
    List<String> requests = HeadlessChromium.requests(driver);
    assertEquals(List.of(), HeadlessChromium.remote(requests));
    assertTrue(requests.stream().anyMatch(u -> u.contains("/images/telegram/pages/page-1/") && u.endsWith("/0/default.jpg")),
        requests.toString());
    assertTrue(requests.stream().anyMatch(u -> u.endsWith("assets/openseadragon/openseadragon.min.js")), requests.toString());
  }

  private String shown() {
    return (String) session.js("return document.querySelector('.tk-facsimile').dataset.surface || ''");
  }

  private boolean loaded() {
    return Boolean.TRUE.equals(session.js("var i = tkFacsimile.world.getItemAt(0); return !!(i && i.getFullyLoaded())"));
  }

  private double zoom() {
    return ((Number) session.js("return tkFacsimile.viewport.getZoom(true)")).doubleValue();
  }

  private String litLine() {
    return (String) session.js("var h = CSS.highlights.get('tk-line'); if (!h) return '';"
        + "var t = ''; h.forEach(function (r) { t += r.toString(); }); return t;");
  }
}
