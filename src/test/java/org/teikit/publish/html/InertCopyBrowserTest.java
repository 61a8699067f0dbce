package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.teikit.Installed;
import org.teikit.publish.AtomicDirectory;

/**
 * The TEI copy beside each page, opened in headless Chromium as a reader would open it from the
 * edition's web server (application/xml, the edition's origin). Each hostile source holds one way
 * of running script: the source itself (what teikit published before) runs it, the published
 * copy must not. Skipped only when Chromium or its driver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InertCopyBrowserTest {
  private static final String TEI = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
      + "<title>T</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc>"
      + "</fileDesc></teiHeader><text><body><p>%s</p></body></text></TEI>\n";
  /** A stylesheet whose output runs script, for the xml-stylesheet instruction. */
  private static final String EVIL_XSL = """
      <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
        <xsl:template match="/"><html><body><script>window.fired = 'xslt';</script></body></html></xsl:template>
      </xsl:stylesheet>
      """;

  @TempDir static Path dir;
  private Path site;
  private HttpServer server;
  private ChromeDriver driver;
  private Path profile;

  @BeforeAll
  void start() throws IOException {
    Installed.chromium();
    Path edition = Files.createDirectories(dir.resolve("hostile"));
    write(edition, "img", "", "<img xmlns=\"http://www.w3.org/1999/xhtml\" src=\"x\" onerror=\"window.fired='img'\"/>");
    write(edition, "script", "", "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">window.fired='script'</h:script>");
    write(edition, "svg", "", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.fired='svg'\"/>");
    write(edition, "entity", "<!DOCTYPE TEI [ <!ENTITY x \"<img xmlns='http://www.w3.org/1999/xhtml' src='y' "
        + "onerror='window.fired=&quot;entity&quot;'/>\"> ]>\n", "&x;");
    write(edition, "xslt", "<?xml-stylesheet type=\"text/xsl\" href=\"evil.xsl\"?>\n", "text");
    Files.writeString(edition.resolve("evil.xsl"), EVIL_XSL);
    site = dir.resolve("site");
    HtmlResult result = Sites.publish(site, 1, edition);
    assertTrue(Sites.problems(result).isEmpty(), () -> result.diagnostics().toString());
    // the stylesheet beside the copies, where an instruction left live would find it
    Files.copy(edition.resolve("evil.xsl"), site.resolve("doc/evil.xsl"));
    Files.copy(edition.resolve("evil.xsl"), dir.resolve("evil.xsl"));
    server = serve(dir);
    driver = chromium();
  }

  @AfterAll
  void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
    if (profile != null) {
      AtomicDirectory.deleteTree(profile);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"img", "script", "svg", "entity", "xslt"})
  void theSourceRunsScriptAndThePublishedCopyDoesNot(String attack) {
    assertEquals(attack, firedOn("hostile/" + attack + ".xml"), "the source as it was published before");
    assertNull(firedOn("site/doc/" + attack + ".xml"), "the published copy");
  }

  /** What the page set {@code window.fired} to, once it has loaded (after every image's error event). */
  private Object firedOn(String path) {
    driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
        "complete".equals(driver.executeScript("return document.readyState")));
    return driver.executeScript("return window.fired === undefined ? null : window.fired");
  }

  private static void write(Path edition, String name, String prolog, String inside) throws IOException {
    Files.writeString(edition.resolve(name + ".xml"), "<?xml version=\"1.0\"?>\n" + prolog + TEI.formatted(inside));
  }

  /** A static web server on loopback, XML as application/xml as any server sends it. */
  private static HttpServer serve(Path root) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/", exchange -> {
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      boolean found = file.startsWith(root) && Files.isRegularFile(file);
      byte[] body = found ? Files.readAllBytes(file) : new byte[0];
      exchange.getResponseHeaders().set("Content-Type", "application/xml");
      exchange.sendResponseHeaders(found ? 200 : 404, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    http.start();
    return http;
  }

  private ChromeDriver chromium() throws IOException {
    profile = Files.createTempDirectory("teikit-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTest.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserTest.DRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return chrome;
  }
}
