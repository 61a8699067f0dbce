package org.teikit.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on 127.0.0.1 that every network case names as its server: teikit fetches nothing, so
 * any connection that reaches it is a breach. It answers nothing and closes each connection.
 */
final class LoopbackTrap implements AutoCloseable {
  private final ServerSocket socket;
  private final AtomicInteger connections = new AtomicInteger();

  LoopbackTrap() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread accepting = new Thread(this::accept, "hostile-loopback-trap");
    accepting.setDaemon(true);
    accepting.start();
  }

  /** {@code http://127.0.0.1:PORT}, without a final slash. */
  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        connections.incrementAndGet();
      } catch (IOException closed) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
