package org.teikit.publish.html;

import org.teikit.diagnostic.InternalException;

/**
 * The web edition cannot be built at all (as opposed to one document failing): a stylesheet or
 * asset missing from the build, an edition-wide page that fails, a stored result that is damaged.
 */
public final class PublishException extends InternalException {
  public PublishException(String message) {
    super(message);
  }

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
