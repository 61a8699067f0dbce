package org.teikit.publish.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Poppler's pdfimages -list: the images a PDF holds, one a line after two lines of heading. */
final class PdfImages {
  private PdfImages() {}

  static String list(Path pdf) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pdfimages", "-list", pdf.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("pdfimages -list failed: " + out);
    }
    return out;
  }
}
