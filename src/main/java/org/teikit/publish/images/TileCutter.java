package org.teikit.publish.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Cuts an image into its {@link TilePyramid}, one row of tiles at a time: each row is decoded
 * from its own strip of the file (ImageIO's source region, subsampled at the smaller scales), so
 * memory holds about two rows of tiles across the image, never a whole scan. At scale factor
 * s > 1 the strip is read at every (s/2)th pixel, then halved by averaging 2 × 2 pixels.
 * JPEG at a fixed quality: the same image gives the same bytes.
 */
public final class TileCutter {
  /** Raised when the way tiles are cut changes, so that tiles kept by an earlier teikit are cut again. */
  static final String VERSION = "1";
  private static final float QUALITY = 0.85f;

  private TileCutter() {}

  /** The pixel size of {@code image}, read from its header. */
  public static TilePyramid pyramid(Path image) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
      ImageReader reader = reader(in);
      try {
        return new TilePyramid(reader.getWidth(0), reader.getHeight(0), TilePyramid.TILE);
      } finally {
        reader.dispose();
      }
    }
  }

  /** Writes {@code image}'s tiles into {@code folder} ({region}/{size}/0/default.jpg); returns the pyramid. */
  public static TilePyramid cut(Path image, Path folder) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
      ImageReader reader = reader(in);
      try {
        TilePyramid pyramid = new TilePyramid(reader.getWidth(0), reader.getHeight(0), TilePyramid.TILE);
        for (int s : pyramid.scaleFactors()) {
          for (int top : pyramid.rowTops(s)) {
            writeRow(reader, pyramid, s, top, folder);
          }
        }
        return pyramid;
      } finally {
        reader.dispose();
      }
    }
  }

  private static void writeRow(ImageReader reader, TilePyramid pyramid, int s, int top, Path folder)
      throws IOException {
    boolean whole = pyramid.rowTops(s).size() == 1;
    int rows = whole ? pyramid.height() : Math.min(pyramid.height() - top, s * pyramid.tile());
    int sub = Math.max(1, s / 2);
    ImageReadParam param = reader.getDefaultReadParam();
    param.setSourceRegion(new java.awt.Rectangle(0, top, pyramid.width(), rows));
    param.setSourceSubsampling(sub, sub, 0, 0);
    BufferedImage strip;
    try {
      strip = plain(reader.read(0, param));
    } catch (javax.imageio.IIOException e) {
      throw new UnreadableImage(e.getMessage());
    }
    if (s > 1) {
      strip = halved(strip);
    }
    for (TilePyramid.Tile t : pyramid.row(s, top)) {
      int x = t.x() / s;
      BufferedImage tile = strip.getSubimage(x, 0, Math.min(t.width(), strip.getWidth() - x),
          Math.min(t.height(), strip.getHeight()));
      Path target = folder.resolve(t.path());
      Files.createDirectories(target.getParent());
      writeJpeg(tile, target);
    }
  }

  private static ImageReader reader(ImageInputStream in) throws IOException {
    if (in == null) {
      throw new UnreadableImage("cannot be opened");
    }
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new UnreadableImage("no reader for its format");
    }
    ImageReader reader = readers.next();
    reader.setInput(in, true, true);
    return reader;
  }

  /** The strip as grey or RGB pixels (a palette, alpha or 16 bits made plain, on white). */
  private static BufferedImage plain(BufferedImage image) {
    int type = image.getType();
    if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    boolean grey = image.getColorModel().getNumColorComponents() == 1;
    BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(),
        grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = plain.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, plain.getWidth(), plain.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return plain;
  }

  /** Half the size, each pixel the mean of 2 × 2 (of fewer at an odd edge). */
  static BufferedImage halved(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int hw = (w + 1) / 2;
    int hh = (h + 1) / 2;
    BufferedImage half = new BufferedImage(hw, hh, image.getType());
    WritableRaster from = image.getRaster();
    WritableRaster to = half.getRaster();
    int[] row0 = new int[w];
    int[] row1 = new int[w];
    int[] out = new int[hw];
    for (int b = 0; b < from.getNumBands(); b++) {
      for (int y = 0; y < hh; y++) {
        from.getSamples(0, 2 * y, w, 1, b, row0);
        from.getSamples(0, Math.min(2 * y + 1, h - 1), w, 1, b, row1);
        for (int x = 0; x < hw; x++) {
          int x1 = Math.min(2 * x + 1, w - 1);
          out[x] = (row0[2 * x] + row0[x1] + row1[2 * x] + row1[x1] + 2) / 4;
        }
        to.setSamples(0, y, hw, 1, b, out);
      }
    }
    return half;
  }

  private static void writeJpeg(BufferedImage tile, Path target) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(QUALITY);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(tile, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
