package org.teikit.publish.images;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small edition with page images, made by the test: a typescript of a few pages drawn with
 * Java2D at a scan's size, each typed line a zone of its page's surface (page 2's first by its points, a slanted outline), the text's page breaks
 * and lines pointing at them (pb/@facs, lb/@facs; on every third page each line a seg/@facs), and a figure. Nothing of it is committed.
 */
public final class Typescript {
  public static final int WIDTH = 2500;
  public static final int HEIGHT = 3500;
  public static final int LINES = 12;
  static final int LEFT = 250;
  static final int TOP = 400;
  static final int PITCH = 220;
  static final int LINE_HEIGHT = 110;
  public static final String DOCUMENT = "telegram.xml";

  private Typescript() {}

  /** Writes the edition into {@code folder}: {@value #DOCUMENT}, pages/page-N.png, figures/seal.png. */
  public static Path write(Path folder, int pages) throws IOException {
    Files.createDirectories(folder.resolve("pages"));
    Files.createDirectories(folder.resolve("figures"));
    StringBuilder surfaces = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= pages; page++) {
      List<String> lines = lines(page);
      ImageIO.write(pageImage(page, lines), "png", folder.resolve("pages/page-" + page + ".png").toFile());
      surfaces.append(surface(page, lines));
      text.append("<pb n=\"").append(page).append("\" facs=\"#surface-").append(page).append("\"/>\n<p>");
      for (int line = 1; line <= lines.size(); line++) {
        text.append(typedLine(page, line, lines.get(line - 1))).append('\n');
      }
      text.append("</p>\n");
    }
    ImageIO.write(seal(), "png", folder.resolve("figures/seal.png").toFile());
    Path document = folder.resolve(DOCUMENT);
    Files.writeString(document, """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader><fileDesc><titleStmt><title>Telegram in typescript</title></titleStmt>
            <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>A typescript.</p></sourceDesc></fileDesc></teiHeader>
          <facsimile>
        %s  </facsimile>
          <text><body>
        %s<figure><head>The seal of the legation</head><graphic url="figures/seal.png"/><figDesc>A round seal with an eagle</figDesc></figure>
          </body></text>
        </TEI>
        """.formatted(surfaces, text));
    return document;
  }

  /** A line of the text: a line break pointing at its zone, or on every third page a seg that does. */
  private static String typedLine(int page, int line, String words) {
    String zone = "#zone-" + page + "-" + line;
    return page % 3 == 0 ? "<seg facs=\"" + zone + "\">" + words + "</seg>" : "<lb facs=\"" + zone + "\"/>" + words;
  }

  /** The words of a page's typed lines: each names its page and line, so a test can find it. */
  static List<String> lines(int page) {
    List<String> lines = new ArrayList<>();
    for (int line = 1; line <= LINES; line++) {
      lines.add("Page " + page + " line " + line + " of the telegram, typed on the legation's machine.");
    }
    return lines;
  }

  private static String surface(int page, List<String> lines) {
    StringBuilder zones = new StringBuilder();
    for (int line = 1; line <= lines.size(); line++) {
      int top = TOP + (line - 1) * PITCH;
      if (page == 2 && line == 1) {
        // a line's zone as a slanted outline (points), its box's corners top left and bottom right outside it
        zones.append("      <zone xml:id=\"zone-2-1\" points=\"%d,%d %d,%d %d,%d %d,%d\"/>\n".formatted(
            LEFT + 80, top - 20, WIDTH - LEFT, top - 20, WIDTH - LEFT - 100, top + LINE_HEIGHT, LEFT - 20, top + LINE_HEIGHT));
        continue;
      }
      zones.append("      <zone xml:id=\"zone-%d-%d\" ulx=\"%d\" uly=\"%d\" lrx=\"%d\" lry=\"%d\"/>\n"
          .formatted(page, line, LEFT - 20, top - 20, WIDTH - LEFT, top + LINE_HEIGHT));
    }
    return ("    <surface xml:id=\"surface-%d\" ulx=\"0\" uly=\"0\" lrx=\"%d\" lry=\"%d\">\n"
        + "      <graphic url=\"pages/page-%d.png\" width=\"%dpx\" height=\"%dpx\"/>\n%s    </surface>\n")
        .formatted(page, WIDTH, HEIGHT, page, WIDTH, HEIGHT, zones);
  }

  private static BufferedImage pageImage(int page, List<String> lines) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(236, 232, 220));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(new Color(40, 40, 40));
    g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 52));
    for (int line = 0; line < lines.size(); line++) {
      g.drawString(lines.get(line), LEFT, TOP + line * PITCH + 80);
    }
    g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 120));
    g.drawString("- " + page + " -", WIDTH / 2 - 200, HEIGHT - 250);
    g.dispose();
    return image;
  }

  private static BufferedImage seal() {
    BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 600);
    g.setColor(new Color(150, 30, 30));
    g.fillOval(50, 50, 500, 500);
    g.dispose();
    return image;
  }
}
