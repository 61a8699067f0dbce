package org.teikit.publish.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Installed;
import org.teikit.cli.CliRun;
import org.teikit.publish.pdf.Poppler;

/**
 * pdf --facsimiles: each document's page images as plates after it, captioned with the page, or in
 * the parallel layout each facing its page's text; none without it.
 */
class PlatesTest {
  @TempDir
  Path dir;

  @Test
  void thePageImagesArePlatesOnlyWithTheOption() throws Exception {
    Installed.program("/usr/bin/pdfimages", "poppler-utils");
    Path edition = dir.resolve("edition");
    Typescript.write(edition, 2);
    CliRun plain = CliRun.of("pdf", edition.toString(), "-o", dir.resolve("plain").toString());
    assertEquals(0, plain.exitCode(), plain.out() + plain.err());
    assertEquals(0, scans(dir.resolve("plain/telegram.pdf")), PdfImages.list(dir.resolve("plain/telegram.pdf")));
    CliRun plates = CliRun.of("pdf", "--facsimiles", edition.toString(), "-o", dir.resolve("plates").toString());
    assertEquals(0, plates.exitCode(), plates.out() + plates.err());
    Path pdf = dir.resolve("plates/telegram.pdf");
    assertEquals(2, scans(pdf), PdfImages.list(pdf));
    // each plate on a page of its own after the text, its caption the page's label (pb/@n)
    String text = Poppler.text(pdf);
    int lastLine = text.indexOf("Page 2 line 12");
    assertTrue(lastLine > 0 && text.indexOf("\nPage 1\n", lastLine) > lastLine && text.indexOf("\nPage 2\n", lastLine) > lastLine, text);
    // a page image replaced, the text not: the book is not taken from the store with the old plate
    java.nio.file.Files.copy(edition.resolve("figures/seal.png"), edition.resolve("pages/page-1.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliRun again = CliRun.of("pdf", "--facsimiles", edition.toString(), "-o", dir.resolve("plates").toString());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertEquals(1, scans(pdf), PdfImages.list(pdf));
  }

  @Test
  void inTheParallelLayoutEachPageImageFacesItsText() throws Exception {
    Installed.program("/usr/bin/pdfimages", "poppler-utils");
    Path edition = dir.resolve("edition");
    Typescript.write(edition, 3);
    Path out = dir.resolve("facing");
    CliRun run = CliRun.of("pdf", "--facsimiles", "--layout", "parallel", edition.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Path pdf = out.resolve("telegram.pdf");
    Files.createDirectories(Path.of("target/plates"));
    Files.copy(pdf, Path.of("target/plates/facing.pdf"), StandardCopyOption.REPLACE_EXISTING); // to look at
    List<Integer> plates = scanPages(pdf);
    assertEquals(3, plates.size(), PdfImages.list(pdf));
    for (int page = 1; page <= 3; page++) {
      int plate = plates.get(page - 1);
      // the image on a left-hand page, alone with its caption; the page's text on the right-hand page facing it
      assertEquals(0, plate % 2, "page image " + page + " on PDF page " + plate);
      String plateText = pageText(pdf, plate);
      assertTrue(plateText.lines().anyMatch(("Page " + page)::equals) && !plateText.contains(" line "), plateText);
      String facing = pageText(pdf, plate + 1);
      assertTrue(facing.contains("Page " + page + " line 1 ") && facing.contains("Page " + page + " line 12 ")
          && !facing.contains("Page " + (page + 1) + " line 1 "), facing);
    }
  }

  /** The PDF pages (1-based) holding the scans, in order. */
  private static List<Integer> scanPages(Path pdf) throws Exception {
    return PdfImages.list(pdf).lines().filter(PlatesTest::isScan)
        .map(l -> Integer.parseInt(l.strip().split("\\s+")[0])).toList();
  }

  private static String pageText(Path pdf, int page) throws Exception {
    return Poppler.run("pdftotext", "-enc", "UTF-8", "-f", Integer.toString(page), "-l", Integer.toString(page),
        pdf.toString(), "-");
  }

  private static boolean isScan(String line) {
    return line.matches("\\s*\\d+\\s+\\d+\\s+image\\s+" + Typescript.WIDTH + "\\s+" + Typescript.HEIGHT + "\\s.*");
  }

  /** The images of a scan's size (the typescript's pages) the PDF holds. */
  private static long scans(Path pdf) throws Exception {
    return PdfImages.list(pdf).lines().filter(PlatesTest::isScan).count();
  }
}
