package org.teikit.publish.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What teikit's web renderer is, as a digest: a page made by another teikit (other stylesheets,
 * other code, another Saxon) must not be reused. From a jar, the name, CRC-32 and size of each
 * entry, read from the jar's central directory, which costs milliseconds where hashing the
 * whole jar (tens of MB) would not; from class folders (tests), the bytes of the stylesheets
 * and of teikit's classes.
 */
final class RendererDigest {
  private static final List<String> CLASS_FOLDER_PARTS = List.of("xslt", "org/teikit");

  private RendererDigest() {}

  static String compute() {
    MessageDigest digest = ContentDigest.start();
    Path location = codeSource();
    try {
      if (Files.isRegularFile(location)) {
        jarEntries(location, digest);
      } else {
        classFolder(location, digest);
      }
    } catch (IOException | UncheckedIOException e) {
      // an unreadable teikit: a digest that matches nothing, so that nothing is reused
      ContentDigest.update(digest, "unreadable " + System.nanoTime());
    }
    return ContentDigest.hex(digest);
  }

  private static Path codeSource() {
    try {
      return Path.of(RendererDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Path.of("");
    }
  }

  private static void jarEntries(Path jar, MessageDigest digest) throws IOException {
    // in the central directory's order, which is the jar's own: the same jar gives the same digest
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().forEach(entry -> ContentDigest.update(digest, entry.getName() + " " + entry.getCrc() + " " + entry.getSize()));
    }
  }

  private static void classFolder(Path folder, MessageDigest digest) throws IOException {
    for (String part : CLASS_FOLDER_PARTS) {
      Path root = folder.resolve(part);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          ContentDigest.update(digest, folder.relativize(file).toString());
          digest.update(Files.readAllBytes(file));
        }
      }
    }
  }
}
