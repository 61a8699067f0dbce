package org.teikit.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The Server-Sent Events stream open pages listen on: "hello" with the current build when a page
 * connects, "reload" with the new build after each rebuild, a comment every few seconds so a
 * closed tab is noticed. Each client holds one server thread until it goes or the channel closes.
 */
final class ReloadChannel {
  /** More open tabs than anyone previews at once; beyond it a client gets 503 and retries. */
  static final int MAX_CLIENTS = 64;

  private static final long KEEP_ALIVE_MILLIS = 10_000;
  private static final String END = "";

  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
  private final LongSupplier build;
  private volatile boolean closed;

  ReloadChannel(LongSupplier build) {
    this.build = build;
  }

  /** Tells every open page that build {@code number} is ready. */
  void reload(long number) {
    String event = "event: reload\ndata: " + number + "\n\n";
    clients.forEach(q -> q.offer(event));
  }

  int clients() {
    return clients.size();
  }

  /** Ends every stream; their handlers return and the server can stop. */
  void close() {
    closed = true;
    clients.forEach(q -> q.offer(END));
  }

  /** Serves one client until it disconnects or the channel closes. */
  void serve(HttpExchange exchange) throws IOException {
    if (closed || clients.size() >= MAX_CLIENTS) {
      exchange.getResponseHeaders().set("Retry-After", "1");
      exchange.sendResponseHeaders(503, -1);
      return;
    }
    BlockingQueue<String> queue = new LinkedBlockingQueue<>(64);
    clients.add(queue);
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      send(out, "retry: 500\nevent: hello\ndata: " + build.getAsLong() + "\n\n");
      while (!closed) {
        String event = queue.poll(KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS);
        if (END.equals(event)) {
          break;
        }
        send(out, event == null ? ": keep-alive\n\n" : event);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException goneAway) {
      // The tab was closed or reloaded: nothing to do but forget it.
    } finally {
      clients.remove(queue);
      exchange.close();
    }
  }

  private static void send(OutputStream out, String event) throws IOException {
    out.write(event.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
