package org.teikit.publish.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the cache of reusable pages uses it: hex strings, separated parts. */
final class Sha256 {
  private Sha256() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** Adds a string and a separator, so that ("ab", "c") and ("a", "bc") differ. */
  static void update(MessageDigest digest, String s) {
    digest.update(s.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  static String of(byte[] bytes) {
    MessageDigest digest = sha256();
    digest.update(bytes);
    return hex(digest);
  }
}
