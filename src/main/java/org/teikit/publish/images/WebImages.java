package org.teikit.publish.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.store.Store;

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
   *
   * @param base what the ids in the tiles' info.json start with: the edition's public address
   *     when it is known, else nothing (the ids are then relative to the edition's folder)
   */
  public static Placed place(ImageReferences references, Path source, Path site, String documentName, Store store,
      String base) throws IOException {
    Path folder = source.toAbsolutePath().normalize().getParent();
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
      String path = "images/" + documentName + "/" + location.relativePath(folder);
      try {
        if (r.page()) {
          String id = path.replaceAll("\\.[^./]+$", "");
          TileStore.Tiled tiled = TileStore.tiles(store, location.file().orElseThrow(), site.resolve(id));
          Files.writeString(site.resolve(id).resolve("info.json"), tiled.pyramid().infoJson(base + id));
          pages.put(location.url(), new PageTiles(id, tiled.pyramid().width(), tiled.pyramid().height(),
              tiled.pyramid().infoJson(id)));
          reused += tiled.reused() ? 1 : 0;
        } else {
          Path target = site.resolve(webName(path));
          Files.createDirectories(target.getParent());
          copy(location.file().orElseThrow(), target);
          hrefs.put(location.url(), webName(path));
        }
      } catch (UnreadableImage e) {
        findings.add(references.finding(r, Catalogue.text("image.unreadable", location.url(), e.getMessage())));
      }
    }
    if (references.anyPage()) {
      ViewerAssets.copyInto(site);
    }
    return new Placed(hrefs, pages, findings, reused);
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
