package org.teikit.publish.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest that keys reusable pages: MD5, as hex. It tells an edited file from the one a page
 * was made from (an accidental collision is out of reach); it guards against no adversary, who
 * could only bring back stale pages of their own document. Chosen for speed: teikit runs with
 * the C1 compiler only, where SHA-256 has no intrinsic and costs 0.2 s of CPU over FRUS's 17.5 MB,
 * MD5 a third of that.
 */
final class ContentDigest {
  private ContentDigest() {}

  static MessageDigest start() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no MD5", e);
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
    MessageDigest digest = start();
    digest.update(bytes);
    return hex(digest);
  }
}
