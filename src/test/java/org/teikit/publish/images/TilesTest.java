package org.teikit.publish.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.CliRun;

/** Page images cut into a static IIIF level-0 pyramid, kept by content between builds. */
class TilesTest {
  @TempDir
  Path dir;

  @Test
  void thePyramidNamesTheTilesAsOpenSeadragonsIiif3SourceAsksForThem() {
    TilePyramid p = new TilePyramid(2500, 3500, 512);
    assertEquals(List.of(1, 2, 4, 8), p.scaleFactors());
    assertEquals(List.of(0, 512, 1024, 1536, 2048, 2560, 3072), p.rowTops(1));
    assertEquals("0,0,512,512/512,512/0/default.jpg", p.row(1, 0).get(0).path());
    assertEquals("2048,3072,452,428/452,428/0/default.jpg", p.row(1, 3072).get(4).path());
    assertEquals("0,2048,1024,1024/512,512/0/default.jpg", p.row(2, 2048).get(0).path());
    // at 1/8 the page fits one tile: the whole image, at its scaled size
    assertEquals(List.of(0), p.rowTops(8));
    assertEquals("full/313,438/0/default.jpg", p.row(8, 0).get(0).path());
    assertEquals("full/max/0/default.jpg", new TilePyramid(300, 200, 512).row(1, 0).get(0).path());
  }

  @Test
  void everyTileIsWrittenAtItsSizeAndTheInfoJsonDescribesThem() throws IOException {
    Typescript.write(dir.resolve("edition"), 1);
    Path site = dir.resolve("html");
    CliRun run = CliRun.of("html", dir.resolve("edition").toString(), "-o", site.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Path tiles = site.resolve("images/telegram/pages/page-1");
    TilePyramid p = new TilePyramid(Typescript.WIDTH, Typescript.HEIGHT, TilePyramid.TILE);
    int count = 0;
    for (int s : p.scaleFactors()) {
      for (int top : p.rowTops(s)) {
        for (TilePyramid.Tile t : p.row(s, top)) {
          BufferedImage tile = ImageIO.read(tiles.resolve(t.path()).toFile());
          assertEquals(t.width() + "x" + t.height(), tile.getWidth() + "x" + tile.getHeight(), t.path());
          count++;
        }
      }
    }
    assertEquals(35 + 12 + 4 + 1, count);
    String info = Files.readString(tiles.resolve("info.json"));
    assertTrue(info.contains("\"profile\":\"level0\"") && info.contains("\"width\":2500,\"height\":3500")
        && info.contains("\"scaleFactors\":[1,2,4,8]"), info);
    // the typed text is on the tiles: the first line's ink is dark where the page is light
    BufferedImage first = ImageIO.read(tiles.resolve("0,0,512,512/512,512/0/default.jpg").toFile());
    int[] range = range(first);
    assertTrue(range[0] < 100 && range[1] > 200, range[0] + " " + range[1]);
  }

  @Test
  void anUnchangedImageIsNotCutAgainAChangedOneIs() throws Exception {
    Path edition = dir.resolve("edition");
    Typescript.write(edition, 2);
    Path site = dir.resolve("html");
    assertEquals(0, CliRun.of("html", edition.toString(), "-o", site.toString()).exitCode());
    String tile = "images/telegram/pages/page-%d/512,512,512,512/512,512/0/default.jpg";
    Object first1 = inode(site.resolve(tile.formatted(1)));
    assertTrue(Files.exists(site.resolve(tile.formatted(2))));
    byte[] bytes1 = Files.readAllBytes(site.resolve(tile.formatted(1)));
    // the document changes, page 2's image changes, page 1's does not
    Files.writeString(edition.resolve(Typescript.DOCUMENT),
        Files.readString(edition.resolve(Typescript.DOCUMENT)).replace("Telegram in typescript", "Telegram"));
    Files.copy(edition.resolve("figures/seal.png"), edition.resolve("pages/page-2.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(0, CliRun.of("html", edition.toString(), "-o", site.toString()).exitCode());
    assertEquals(first1, inode(site.resolve(tile.formatted(1))), "page 1's tiles are the kept ones");
    assertTrue(Files.notExists(site.resolve(tile.formatted(2))), "page 2 is now the 600 px seal: one tile");
    assertTrue(Files.exists(site.resolve("images/telegram/pages/page-2/512,512,88,88/88,88/0/default.jpg")));
    // cut anew from nothing, the same bytes
    assertEquals(0, CliRun.of("html", "--clean", edition.toString(), "-o", site.toString()).exitCode());
    assertNotEquals(first1, inode(site.resolve(tile.formatted(1))), "--clean cuts again");
    assertArrayEquals(bytes1, Files.readAllBytes(site.resolve(tile.formatted(1))));
  }

  @Test
  void scansCutSideBySideGiveTheSameSiteAsCutOneAfterAnother() throws Exception {
    Path edition = dir.resolve("edition");
    Typescript.write(edition, 4);
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertEquals(0, CliRun.of("html", "--jobs", "1", edition.toString(), "-o", one.toString()).exitCode());
    assertEquals(0, CliRun.of("html", "--jobs", "2", edition.toString(), "-o", two.toString()).exitCode());
    Map<String, byte[]> first = files(one);
    Map<String, byte[]> second = files(two);
    assertEquals(first.keySet(), second.keySet());
    assertTrue(first.keySet().stream().filter(f -> f.endsWith("default.jpg")).count() > 4 * 20, first.keySet().toString());
    first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
  }

  /** Every file of a site by its path in it, with its bytes. */
  private static Map<String, byte[]> files(Path site) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (var walk = Files.walk(site)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(site.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static Object inode(Path file) throws IOException {
    return Files.getAttribute(file, "unix:ino");
  }

  /** The darkest and the lightest grey of an image. */
  private static int[] range(BufferedImage image) {
    int[] range = {255, 0};
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int grey = image.getRaster().getSample(x, y, 0);
        range[0] = Math.min(range[0], grey);
        range[1] = Math.max(range[1], grey);
      }
    }
    return range;
  }
}
