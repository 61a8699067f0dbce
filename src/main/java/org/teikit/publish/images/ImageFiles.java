package org.teikit.publish.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The image files under an edition's folder by name, size and time, for the keys of results
 * that embed them (the print edition's books): a changed image is not printed from an older
 * book. By time, not content, as user font folders are (a folder of scans may hold gigabytes).
 */
public final class ImageFiles {
  private static final int MAX_DEPTH = 6;
  private static final Pattern IMAGE = Pattern.compile(".*\\.(jpe?g|png|gif|tiff?|svg)$");

  private ImageFiles() {}

  /** Whether {@code file} is named as an image file a document may show (JPEG, PNG, GIF, TIFF, SVG). */
  public static boolean isImage(Path file) {
    Path name = file.getFileName();
    return name != null && IMAGE.matcher(name.toString().toLowerCase(Locale.ROOT)).matches();
  }

  /** One line per image file under {@code folder} (symbolic links not followed), sorted. */
  public static String stamp(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return "";
    }
    StringBuilder stamp = new StringBuilder();
    // as deep as an edition keeps its scans (pages/, scans/volume-1/...), not a whole disk when
    // a document is given alone in a large folder
    try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
      for (Path image : walk.filter(ImageFiles::isImage)
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
        stamp.append(folder.relativize(image)).append(' ').append(Files.size(image)).append(' ')
            .append(Files.getLastModifiedTime(image).toMillis()).append('\n');
      }
    }
    return stamp.toString();
  }
}
