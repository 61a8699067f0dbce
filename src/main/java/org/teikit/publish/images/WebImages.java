package org.teikit.publish.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.store.Store;
import org.teikit.work.Fork;
import org.teikit.work.Pool;

/**
 * A document's local images copied into its web edition, under {@code images/<document>/} with
 * the path they have beside the document; TIFF, which browsers do not show, converted to PNG.
 */
public final class WebImages {
  private WebImages() {}

  /**
   * What was placed.
   *
   * @param hrefs each found image's url (as written) to its place in the site, relative to the
   *     edition's folder
   * @param pages each page image's url (as written) to its tiles: their folder in the site
   *     relative to the edition's folder ({@code id}), and the image's {@code width} and {@code height}
   * @param findings images that are missing, refused or unreadable
   * @param reused page images whose tiles were taken from the store of reusable results
   */
  public record Placed(Map<String, String> hrefs, Map<String, PageTiles> pages, List<Diagnostic> findings,
      int reused) {}

  /**
   * A page image's tiles: their folder relative to the edition's folder, the image's size, and
   * their info.json with that folder as id (a page writes it in with the id made relative to itself).
   */
  public record PageTiles(String id, int width, int height, String info) {}

  /**
   * Copies {@code references}' found figures into {@code site} (the edition's folder in the site)
   * and cuts their page images into tiles there, taking unchanged ones' tiles from {@code store}.
   * The page images are cut side by side on {@code pool} (a scan's cut is seconds of one core);
   * what is placed and found is taken in the references' order, so the result is the same.
   *
   * @param base what the ids in the tiles' info.json start with: the edition's public address
   *     when it is known, else nothing (the ids are then relative to the edition's folder)
   */
  public static Placed place(ImageReferences references, Path source, Path site, String documentName, Store store,
      String base, Pool pool) throws IOException {
    Path folder = source.toAbsolutePath().normalize().getParent();
    Map<String, Fork<Cut>> cuts = new LinkedHashMap<>(); // in the order they were queued
    Set<String> seen = new HashSet<>(); // an image named twice is placed as it is named first
    for (ImageReferences.Reference r : references.all()) {
      ImageLocation location = r.location();
      if (location.kind() == ImageLocation.Kind.FOUND && seen.add(location.url()) && r.page()) {
        Path target = site.resolve(tilesId(location, folder, documentName));
        cuts.put(location.url(), pool.fork(() -> Cut.of(store, location.file().orElseThrow(), target)));
      }
    }
    helpCut(List.copyOf(cuts.values()));
    Map<String, String> hrefs = new TreeMap<>();
    Map<String, PageTiles> pages = new TreeMap<>();
    List<Diagnostic> findings = new ArrayList<>(references.findings());
    int reused = 0;
    for (ImageReferences.Reference r : references.all()) {
      ImageLocation location = r.location();
      if (location.kind() != ImageLocation.Kind.FOUND || hrefs.containsKey(location.url())
          || pages.containsKey(location.url())) {
        continue;
      }
      try {
        if (r.page()) {
          String id = tilesId(location, folder, documentName);
          TileStore.Tiled tiled = cuts.get(location.url()).join().tiled();
          Files.writeString(site.resolve(id).resolve("info.json"), tiled.pyramid().infoJson(base + id));
          pages.put(location.url(), new PageTiles(id, tiled.pyramid().width(), tiled.pyramid().height(),
              tiled.pyramid().infoJson(id)));
          reused += tiled.reused() ? 1 : 0;
        } else {
          String path = sitePath(location, folder, documentName);
          Path target = site.resolve(webName(path));
          Files.createDirectories(target.getParent());
          copy(location.file().orElseThrow(), target);
          hrefs.put(location.url(), webName(path));
        }
      } catch (UnreadableImage e) {
        findings.add(references.finding(r, Catalogue.text("image.unreadable", location.url(), e.getMessage())));
      } catch (UncheckedIOException e) {
        throw e.getCause(); // a cut's, from the pool
      }
    }
    if (references.anyPage()) {
      ViewerAssets.copyInto(site);
    }
    return new Placed(hrefs, pages, findings, reused);
  }

  /**
   * Cuts the queued scans from the end of the queue while the pool's threads take them from its
   * head, so that the document's own thread works too: joined in order, it waited on each scan a
   * pool thread had taken, and one core cut them all (40 scans: the same 17 s as one after
   * another). A failure is left to the join in order, which reports it for its image.
   */
  private static void helpCut(List<Fork<Cut>> queued) {
    for (int i = queued.size() - 1; i >= 0; i--) {
      try {
        queued.get(i).join();
      } catch (RuntimeException reportedWhenJoinedInOrder) {
        // see above
      }
    }
  }

  /** A page image's tiles as cut (or taken from the store) on the pool; its unreadable image thrown when joined. */
  private record Cut(TileStore.Tiled result, UnreadableImage unreadable) {
    static Cut of(Store store, Path image, Path target) {
      try {
        return new Cut(TileStore.tiles(store, image, target), null);
      } catch (UnreadableImage e) {
        return new Cut(null, e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    TileStore.Tiled tiled() throws UnreadableImage {
      if (unreadable != null) {
        throw unreadable;
      }
      return result;
    }
  }

  /** Where an image goes in the site, relative to the edition's folder: images/DOCUMENT/its path beside the document. */
  private static String sitePath(ImageLocation location, Path folder, String documentName) {
    return "images/" + documentName + "/" + location.relativePath(folder);
  }

  /** The folder of a page image's tiles: its site path without the extension. */
  private static String tilesId(ImageLocation location, Path folder, String documentName) {
    return sitePath(location, folder, documentName).replaceAll("\\.[^./]+$", "");
  }

  /** The name a file has in the site: a TIFF's with the extension .png. */
  static String webName(String path) {
    return isTiff(path) ? path.replaceAll("\\.[^./]+$", "") + ".png" : path;
  }

  private static boolean isTiff(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".tif") || lower.endsWith(".tiff");
  }

  private static void copy(Path file, Path target) throws IOException {
    if (!isTiff(file.toString())) {
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    BufferedImage image;
    try {
      image = ImageIO.read(file.toFile());
    } catch (javax.imageio.IIOException e) {
      throw new UnreadableImage(e.getMessage());
    }
    if (image == null) {
      throw new UnreadableImage("no reader for its format");
    }
    ImageIO.write(image, "png", target.toFile());
  }
}
