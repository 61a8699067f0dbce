package org.teikit.xml;

import org.teikit.diagnostic.UnsafeInputException;

/** A resource teikit refused to read, and why; the message says it in plain words. */
public final class UnsafeResourceException extends UnsafeInputException {
  /** Why a resource is refused. */
  public enum Reason {
    /** http:, https: or ftp: — teikit never uses the network. */
    REMOTE,
    /** jar: or another scheme teikit does not read. */
    SCHEME,
    /** A file outside the folders teikit was given (where a symbolic link leads counts). */
    OUTSIDE,
    /** A device, FIFO or socket. */
    NOT_REGULAR,
    /** Larger than {@link InputLimits} allow. */
    TOO_LARGE
  }

  private final Reason reason;

  public UnsafeResourceException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
