import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a site's search page with a query in its address in headless Chromium, the cache
 * disabled, and prints for each run: the time from navigation start to the first results
 * (search.js's performance mark), the bytes of every file the page loaded (page, assets, index
 * pieces) and of the search index's pieces alone, and how many term and text shards it loaded.
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
    ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
    try {
      driver.executeCdpCommand("Network.enable", Map.of());
      driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      for (int q = 2; q < args.length; q++) {
        String query = args[q];
        for (int run = 1; run <= runs; run++) {
          driver.get("about:blank");
          driver.get(site.resolve("search.html").toUri() + "?q=" + java.net.URLEncoder.encode(query, "UTF-8").replace("+", "%20"));
          JavascriptExecutor js = driver;
          new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
              (Boolean) js.executeScript("return performance.getEntriesByName('teikit-search-results').length > 0;"));
          double ms = ((Number) js.executeScript(
              "return performance.getEntriesByName('teikit-search-results')[0].startTime;")).doubleValue();
          @SuppressWarnings("unchecked")
          List<String> urls = (List<String>) js.executeScript(
              "return performance.getEntriesByType('resource').map(r => r.name);");
          List<String> all = new ArrayList<>(urls);
          all.add(driver.getCurrentUrl());
          long bytes = 0;
          long searchBytes = 0;
          int terms = 0;
          int texts = 0;
          for (String url : all.stream().map(u -> u.replaceAll("[?#].*$", "")).distinct().toList()) {
            if (!url.startsWith("file:")) {
              continue;
            }
            long size = Files.size(Path.of(URI.create(url)));
            bytes += size;
            if (url.contains("/search/") || url.endsWith("/search-index.js")) {
              searchBytes += size;
            }
            terms += url.contains("/search/t/") ? 1 : 0;
            texts += url.contains("/search/s/") ? 1 : 0;
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
