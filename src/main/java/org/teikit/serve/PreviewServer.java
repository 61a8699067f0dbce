package org.teikit.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.teikit.diagnostic.Catalogue;
import org.teikit.work.Waiting;

/**
 * Serves a built site from one folder on 127.0.0.1, and only what lies inside that folder. HTML
 * responses get the live-reload script and the banner the {@link Content} asks for; everything
 * is sent with {@code Cache-Control: no-store} so a reload always shows the latest build.
 *
 * <pre>
 * /_teikit/events        Server-Sent Events: hello, reload
 * /_teikit/live.js       the script injected into pages
 * /_teikit/pdf/NAME      the PDF of an edition, built on request (when the content offers it)
 * anything else          a file under the site folder; folders serve their index.html
 * </pre>
 */
public final class PreviewServer implements AutoCloseable {
  static final String PDF_PATH = "/_teikit/pdf/";

  /** What the server shows beside the files: the build, the findings, the PDF. */
  public interface Content {
    /** The number of the build now on disk. */
    long build();

    /** Finding lines to show on a page, by its path relative to the site ("a/doc/x.html"). */
    List<String> problems(String page);

    /** The site-relative edition folder a page belongs to, when a PDF can be built for it. */
    Optional<String> pdfEdition(String page);

    /** Builds (or reuses) the PDF of an edition; empty when there is no such edition. */
    Optional<Path> pdf(String edition) throws IOException;
  }

  private final HttpServer http;
  private final ExecutorService threads;
  private final Path root;
  private final ReloadChannel channel;
  private volatile Content content;

  private PreviewServer(HttpServer http, ExecutorService threads, Path root) {
    this.http = http;
    this.threads = threads;
    this.root = root;
    this.channel = new ReloadChannel(() -> content.build());
  }

  /**
   * Binds 127.0.0.1:{@code port} (0: any free port) at once, so a taken port is reported before
   * any build; requests wait until {@link #start}.
   *
   * @param root the folder served; it may not exist yet
   * @throws PortInUseException when the port is taken
   */
  public static PreviewServer bind(int port, Path root) throws IOException {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    } catch (BindException e) {
      throw new PortInUseException(port, e);
    }
    // requests wait on the network and on the rebuild they ask for, so they have threads of
    // their own: on the run's pool a slow browser would hold a thread meant for work
    ExecutorService threads = Executors.newCachedThreadPool(Waiting.numbered("serve-http"));
    http.setExecutor(threads);
    PreviewServer server = new PreviewServer(http, threads, root.toAbsolutePath().normalize());
    http.createContext("/", server::handle);
    return server;
  }

  /** Starts answering requests, showing the files with what {@code content} adds. */
  public void start(Content content) {
    this.content = content;
    http.start();
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** The address to open in a browser. */
  public String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /** Tells open pages to reload: build {@code number} is on disk. */
  public void reload(long number) {
    channel.reload(number);
  }

  /** Pages listening for reloads now. */
  public int listeners() {
    return channel.clients();
  }

  /**
   * Ends the event streams, stops answering and frees the port. The event streams end first, so
   * no delay is needed (and JDK 17's HttpServer.stop(n) waits out all of n seconds).
   */
  @Override
  public void close() {
    channel.close();
    if (content == null) {
      http.start();
    }
    http.stop(0);
    threads.shutdownNow();
    try {
      threads.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      boolean head = "HEAD".equals(method);
      if (!head && !"GET".equals(method)) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (content == null) {
        text(exchange, 503, Catalogue.text("serve.not-started"), head);
      } else if (!isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
        text(exchange, 403, Catalogue.text("serve.local-only"), head);
      } else if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
        text(exchange, 400, Catalogue.text("serve.bad-path"), head);
      } else if (path.equals(PageInjection.EVENTS_PATH)) {
        channel.serve(exchange);
      } else if (path.equals(PageInjection.SCRIPT_PATH)) {
        send(exchange, 200, "text/javascript; charset=utf-8", PageInjection.SCRIPT.getBytes(StandardCharsets.UTF_8), head);
      } else if (path.startsWith(PDF_PATH)) {
        pdf(exchange, path.substring(PDF_PATH.length()), head);
      } else {
        try {
          file(exchange, path, head);
        } catch (java.nio.file.NoSuchFileException swappedAway) {
          notFound(exchange, head);
        }
      }
    }
  }

  /**
   * Refuses requests that name another host: a web page could otherwise point a name of its own
   * at 127.0.0.1 (DNS rebinding) and read the preview from the user's browser.
   */
  static boolean isLocalHost(String host) {
    if (host == null) {
      return true;
    }
    String name = host.strip().toLowerCase(java.util.Locale.ROOT);
    if (name.startsWith("[")) {
      int end = name.indexOf(']');
      name = end < 0 ? name : name.substring(0, end + 1);
    } else if (name.indexOf(':') >= 0) {
      name = name.substring(0, name.indexOf(':'));
    }
    return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
  }

  private void file(HttpExchange exchange, String path, boolean head) throws IOException {
    Path file = root.resolve(path.substring(1)).normalize();
    if (!file.startsWith(root)) {
      text(exchange, 403, Catalogue.text("serve.outside-site"), head);
      return;
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        exchange.getResponseHeaders().set("Location", path + "/");
        send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
        return;
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      notFound(exchange, head);
      return;
    }
    if (!file.toRealPath().startsWith(root.toRealPath())) {
      text(exchange, 403, Catalogue.text("serve.outside-site"), head);
      return;
    }
    String name = file.getFileName().toString();
    String type = ContentTypes.of(name);
    byte[] body = Files.readAllBytes(file);
    if (ContentTypes.isHtml(name)) {
      String page = root.relativize(file).toString().replace('\\', '/');
      String html = PageInjection.inject(new String(body, StandardCharsets.UTF_8), content.build(),
          content.problems(page), content.pdfEdition(page).map(e -> PDF_PATH + e));
      body = html.getBytes(StandardCharsets.UTF_8);
    }
    send(exchange, 200, type, body, head);
  }

  /** A page that says what is missing, shows every finding, and reloads with the next build. */
  private void notFound(HttpExchange exchange, boolean head) throws IOException {
    String page = PageInjection.inject(Catalogue.text("serve.not-found-page"), content.build(), content.problems(""), Optional.empty());
    send(exchange, 404, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), head);
  }

  private void pdf(HttpExchange exchange, String edition, boolean head) throws IOException {
    Optional<Path> pdf;
    try {
      pdf = edition.contains("/") || edition.contains("..") ? Optional.empty() : content.pdf(edition);
    } catch (IOException | RuntimeException e) {
      text(exchange, 500, Catalogue.text("serve.pdf-failed", e.getMessage()), head);
      return;
    }
    if (pdf.isEmpty() || !Files.isRegularFile(pdf.get())) {
      text(exchange, 404, "no PDF for " + edition, head);
      return;
    }
    send(exchange, 200, "application/pdf", Files.readAllBytes(pdf.get()), head);
  }

  private static void text(HttpExchange exchange, int status, String message, boolean head) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), head);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (head || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
