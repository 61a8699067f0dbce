package org.teikit.publish.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The digest that keys reusable pages: SHA-256, as hex, the one digest of every key teikit keeps
 * ({@link org.teikit.edition.ContentDigest}). It digests keys and page facts here, short texts;
 * the sources' bytes are digested once per run, by {@link org.teikit.edition.SourceDigests}.
 */
final class ContentDigest {
  private ContentDigest() {}

  static MessageDigest start() {
    return org.teikit.edition.ContentDigest.sha256();
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
