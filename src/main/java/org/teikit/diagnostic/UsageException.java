package org.teikit.diagnostic;

/** The command asks for something teikit will not do (a remote schema, a report over a source). */
public class UsageException extends TeikitException {
  public UsageException(String message) {
    super(message);
  }
}
