package org.teikit.publish.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.teikit.Installed;
import org.teikit.publish.AtomicDirectory;

/** The browser tests' Chromium: headless, no network services of its own, requests logged. */
final class HeadlessChromium {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** A browser and the profile folder it was given, removed when it is closed. */
  record Session(ChromeDriver driver, Path profile) implements AutoCloseable {
    Object js(String script, Object... args) {
      return driver.executeScript(script, args);
    }

    /** Waits up to 20 s for {@code condition}: a state, never a fixed sleep. */
    void waitFor(java.util.function.BooleanSupplier condition) {
      new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }

    /** A screenshot of the window, as target/screenshots/NAME.png. */
    void shot(String name) throws IOException {
      Path png = driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
      Files.createDirectories(BrowserTest.SHOTS);
      Files.copy(png, BrowserTest.SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
      driver.quit();
      AtomicDirectory.deleteTree(profile);
    }
  }

  /** A new session with a profile of its own. */
  static Session open() throws IOException {
    Path profile = Files.createTempDirectory("teikit-chromium-");
    return new Session(start(profile), profile);
  }

  private static ChromeDriver start(Path profile) {
    Installed.chromium();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
        "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** The URLs of every request the pages made since the log was last read. */
  static List<String> requests(ChromeDriver driver) {
    List<String> requests = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String message = entry.getMessage();
      if (message.contains("\"Network.requestWillBeSent\"")) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"url\":\"([^\"]*)\"").matcher(message);
        while (m.find()) {
          requests.add(m.group(1));
        }
      }
    }
    return requests;
  }

  /** Of {@code requests}, those that left the machine: not file:, nor the browser's own pages. */
  static List<String> remote(List<String> requests) {
    // chrome: and data: URLs are the browser's own start page, never the network
    return requests.stream()
        .filter(u -> !u.startsWith("file:") && !u.startsWith("chrome:") && !u.startsWith("data:")
            && !u.startsWith("about:") && !u.startsWith("chrome-extension:"))
        .distinct().toList();
  }
}
