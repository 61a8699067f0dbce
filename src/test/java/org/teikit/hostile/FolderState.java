package org.teikit.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a folder held, entry by entry: a digest of each file's bytes, where each symlink points
 * (never followed), and that a FIFO or device is there (never opened). Compared after a run, it
 * tells which files were changed or deleted.
 */
record FolderState(Path folder, Map<String, String> entries) {

  static FolderState of(Path folder) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          entries.put(folder.relativize(p).toString(), describe(p));
        }
      }
    }
    return new FolderState(folder, entries);
  }

  /** The entries that are no longer there as they were, each with what happened to it. */
  List<String> lostSince(FolderState before) throws IOException {
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, String> e : before.entries.entrySet()) {
      String now = entries.get(e.getKey());
      if (now == null) {
        lost.add(e.getKey() + " deleted");
      } else if (!now.equals(e.getValue())) {
        lost.add(e.getKey() + " changed");
      }
    }
    return lost;
  }

  /** The regular files of the folder, symlinks and special files left out. */
  List<Path> files() {
    return entries.entrySet().stream().filter(e -> e.getValue().startsWith("file:"))
        .map(e -> folder.resolve(e.getKey())).toList();
  }

  private static String describe(Path p) throws IOException {
    if (Files.isSymbolicLink(p)) {
      return "link:" + Files.readSymbolicLink(p);
    }
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return "folder";
    }
    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      return "special";
    }
    return "file:" + sha256(p);
  }

  private static String sha256(Path p) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(p)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
