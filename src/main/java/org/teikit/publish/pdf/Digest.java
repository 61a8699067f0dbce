package org.teikit.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Adds a file's content, streamed (a jar or a font can be large). */
  Digest addFile(String name, Path file) throws IOException {
    frame(name);
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
    }
    sha.update((byte) 0);
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
