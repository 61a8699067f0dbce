package org.teikit.publish.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.teikit.edition.ContentDigest;

/** A SHA-256 built from named parts; each part is framed so that no two sequences of parts collide. */
final class Digest {
  private final MessageDigest sha = ContentDigest.sha256();

  Digest add(String name, String value) {
    frame(name);
    frame(value);
    return this;
  }

  Digest addBytes(String name, byte[] value) {
    frame(name);
    sha.update(Long.toString(value.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) 0);
    sha.update(value);
    return this;
  }

  String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }

  private void frame(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) 0);
    sha.update(bytes);
  }
}
