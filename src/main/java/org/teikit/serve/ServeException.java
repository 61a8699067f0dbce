package org.teikit.serve;

import org.teikit.diagnostic.InputOutputException;

/** The preview server cannot start or go on (the port, the stylesheets, the output folder). */
public class ServeException extends InputOutputException {
  public ServeException(String message, Throwable cause) {
    super(message, cause);
  }

  public ServeException(String message) {
    super(message);
  }
}
