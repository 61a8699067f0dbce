package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.SeedCopy;
import org.teikit.cli.CliRun;

/**
 * The print look an edition declares in its settings: page size, margins, the text's font and
 * the running heads, and the schema's check of their values.
 */
class PrintLookTest {
  static final String LOOK = String.join("\n",
      SeedCopy.setting("page-size", "A4"),
      SeedCopy.setting("margins", "20mm 25mm"),
      SeedCopy.setting("font-family", "DejaVu Sans"),
      SeedCopy.setting("running-head", "none"));

  @Test
  void anA4BookInSansWithoutRunningTitles(@TempDir Path tmp) throws Exception {
    Path copy = SeedCopy.withSettings(tmp.resolve("seed"), LOOK);
    CliRun run = CliRun.of("pdf", "--no-progress", "-o", tmp.resolve("pdf").toString(), copy.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Path pdf = tmp.resolve("pdf/seed.pdf");
    String info = Poppler.run("pdfinfo", pdf.toString());
    assertTrue(info.contains("595.275 x 841.889 pts (A4)"), info);
    List<String[]> fonts = Poppler.fonts(pdf);
    assertTrue(fonts.get(0)[0].endsWith("+DejaVuSans"), "the text's font first: " + fonts.get(0)[0]);
    int pages = Poppler.pages(pdf);
    for (int page = 3; page <= pages; page++) {
      // the head: the top margin (20 mm) and the head's 8 mm
      String head = Poppler.crop(pdf, page, 0, 0, 595, 28 / 25.4 * 72).strip();
      assertTrue(head.matches("[\\divx]*"), "page " + page + "'s head has its number only: '" + head + "'");
    }
    // the text block starts 25 mm from the left edge on a right-hand page
    double left = Poppler.boxes(pdf, pages - 1 - pages % 2).stream().mapToDouble(Poppler.Word::x).min().orElseThrow();
    assertEquals(25 / 25.4 * 72, left, 3, "the left margin of an odd page (inside: 25 mm)");
  }

  @Test
  void aValueTheSettingCannotTakeIsAnErrorWhereItStands(@TempDir Path tmp) throws Exception {
    Path copy = SeedCopy.withSettings(tmp.resolve("seed"),
        SeedCopy.setting("margins", "20 mm") + SeedCopy.setting("page_size", "A4"));
    CliRun run = CliRun.of("validate", copy.toString());
    assertEquals(1, run.exitCode(), run.out());
    List<String> errors = run.findings().stream().filter(f -> f.contains(": error: ")).toList();
    assertEquals(2, errors.size(), run.out());
    assertTrue(errors.get(0).matches("(?s).*edition\\.xml:\\d+:\\d+: error: character content of element \"label\" invalid.*"), errors.get(0));
    assertTrue(errors.get(1).contains("value of attribute \"type\" is invalid") && errors.get(1).contains("page-size"), errors.get(1));
  }
}
