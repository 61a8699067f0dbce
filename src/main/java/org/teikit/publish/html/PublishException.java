package org.teikit.publish.html;

/** The web edition cannot be built at all (as opposed to one document failing). */
public final class PublishException extends RuntimeException {
  public PublishException(String message) {
    super(message);
  }

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
