package org.teikit.publish.images;

import java.util.ArrayList;
import java.util.List;

/**
 * The static layout of the IIIF Image API (level 0) for an image of {@code width} × {@code height}
 * pixels cut into square tiles of {@code tile} pixels: the scale factors (1, 2, 4, ... until the
 * image fits one tile) and, at each, the tiles with the names a IIIF client asks for,
 * {@code {region}/{size}/0/default.jpg}. The names follow OpenSeadragon's IIIF 3 tile source
 * (region "full" and size "max" where it uses them), so that a client reads the files from disk.
 */
public record TilePyramid(int width, int height, int tile) {
  public static final int TILE = 512;

  /** One tile: its region of the full image, its size at its scale, and its path. */
  public record Tile(int x, int y, int regionWidth, int regionHeight, int width, int height, String path) {}

  public TilePyramid {
    if (width < 1 || height < 1 || tile < 1) {
      throw new IllegalArgumentException(width + "x" + height + " in tiles of " + tile);
    }
  }

  /** 1, 2, 4, ... up to the first at which the whole image fits one tile. */
  public List<Integer> scaleFactors() {
    List<Integer> factors = new ArrayList<>();
    int s = 1;
    factors.add(s);
    while (scaled(width, s) > tile || scaled(height, s) > tile) {
      s *= 2;
      factors.add(s);
    }
    return factors;
  }

  /** The image's width (or height) at scale factor {@code s}. */
  static int scaled(int pixels, int s) {
    return (pixels + s - 1) / s;
  }

  /** The tiles of the rows starting at full-size row {@code top}, at scale factor {@code s}. */
  public List<Tile> row(int s, int top) {
    int levelWidth = scaled(width, s);
    int levelHeight = scaled(height, s);
    List<Tile> tiles = new ArrayList<>();
    if (levelWidth < tile && levelHeight < tile) {
      tiles.add(new Tile(0, 0, width, height, levelWidth, levelHeight,
          "full/" + size(levelWidth, levelHeight) + "/0/default.jpg"));
      return tiles;
    }
    int span = tile * s;
    int y = top / span;
    for (int x = 0; x * tile < levelWidth; x++) {
      int rx = x * span;
      int rw = Math.min(span, width - rx);
      int rh = Math.min(span, height - top);
      String region = x == 0 && y == 0 && rw == width && rh == height ? "full" : rx + "," + top + "," + rw + "," + rh;
      int w = Math.min(tile, levelWidth - x * tile);
      int h = Math.min(tile, levelHeight - y * tile);
      tiles.add(new Tile(rx, top, rw, rh, w, h, region + "/" + size(w, h) + "/0/default.jpg"));
    }
    return tiles;
  }

  /** The full-size rows at which the rows of tiles start, at scale factor {@code s}. */
  public List<Integer> rowTops(int s) {
    List<Integer> tops = new ArrayList<>();
    boolean single = scaled(width, s) < tile && scaled(height, s) < tile;
    for (int top = 0; top < height; top += single ? height : tile * s) {
      tops.add(top);
    }
    return tops;
  }

  private String size(int w, int h) {
    return w == width && h == height ? "max" : w + "," + h;
  }

  /** The info.json of the pyramid, served (or read from disk) at {@code id}. */
  public String infoJson(String id) {
    StringBuilder factors = new StringBuilder();
    for (int s : scaleFactors()) {
      factors.append(factors.isEmpty() ? "" : ",").append(s);
    }
    return "{\"@context\":\"http://iiif.io/api/image/3/context.json\",\"id\":\"" + jsonText(id)
        + "\",\"type\":\"ImageService3\",\"protocol\":\"http://iiif.io/api/image\",\"profile\":\"level0\","
        + "\"width\":" + width + ",\"height\":" + height + ",\"tiles\":[{\"width\":" + tile + ",\"height\":" + tile
        + ",\"scaleFactors\":[" + factors + "]}]}";
  }

  static String jsonText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
