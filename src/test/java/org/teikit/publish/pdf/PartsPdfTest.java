package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/**
 * Print names a volume's documents as the web edition does (xslt/common/parts.xsl): a
 * document's heading is followed by its date, and its bookmark reads its number, title and date;
 * the volume is dated by the span its documents cover (tk:coverage-text), not its printing.
 */
class PartsPdfTest {
  private static final Path VOLUME = Path.of("src/test/resources/fixtures/parts/vol.xml");

  @Test
  void aPartsHeadingCarriesItsDateAndItsBookmarkItsNumberTitleAndDateAndTheVolumeItsSpan(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("frus"));
    Files.copy(VOLUME, folder.resolve("vol.xml"));
    Path out = tmp.resolve("out");
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults())
        .render(Editions.find(List.of(folder)).get(0), out);
    assertEquals(List.of(), result.diagnostics());
    Path pdf;
    try (var files = Files.list(out)) {
      pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }

    String text = Poppler.text(pdf).replaceAll("\\s+", " ");
    // the volume dated as the web's home page dates it, by the span its documents cover
    assertTrue(text.contains("DOCUMENT 1 12 March 1977 – 2 January 1978 Foreign Relations"), text);
    assertTrue(text.contains("Members 12 March 1977 New York, March 12, 1977"), text);
    assertTrue(text.contains("6. Editorial Note 2 January 1978 Another paper"), text);

    List<String> bookmarks = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      collect(doc.getDocumentCatalog().getDocumentOutline().children(), bookmarks);
    }
    assertTrue(bookmarks.contains("No. 5. Memorandum From the Director (Brzezinski) to the Members, 12 March 1977"),
        bookmarks::toString);
    assertTrue(bookmarks.contains("No. 6. Editorial Note, 2 January 1978"), bookmarks::toString);
  }

  private static void collect(Iterable<PDOutlineItem> items, List<String> titles) {
    for (PDOutlineItem item : items) {
      titles.add(item.getTitle());
      collect(item.children(), titles);
    }
  }
}
