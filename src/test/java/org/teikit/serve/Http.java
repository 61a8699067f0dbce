package org.teikit.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plain HTTP/1.1 over a socket to 127.0.0.1, so a test can send a path exactly as written (no
 * client normalizes "../" away) and every connection is closed when the test is done with it.
 */
final class Http {
  /** Long enough for a PDF rendered on demand on a busy CI machine (10 s timed out there). */
  private static final int TIMEOUT_MILLIS = 60_000;

  private Http() {}

  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** GET {@code rawPath} as written on the request line. */
  static Response get(int port, String rawPath) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] all = socket.getInputStream().readAllBytes();
      String text = new String(all, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String[] head = text.substring(0, end).split("\r\n");
      int status = Integer.parseInt(head[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < head.length; i++) {
        int colon = head[i].indexOf(':');
        headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
      }
      return new Response(status, headers, text.substring(end + 4));
    }
  }

  /** An open Server-Sent Events stream, read line by line; closed with the test. */
  static final class Events implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;

    Events(int port) throws IOException {
      socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setSoTimeout(250);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + PageInjection.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream raw = socket.getInputStream();
      in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
    }

    /**
     * The data of the next event named {@code name} within {@code timeout}; chunk-size lines and
     * other events are skipped.
     */
    Optional<String> next(String name, Duration timeout) throws IOException {
      long deadline = System.nanoTime() + timeout.toNanos();
      String event = null;
      while (System.nanoTime() < deadline) {
        String line;
        try {
          line = in.readLine();
        } catch (SocketTimeoutException quiet) {
          continue;
        }
        if (line == null) {
          return Optional.empty();
        }
        if (line.startsWith("event: ")) {
          event = line.substring("event: ".length());
        } else if (line.startsWith("data: ") && name.equals(event)) {
          return Optional.of(line.substring("data: ".length()));
        }
      }
      return Optional.empty();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
