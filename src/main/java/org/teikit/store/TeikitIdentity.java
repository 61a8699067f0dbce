package org.teikit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What teikit itself is, as a digest. Everything a build keeps between runs (the build stamp,
 * stored validation results, reusable pages and PDFs) is keyed by it too, so that output made by
 * another teikit (other code, stylesheets, schema, libraries) is never taken for current. From a
 * jar: the name, CRC-32 and size of each entry, which the jar's central directory holds, read
 * far faster than hashing the whole jar. From class folders (tests): the bytes of teikit's
 * stylesheets, schema and classes. Computed once per run; a jar's is also kept in the
 * {@link UserCache} under the jar's path, size, modification time and file key, since hashing
 * its many entries at start, before the JIT has compiled the digest, would slow every command's
 * start.
 */
public final class TeikitIdentity {
  private static final List<String> CLASS_FOLDER_PARTS = List.of("xslt", "schema", "org/teikit");

  private TeikitIdentity() {}

  /** The digest, in hex; one that matches nothing recorded when teikit cannot be read. */
  public static String digest() {
    return Once.DIGEST;
  }

  private static final class Once {
    static final String DIGEST = compute();
  }

  private static String compute() {
    try {
      Path location = Path.of(TeikitIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return fromJar(location);
      }
      Key key = Key.of("teikit classes");
      classFolders(location, key);
      return key.hex();
    } catch (IOException | UncheckedIOException | URISyntaxException | SecurityException
        | NullPointerException | IllegalArgumentException unreadable) {
      return "unreadable " + UUID.randomUUID();
    }
  }

  private static String fromJar(Path jar) throws IOException {
    Path kept = UserCache.folder("identity").resolve(jarStamp(jar));
    try {
      String known = Files.readString(kept, StandardCharsets.US_ASCII);
      if (known.matches("[0-9a-f]{64}")) {
        return known;
      }
    } catch (IOException | RuntimeException notKept) {
      // computed below
    }
    Key key = Key.of("teikit jar");
    jarEntries(jar, key);
    String identity = key.hex();
    keep(kept, identity);
    return identity;
  }

  /** Names the jar file as it is now: another file, or this one rewritten, gets another name. */
  private static String jarStamp(Path jar) throws IOException {
    BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
    String stamp = jar.toRealPath() + "\n" + a.size() + "\n" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS)
        + "\n" + a.fileKey();
    return Key.content(stamp.getBytes(StandardCharsets.UTF_8));
  }

  /** Written aside and moved, so that no run reads half an identity; a cache that cannot be written is none. */
  private static void keep(Path file, String identity) {
    try {
      Files.createDirectories(file.getParent());
      Path aside = Files.createTempFile(file.getParent(), "identity", ".tmp");
      Files.writeString(aside, identity, StandardCharsets.US_ASCII);
      Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException unwritable) {
      // the next run computes it again
    }
  }

  /** In the central directory's order, which is the jar's own: the same jar, the same digest. */
  private static void jarEntries(Path jar, Key key) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().forEach(e -> key.add(e.getName(), e.getCrc() + " " + e.getSize()));
    }
  }

  private static void classFolders(Path folder, Key key) throws IOException {
    for (String part : CLASS_FOLDER_PARTS) {
      Path root = folder.resolve(part);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          key.addBytes(folder.relativize(file).toString(), Files.readAllBytes(file));
        }
      }
    }
  }
}
