package org.teikit.diagnostic;

/** A file or folder cannot be read or written, or a resource the run needs (a port) is taken. */
public class InputOutputException extends TeikitException {
  public InputOutputException(String message) {
    super(message);
  }

  public InputOutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
