package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server on its own: files from the site folder only, the injections, the events. */
class PreviewServerTest {
  static final String PAGE = "<!DOCTYPE html><html><head><title>A</title></head><body class=\"tk\"><p>Text</p></body></html>";

  @TempDir Path temp;
  private Path site;
  private PreviewServer server;
  private final AtomicLong build = new AtomicLong(7);
  private volatile Map<String, List<String>> problems = Map.of();

  @BeforeEach
  void start() throws IOException {
    site = Files.createDirectories(temp.resolve("site"));
    Files.writeString(temp.resolve("secret.txt"), "SECRET");
    Files.writeString(site.resolve("index.html"), PAGE);
    Files.createDirectories(site.resolve("doc"));
    Files.writeString(site.resolve("doc").resolve("a.html"), PAGE);
    Files.createDirectories(site.resolve("assets"));
    Files.writeString(site.resolve("assets").resolve("teikit.css"), "body { color: black }");
    Files.write(site.resolve("assets").resolve("f.woff2"), new byte[] {1, 2, 3});
    server = PreviewServer.bind(0, site);
    server.start(new PreviewServer.Content() {
      @Override
      public long build() {
        return build.get();
      }

      @Override
      public List<String> problems(String page) {
        return problems.getOrDefault(page, List.of());
      }

      @Override
      public Optional<String> pdfEdition(String page) {
        return Optional.empty();
      }

      @Override
      public Optional<Path> pdf(String edition) {
        return Optional.empty();
      }
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesFilesWithTheirContentTypes() throws IOException {
    Http.Response css = Http.get(server.port(), "/assets/teikit.css");
    assertEquals(200, css.status());
    assertEquals("text/css; charset=utf-8", css.header("Content-Type"));
    assertEquals("body { color: black }", css.body());
    assertEquals("no-store", css.header("Cache-Control"));
    assertEquals("font/woff2", Http.get(server.port(), "/assets/f.woff2").header("Content-Type"));
    assertEquals("text/javascript; charset=utf-8", Http.get(server.port(), PageInjection.SCRIPT_PATH).header("Content-Type"));
  }

  @Test
  void htmlResponsesGetTheReloadScriptButTheFileOnDiskDoesNot() throws IOException {
    Http.Response page = Http.get(server.port(), "/doc/a.html");
    assertEquals(200, page.status());
    assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
    assertTrue(page.body().contains("<script src=\"/_teikit/live.js\" data-build=\"7\" defer=\"defer\"></script></head>"),
        page.body());
    assertEquals(PAGE, Files.readString(site.resolve("doc").resolve("a.html")));
  }

  @Test
  void aFolderServesItsIndexAndGetsItsSlash() throws IOException {
    assertTrue(Http.get(server.port(), "/").body().contains("<p>Text</p>"));
    Http.Response bare = Http.get(server.port(), "/doc");
    assertEquals(301, bare.status());
    assertEquals("/doc/", bare.header("Location"));
  }

  @Test
  void refusesPathsThatLeaveTheSiteFolder() throws IOException {
    for (String path : List.of("/../secret.txt", "/doc/../../secret.txt", "/%2e%2e/secret.txt",
        "/doc/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%5csecret.txt")) {
      Http.Response r = Http.get(server.port(), path);
      assertTrue(r.status() == 403 || r.status() == 400 || r.status() == 404, path + " gave " + r.status());
      assertFalse(r.body().contains("SECRET"), path);
    }
  }

  @Test
  void refusesASymbolicLinkOutOfTheSite() throws IOException {
    Files.createSymbolicLink(site.resolve("out.txt"), temp.resolve("secret.txt"));
    Http.Response r = Http.get(server.port(), "/out.txt");
    assertEquals(403, r.status());
    assertFalse(r.body().contains("SECRET"));
  }

  @Test
  void aMissingFileIs404AndItsPageStillReloads() throws IOException {
    Http.Response r = Http.get(server.port(), "/doc/missing.html");
    assertEquals(404, r.status());
    assertTrue(r.body().contains(PageInjection.SCRIPT_PATH));
    assertEquals(404, Http.get(server.port(), "/_teikit/pdf/nothing").status());
  }

  @Test
  void onlyGetAndHeadAreAnswered() throws IOException {
    try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.getOutputStream().write("DELETE /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes());
      String reply = new String(s.getInputStream().readAllBytes());
      assertTrue(reply.startsWith("HTTP/1.1 405"), reply);
    }
    assertTrue(Files.exists(site.resolve("index.html")));
  }

  @Test
  void theBannerShowsTheFindingsOfItsPageEscaped() throws IOException {
    problems = Map.of("doc/a.html", List.of("a.xml:3:4: error: element \"<script>\" not allowed & so on [rng]"));
    String body = Http.get(server.port(), "/doc/a.html").body();
    assertTrue(body.contains("<body class=\"tk\"><div id=\"" + PageInjection.BANNER_ID + "\""), body);
    assertTrue(body.contains("element &quot;&lt;script&gt;&quot; not allowed &amp; so on [rng]"), body);
    assertFalse(body.contains("\"<script>\""));
    assertFalse(Http.get(server.port(), "/index.html").body().contains(PageInjection.BANNER_ID));
  }

  @Test
  void pagesHearHelloWithTheCurrentBuildThenReload() throws IOException, InterruptedException {
    try (Http.Events events = new Http.Events(server.port())) {
      assertEquals(Optional.of("7"), events.next("hello", Duration.ofSeconds(5)));
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (server.listeners() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      build.set(8);
      server.reload(8);
      assertEquals(Optional.of("8"), events.next("reload", Duration.ofSeconds(5)));
    }
  }

  @Test
  void answersOnlyToLocalHostNames() throws IOException {
    try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.getOutputStream().write("GET /index.html HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String reply = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("HTTP/1.1 403"), reply);
      assertFalse(reply.contains("<p>Text</p>"));
    }
    for (String host : List.of("127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000")) {
      assertTrue(PreviewServer.isLocalHost(host), host);
    }
    for (String host : List.of("127.0.0.1.nip.io", "localhost.example:8000", "evil", "[::2]:80")) {
      assertFalse(PreviewServer.isLocalHost(host), host);
    }
  }

  @Test
  void listensOnLoopbackOnly() throws IOException {
    try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), server.port())) {
      assertTrue(s.getInetAddress().isLoopbackAddress());
    }
    assertTrue(server.url().startsWith("http://127.0.0.1:"));
  }

  @Test
  void aTakenPortIsReportedWithWhatToDo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      PortInUseException e = assertThrows(PortInUseException.class,
          () -> PreviewServer.bind(taken.getLocalPort(), site));
      assertEquals("port " + taken.getLocalPort() + " is in use on 127.0.0.1; choose another with --port N",
          e.getMessage());
    }
  }
}
