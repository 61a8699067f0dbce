package org.teikit.xml;

/** A resource teikit refused to read: remote, or outside the folders it may read. */
public final class UnsafeResourceException extends RuntimeException {
  public UnsafeResourceException(String message) {
    super(message);
  }
}
