import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a site's search page with a query in its address in headless Chromium, the cache
 * disabled, and prints for each run: the time from navigation start to the first results
 * (search.js's performance mark), the bytes of every file the page loaded (page, assets, index
 * pieces; from the browser's network log, as Chromium keeps no resource timing for file: URLs)
 * and of the search index's pieces alone, and how many term and text shards it loaded.
 * Usage (bench/search.sh compiles and runs it): java -cp TEST_CLASSPATH:DIR SearchLoad SITE RUNS QUERY...
 */
public final class SearchLoad {
  private SearchLoad() {}

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]).toAbsolutePath();
    int runs = Integer.parseInt(args[1]);
    Path profile = Files.createTempDirectory("teikit-bench-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
    try {
      driver.executeCdpCommand("Network.enable", Map.of());
      driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      for (int q = 2; q < args.length; q++) {
        String query = args[q];
        for (int run = 1; run <= runs; run++) {
          driver.get("about:blank");
          driver.manage().logs().get(LogType.PERFORMANCE); // what came before
          driver.get(site.resolve("search.html").toUri() + "?q=" + java.net.URLEncoder.encode(query, "UTF-8").replace("+", "%20"));
          JavascriptExecutor js = driver;
          new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
              (Boolean) js.executeScript("return performance.getEntriesByName('teikit-search-results').length > 0;"));
          double ms = ((Number) js.executeScript(
              "return performance.getEntriesByName('teikit-search-results')[0].startTime;")).doubleValue();
          List<String> all = new ArrayList<>();
          for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            if (entry.getMessage().contains("\"Network.requestWillBeSent\"")) {
              Matcher m = Pattern.compile("\"url\":\"([^\"]*)\"").matcher(entry.getMessage());
              while (m.find()) {
                all.add(m.group(1));
              }
            }
          }
          long bytes = 0;
          long searchBytes = 0;
          int terms = 0;
          int texts = 0;
          for (String url : all.stream().map(u -> u.replaceAll("[?#].*$", "")).distinct().toList()) {
            if (!url.startsWith("file:")) {
              continue;
            }
            Path file = Path.of(URI.create(url));
            long size = Files.size(file);
            bytes += size;
            String inSite = site.relativize(file).toString();
            if (inSite.startsWith("search/") || inSite.equals("search-index.js")) {
              searchBytes += size;
            }
            terms += inSite.startsWith("search/t/") ? 1 : 0;
            texts += inSite.startsWith("search/s/") ? 1 : 0;
          }
          String status = (String) js.executeScript("return document.getElementById('search-status').textContent;");
          System.out.printf("%s\t%d\t%.0f\t%d\t%d\t%d\t%d\t%s%n", query, run, ms, bytes, searchBytes, terms, texts, status);
        }
      }
    } finally {
      driver.quit();
    }
  }
}
