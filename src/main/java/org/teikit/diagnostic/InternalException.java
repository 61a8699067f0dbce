package org.teikit.diagnostic;

/** A fault of teikit itself or of its build (a stylesheet or font missing, or not compiling). */
public class InternalException extends TeikitException {
  public InternalException(String message) {
    super(message);
  }

  public InternalException(String message, Throwable cause) {
    super(message, cause);
  }
}
