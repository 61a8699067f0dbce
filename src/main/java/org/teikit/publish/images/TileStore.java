package org.teikit.publish.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.teikit.store.Key;
import org.teikit.store.Store;

/**
 * Page images' tiles, kept in the store of reusable results under the digest of the image's
 * bytes: an image whose content is unchanged since the previous build is not cut again, whatever
 * document names it and whatever else changed; its tiles are linked into the new site.
 */
public final class TileStore {
  private TileStore() {}

  /**
   * The tiles of {@code image} in {@code target} (made), from the store when they were kept,
   * else cut and kept; directly into {@code target} when the run keeps nothing.
   *
   * @return the pyramid, and whether its tiles were taken from the store
   */
  public static Tiled tiles(Store store, Path image, Path target) throws IOException {
    String key = Key.of("iiif tiles").add("cutter", TileCutter.VERSION).add("image", digest(image)).hex();
    Optional<Path> kept = store.keeps() ? store.find(key) : Optional.empty();
    Files.createDirectories(target);
    if (kept.isPresent()) {
      Store.linkTree(kept.get(), target);
      return new Tiled(TileCutter.pyramid(image), true);
    }
    if (!store.keeps()) {
      return new Tiled(TileCutter.cut(image, target), false);
    }
    Path folder = store.put(key, into -> TileCutter.cut(image, into));
    Store.linkTree(folder, target);
    return new Tiled(TileCutter.pyramid(image), false);
  }

  /** A page image's pyramid; {@code reused} when its tiles came from the store. */
  public record Tiled(TilePyramid pyramid, boolean reused) {}

  private static String digest(Path file) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
