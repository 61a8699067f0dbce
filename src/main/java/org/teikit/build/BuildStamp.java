package org.teikit.build;

import java.io.IOException;
import java.nio.file.Path;
import org.teikit.store.Key;
import java.util.List;
import org.teikit.store.SourceDigests;

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
   */
  static String of(List<Path> sources, SourceDigests contents, String options) {
    Key key = Key.of("build").teikit().add("options", options);
    for (Path source : sources.stream().map(p -> p.toAbsolutePath().normalize()).sorted().toList()) {
      key.add(source.toString(), content(contents, source));
    }
    return key.hex();
  }

  private static String content(SourceDigests contents, Path source) {
    try {
      return contents.of(source);
    } catch (IOException unreadable) {
      return "unreadable";
    }
  }
}
