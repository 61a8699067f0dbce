package org.teikit.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What teikit itself is, as a digest. Everything a build keeps between runs (the build stamp,
 * stored validation results, reusable pages and PDFs) is keyed by it too, so that output made by
 * another teikit (other code, stylesheets, schema, libraries) is never taken for current. From a
 * jar: the name, CRC-32 and size of each entry, which the jar's central directory holds, read in
 * milliseconds where hashing the whole 29 MB jar costs a tenth of a second or more. From class
 * folders (tests): the bytes of teikit's stylesheets, schema and classes. Computed once per run.
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
    MessageDigest digest = ContentDigest.sha256();
    try {
      Path location = Path.of(TeikitIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        jarEntries(location, digest);
      } else {
        classFolders(location, digest);
      }
    } catch (IOException | UncheckedIOException | URISyntaxException | SecurityException
        | NullPointerException | IllegalArgumentException unreadable) {
      return "unreadable " + UUID.randomUUID();
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** In the central directory's order, which is the jar's own: the same jar, the same digest. */
  private static void jarEntries(Path jar, MessageDigest digest) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().forEach(e -> update(digest, e.getName() + " " + e.getCrc() + " " + e.getSize()));
    }
  }

  private static void classFolders(Path folder, MessageDigest digest) throws IOException {
    for (String part : CLASS_FOLDER_PARTS) {
      Path root = folder.resolve(part);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          update(digest, folder.relativize(file).toString());
          digest.update(Files.readAllBytes(file));
        }
      }
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
