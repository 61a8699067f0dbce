package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.teikit.Folders;
import org.teikit.Installed;
import org.teikit.TestEdition;
import org.teikit.publish.AtomicDirectory;

/**
 * {@code serve} in real headless Chromium: a page left open reloads by itself after its source
 * is saved, and shows the change. Also times save-to-reloaded-page for the seed edition (printed;
 * not asserted, the figure depends on the machine; {@code -Dteikit.serve.saves=N} for more saves). Skipped only when Chromium or its driver is
 * not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SEED = Path.of("editions/chervonenko-deng-1962");

  @TempDir Path temp;
  private ChromeDriver driver;
  private Path profile;
  private ServeSession session;

  @BeforeAll
  void startBrowser() throws IOException {
    Installed.chromium();
    profile = Files.createTempDirectory("teikit-serve-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterEach
  void stopServer() {
    if (session != null) {
      session.close();
      session = null;
    }
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      AtomicDirectory.deleteTree(profile);
    }
  }

  @Test
  void anOpenPageReloadsByItselfAndShowsTheSavedText() throws IOException {
    Path source = TestEdition.write(temp.resolve("letters"), "The first reading.");
    session = start(temp.resolve("letters"));
    open(TestEdition.PAGE, "The first reading.");
    mark();
    long saved = System.currentTimeMillis();
    TestEdition.save(source, "<p>The second reading.</p>");
    waitForText("The second reading.", Duration.ofSeconds(20));
    long millis = shownAt() - saved;
    assertEquals(Boolean.FALSE, js("return window.teikitTestMark === 1;"), "the page was patched, not reloaded");
    assertTrue(!body().contains("The first reading."));
    System.out.printf("serve: small edition, save to reloaded page: %d ms%n", millis);
  }

  @Test
  void theSeedEditionReloadsAfterASave() throws IOException {
    Path editions = temp.resolve("seed/editions");
    Folders.copy(SEED, editions.resolve(SEED.getFileName()));
    Folders.copy(Path.of("schema"), temp.resolve("seed/schema"));
    Path source = editions.resolve(SEED.getFileName()).resolve("1962-03-01-chervonenko-deng.xml");
    String original = Files.readString(source);
    assertTrue(original.contains("Record of a Conversation"));
    session = start(editions.resolve(SEED.getFileName()));
    open("doc/1962-03-01-chervonenko-deng.html", "Record of a Conversation");
    List<Long> times = new ArrayList<>();
    for (int i = 1; i <= Integer.getInteger("teikit.serve.saves", 2); i++) {
      mark();
      String word = "Conversation" + "x".repeat(i);
      long saved = System.currentTimeMillis();
      Files.writeString(source, original.replace("Record of a Conversation", "Record of a " + word));
      waitForText("Record of a " + word + " ", Duration.ofSeconds(30));
      long shown = shownAt() - saved;
      times.add(shown);
      long reloadBegan = ((Number) js("return performance.timeOrigin;")).longValue() - saved;
      System.out.printf("serve: seed edition, save to reloaded page %d ms: the reload began after %d ms"
          + " (debounce and rebuild), the page was ready %d ms later%n", shown, reloadBegan, shown - reloadBegan);
      assertEquals(Boolean.FALSE, js("return window.teikitTestMark === 1;"));
    }
    System.out.printf("serve: seed edition, save to reloaded page: %s ms%n", times);
  }

  private ServeSession start(Path edition) throws IOException {
    ServeOptions options = ServeOptions.defaults().withPort(0)
        .withOutput(temp.resolve("out/html"), temp.resolve("out/pdf"));
    return ServeSession.start(List.of(edition), options, new ServeSession.Listener() {
      @Override
      public void built(Rebuild rebuild) {
        System.out.printf("serve: built %s in %d ms%n", rebuild.editions(), rebuild.took().toMillis());
      }

      @Override
      public void failed(Exception e) {
        System.out.println("serve: build failed: " + e);
      }
    });
  }

  /** Opens a page and waits until it listens for reloads. */
  private void open(String page, String expected) {
    driver.get(session.url() + page);
    assertTrue(body().contains(expected), body());
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> session.listeners() > 0);
  }

  /** A mark that only a real reload removes. */
  private void mark() {
    js("window.teikitTestMark = 1;");
  }

  /** When the reloaded page's document was ready, in the clock of {@link System#currentTimeMillis}. */
  private long shownAt() {
    Number at = (Number) js("var n = performance.getEntriesByType('navigation')[0];"
        + " return performance.timeOrigin + n.domContentLoadedEventEnd;");
    return at.longValue();
  }

  private void waitForText(String text, Duration timeout) {
    new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(20)).until(d -> {
      try {
        return Boolean.TRUE.equals(js("return document.readyState !== 'loading'"
            + " && document.body.textContent.indexOf(arguments[0]) >= 0;", text));
      } catch (org.openqa.selenium.WebDriverException reloading) {
        return false;
      }
    });
  }

  private String body() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
