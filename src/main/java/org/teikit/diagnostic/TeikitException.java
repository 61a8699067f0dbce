package org.teikit.diagnostic;

/**
 * A way teikit fails, named by its cause. The message is a plain sentence for the user. Each
 * cause is one subtype, and the command line gives each cause its exit code (usage and I/O 2,
 * unsafe or unreadable input 1, internal 2), so a new failure picks a cause, not a number.
 */
public abstract class TeikitException extends RuntimeException {
  protected TeikitException(String message) {
    super(message);
  }

  protected TeikitException(String message, Throwable cause) {
    super(message, cause);
  }
}
