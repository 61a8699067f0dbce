package org.teikit.serve;

/** The port asked for is already taken on 127.0.0.1; the message says what to do. */
public final class PortInUseException extends ServeException {
  private final int port;

  public PortInUseException(int port, Throwable cause) {
    super("port " + port + " is in use on 127.0.0.1; choose another with --port N", cause);
    this.port = port;
  }

  public int port() {
    return port;
  }
}
