package org.teikit.publish.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A site's search index read whole: search-index.js, then its term and text shards, in order. */
final class SearchFiles {
  private SearchFiles() {}

  static String text(Path site) throws IOException {
    StringBuilder all = new StringBuilder(Files.readString(site.resolve(SearchIndex.META)));
    for (String kind : List.of("t", "s")) {
      Path dir = site.resolve("search").resolve(kind);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted((a, b) -> Integer.compare(number(a), number(b))).toList()) {
          all.append(Files.readString(f));
        }
      }
    }
    return all.toString();
  }

  private static int number(Path shard) {
    return Integer.parseInt(shard.getFileName().toString().replace(".js", ""));
  }
}
