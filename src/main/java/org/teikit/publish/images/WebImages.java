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
   * @param findings images that are missing, refused or unreadable
   */
  public record Placed(Map<String, String> hrefs, List<Diagnostic> findings) {}

  /** Copies {@code references}' found images into {@code site} (the edition's folder in the site). */
  public static Placed place(ImageReferences references, Path source, Path site, String documentName)
      throws IOException {
    Path folder = source.toAbsolutePath().normalize().getParent();
    Map<String, String> hrefs = new TreeMap<>();
    List<Diagnostic> findings = new ArrayList<>(references.findings());
    for (ImageReferences.Reference r : references.all()) {
      ImageLocation location = r.location();
      if (location.kind() != ImageLocation.Kind.FOUND || hrefs.containsKey(location.url())) {
        continue;
      }
      String href = "images/" + documentName + "/" + webName(location.relativePath(folder));
      Path target = site.resolve(href);
      Files.createDirectories(target.getParent());
      try {
        copy(location.file().orElseThrow(), target);
        hrefs.put(location.url(), href);
      } catch (UnreadableImage e) {
        findings.add(references.finding(r, Catalogue.text("image.unreadable", location.url(), e.getMessage())));
      }
    }
    return new Placed(hrefs, findings);
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
    } catch (IOException e) {
      throw new UnreadableImage(e.getMessage());
    }
    if (image == null) {
      throw new UnreadableImage("no reader for its format");
    }
    ImageIO.write(image, "png", target.toFile());
  }

  /** An image file ImageIO cannot decode. */
  static final class UnreadableImage extends IOException {
    UnreadableImage(String why) {
      super(why);
    }
  }
}
