package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/**
 * A book's title page reads the title and the people responsible as the web edition does
 * (xslt/common tk:title, tk:people): the main title over a short one, and the authors, editors,
 * general editors, translators and other respStmt, each with their role.
 */
class TitlePagePeopleTest {
  private static final String VOLUME = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
        <title type="short">Short title</title>
        <title type="main">The Main Title</title>
        <author>Mary Ann Evans</author>
        <editor role="primary"><persName>Adam Howard</persName></editor>
        <editor role="general"><persName>Kent Sieg</persName></editor>
        <editor role="translator">Tess Lator</editor>
        <respStmt><resp>Encoded by</resp><name>Enid Coder</name></respStmt>
      </titleStmt><publicationStmt><p>Test.</p></publicationStmt>
      <sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader>
      <text><body><head>A head that is no title</head><p>Body text.</p></body></text></TEI>
      """;

  /** ELTeC names its novelist in titleStmt/author and its encoder in a respStmt; print named only the encoder. */
  @Test
  @UsesShared
  void anEltecNovelsTitlePageNamesItsAuthor(@TempDir Path tmp) throws Exception {
    Path novel = CorporaPdfTest.CORPORA.resolve("eltec/eng/level1/ENG18482_Gaskell.xml");
    Shared.require(novel);
    Path folder = Files.createDirectories(tmp.resolve("level1"));
    Files.copy(novel, folder.resolve(novel.getFileName()));
    String titlePage = Poppler.body(render(folder, tmp.resolve("out")), 1);

    assertTrue(titlePage.contains("By Elizabeth Cleghorn Gaskell (1810-1865)"), titlePage);
    assertTrue(titlePage.contains("ELTeC conversion: Lou Burnard"), titlePage);
    assertFalse(titlePage.contains("Edited by"), "the encoder is not an editor:\n" + titlePage);
  }

  @Test
  void theTitlePageNamesTheMainTitleAndEveryoneResponsibleWithTheirRoles(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("volumes"));
    Files.writeString(folder.resolve("volume.xml"), VOLUME);
    String titlePage = Poppler.body(render(folder, tmp.resolve("out")), 1);

    assertTrue(titlePage.contains("The Main Title"), "the header's main title, as the web reads it:\n" + titlePage);
    assertFalse(titlePage.contains("Short title") || titlePage.contains("volumes"), titlePage);
    for (String line : List.of("By Mary Ann Evans", "Edited by Adam Howard", "General editor: Kent Sieg",
        "Translator: Tess Lator", "Encoded by Enid Coder")) {
      assertTrue(titlePage.contains(line), "'" + line + "' on the title page:\n" + titlePage);
    }
  }

  static Path render(Path folder, Path out) throws Exception {
    Edition edition = Editions.find(List.of(folder)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, out);
    assertEquals(List.of(), result.diagnostics());
    try (var files = Files.list(out)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }
  }
}
