package org.teikit.publish.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Installed;
import org.teikit.cli.CliRun;
import org.teikit.publish.pdf.Poppler;

/** pdf --facsimiles: each document's page images as plates after it, captioned with the page; none without it. */
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

  /** The images of a scan's size (the typescript's pages) the PDF holds. */
  private static long scans(Path pdf) throws Exception {
    return PdfImages.list(pdf).lines()
        .filter(l -> l.matches("\\s*\\d+\\s+\\d+\\s+image\\s+" + Typescript.WIDTH + "\\s+" + Typescript.HEIGHT + "\\s.*")).count();
  }
}
