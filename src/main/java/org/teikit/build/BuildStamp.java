package org.teikit.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.teikit.edition.ContentDigest;

/**
 * What a build's output depends on, as one digest: the content of every source file, the options,
 * and teikit itself (its jar, which holds the stylesheets and the schema). Kept in DIR (see
 * {@link BuildRecord}), it lets a build with nothing changed skip all work. Content, not
 * timestamps: touching a file without changing it does not rebuild.
 */
final class BuildStamp {
  private BuildStamp() {}

  /** @param teikit {@link org.teikit.edition.TeikitIdentity#digest()} */
  static String of(List<Path> sources, String options, String teikit) throws IOException {
    MessageDigest digest = ContentDigest.sha256();
    digest.update((options + "\n" + teikit + "\n").getBytes(StandardCharsets.UTF_8));
    for (Path source : sources.stream().map(p -> p.toAbsolutePath().normalize()).sorted().toList()) {
      update(digest, source.toString(), source);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String name, Path file) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputNowhere.INSTANCE);
    } catch (IOException unreadable) {
      digest.update("unreadable".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Discards bytes: the digest stream has already seen them. */
  private static final class OutputNowhere extends java.io.OutputStream {
    static final OutputNowhere INSTANCE = new OutputNowhere();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
