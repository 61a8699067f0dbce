package org.teikit.serve;

import org.teikit.diagnostic.Catalogue;

/** The port asked for is already taken on 127.0.0.1; the message says what to do. */
public final class PortInUseException extends ServeException {
  private final int port;

  public PortInUseException(int port, Throwable cause) {
    super(Catalogue.text("serve.port-in-use", port), cause);
    this.port = port;
  }

  public int port() {
    return port;
  }
}
