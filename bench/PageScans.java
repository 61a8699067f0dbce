import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a test edition of N page scans of W x H pixels (grey JPEG, typed lines drawn with
 * Java2D) and one document whose page breaks point to them: bench/facsimiles.sh's input.
 * Usage: java bench/PageScans.java DIR N W H
 */
public class PageScans {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int width = Integer.parseInt(args[2]);
    int height = Integer.parseInt(args[3]);
    Files.createDirectories(dir.resolve("scans"));
    StringBuilder surfaces = new StringBuilder();
    StringBuilder text = new StringBuilder();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int page = 1; page <= n; page++) {
      Graphics2D g = image.createGraphics();
      g.setColor(new Color(230, 226, 214));
      g.fillRect(0, 0, width, height);
      g.setColor(new Color(35, 35, 35));
      g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, width / 48));
      for (int y = height / 10, line = 1; y < height * 9 / 10; y += width / 24, line++) {
        g.drawString("Page " + page + ", line " + line + ": the quick brown fox jumps over the lazy dog.", width / 12, y);
      }
      g.dispose();
      ImageIO.write(image, "jpeg", new File(dir.resolve("scans/page-" + page + ".jpg").toString()));
      surfaces.append("<surface xml:id=\"s").append(page).append("\"><graphic url=\"scans/page-").append(page)
          .append(".jpg\"/></surface>\n");
      text.append("<pb n=\"").append(page).append("\" facs=\"#s").append(page).append("\"/><p>Page ").append(page)
          .append(".</p>\n");
    }
    Files.writeString(dir.resolve("scans.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
        + "<titleStmt><title>Scans</title></titleStmt><publicationStmt><p>Bench.</p></publicationStmt>"
        + "<sourceDesc><p>Generated.</p></sourceDesc></fileDesc></teiHeader>\n<facsimile>\n" + surfaces
        + "</facsimile>\n<text><body>\n" + text + "</body></text></TEI>\n");
  }
}
