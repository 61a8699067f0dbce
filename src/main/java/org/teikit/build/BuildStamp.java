package org.teikit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.teikit.edition.ContentDigest;
import org.teikit.edition.SourceDigests;

/**
 * What a build's output depends on, as one digest: the content of every source file, the options,
 * and teikit itself (its jar, which holds the stylesheets and the schema). Kept in DIR (see
 * {@link BuildRecord}), it lets a build with nothing changed skip all work. Content, not
 * timestamps: touching a file without changing it does not rebuild.
 */
final class BuildStamp {
  private BuildStamp() {}

  /**
   * @param contents the sources' content as the run first read it
   * @param teikit {@link org.teikit.edition.TeikitIdentity#digest()}
   */
  static String of(List<Path> sources, SourceDigests contents, String options, String teikit) {
    MessageDigest digest = ContentDigest.sha256();
    digest.update((options + "\n" + teikit + "\n").getBytes(StandardCharsets.UTF_8));
    for (Path source : sources.stream().map(p -> p.toAbsolutePath().normalize()).sorted().toList()) {
      digest.update(source.toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(content(contents, source).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String content(SourceDigests contents, Path source) {
    try {
      return contents.of(source);
    } catch (IOException unreadable) {
      return "unreadable";
    }
  }
}
