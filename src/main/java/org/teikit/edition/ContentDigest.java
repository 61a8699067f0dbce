package org.teikit.edition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests in hex, the keys of everything a build keeps between runs: content, not
 * timestamps, so that touching a file without changing it rebuilds nothing.
 */
public final class ContentDigest {
  private ContentDigest() {}

  /** The digest of some bytes. */
  public static String of(byte[] content) {
    return HexFormat.of().formatHex(sha256().digest(content));
  }

  /** The digest of names and content together; each name is closed by a zero byte. */
  public static String of(String first, String second, byte[] content) {
    MessageDigest digest = sha256();
    digest.update(first.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(second.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(content);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A fresh SHA-256 digest (every JVM has one). */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
