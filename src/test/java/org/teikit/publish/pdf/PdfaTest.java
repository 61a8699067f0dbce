package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/** {@code --pdfa}: PDF/A-3b that carries its TEI sources, byte for byte (checked with PDFBox and veraPDF). */
class PdfaTest {
  @Test
  void theArchivedBookCarriesItsTeiSourcesAndDeclaresPdfA(@TempDir Path tmp) throws Exception {
    Edition edition = Editions.find(List.of(SeedEditionPdfTest.EDITION)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder()));
    PdfRenderer renderer = new PdfRenderer(xml, PdfOptions.defaults().withPdfa(true));
    PdfRenderer.Result result = renderer.render(edition, tmp);
    assertEquals(List.of(), result.diagnostics());
    Path pdf = tmp.resolve(edition.name() + ".pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.matches("(?s).*pdfaid:part(>|=\")3.*"), "PDF/A part 3:\n" + xmp);
      assertTrue(xmp.matches("(?s).*pdfaid:conformance(>|=\")B.*"), "conformance B:\n" + xmp);
      assertFalse(catalog.getOutputIntents().isEmpty(), "PDF/A needs an output intent");
      assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked(),
          "tagged");
      assertNotNull(catalog.getLanguage(), "document language");

      Map<String, PDComplexFileSpecification> files = catalog.getNames().getEmbeddedFiles().getNames();
      assertNotNull(files, "embedded files");
      Path source = edition.documents().get(0);
      assertArrayEquals(Files.readAllBytes(source),
          files.get(source.getFileName().toString()).getEmbeddedFile().toByteArray(),
          "the TEI document, byte for byte");
      assertArrayEquals(Files.readAllBytes(edition.editionFile().get()),
          files.get("edition.xml").getEmbeddedFile().toByteArray(), "edition.xml, byte for byte");
    }
    List<String[]> fonts = Poppler.fonts(pdf);
    assertFalse(fonts.isEmpty(), "pdffonts lists the fonts");
    for (String[] font : fonts) {
      assertEquals("yes", font[font.length - 5], "embedded: " + String.join(" ", font));
    }
  }

  @Test
  void veraPdfFindsTheArchivedBookCompliantWithPdfA3b(@TempDir Path tmp) throws Exception {
    Edition edition = Editions.find(List.of(SeedEditionPdfTest.EDITION)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder()));
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults().withPdfa(true)).render(edition, tmp);
    assertEquals(List.of(), result.diagnostics());
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(
            tmp.resolve(edition.name() + ".pdf").toFile(), PDFAFlavour.PDFA_3_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
      ValidationResult validation = validator.validate(parser);
      List<String> failed = validation.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
              + " at " + a.getLocationContext())
          .distinct().toList();
      assertEquals(List.of(), failed, "veraPDF's PDF/A-3B rules");
      assertTrue(validation.isCompliant());
    }
  }

  /**
   * FOP dates each attachment by the clock; with a build date (SOURCE_DATE_EPOCH) the attachments
   * carry it, and two runs give the same bytes.
   */
  @Test
  void twoArchivedRunsWithOneBuildDateGiveTheSameBytes(@TempDir Path tmp) throws Exception {
    Edition edition = Editions.find(List.of(SeedEditionPdfTest.EDITION)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder()));
    java.time.LocalDate built = java.time.LocalDate.of(2001, 2, 3);
    PdfOptions options = PdfOptions.defaults().withPdfa(true).withBuildDate(built);
    byte[][] runs = new byte[2][];
    for (int run = 0; run < 2; run++) {
      Path out = tmp.resolve("run" + run);
      assertEquals(List.of(), new PdfRenderer(xml, options).render(edition, out).diagnostics());
      runs[run] = Files.readAllBytes(out.resolve(edition.name() + ".pdf"));
    }
    try (PDDocument doc = Loader.loadPDF(runs[0])) {
      Map<String, PDComplexFileSpecification> files =
          doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
      assertEquals(2, files.size(), "the document and edition.xml attached");
      java.time.Instant midnight = built.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      for (Map.Entry<String, PDComplexFileSpecification> f : files.entrySet()) {
        assertEquals(midnight, f.getValue().getEmbeddedFile().getCreationDate().toInstant(), f.getKey() + " created");
        assertEquals(midnight, f.getValue().getEmbeddedFile().getModDate().toInstant(), f.getKey() + " modified");
      }
    }
    assertArrayEquals(runs[0], runs[1], "two --pdfa runs, one build date");
  }
}
