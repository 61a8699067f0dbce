package org.teikit.diagnostic;

/**
 * An input teikit refuses to read (remote, outside the folders given, too large) or cannot read
 * as what it should be (a document that is not well-formed, a schema that does not compile):
 * the input is at fault, so the documents count as having errors.
 */
public class UnsafeInputException extends TeikitException {
  public UnsafeInputException(String message) {
    super(message);
  }
}
