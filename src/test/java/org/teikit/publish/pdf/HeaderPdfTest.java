package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;

/**
 * Print's front matter gives what the web's metadata panel gives, read by the same model
 * (xslt/common header.xsl), in the same words: a document's dates with their kind, its own
 * rights, its sources as citations, its citation; a book's title from its documents' headers.
 */
class HeaderPdfTest {
  private static String text(Path folder, Path out) throws Exception {
    return Poppler.text(TitlePagePeopleTest.render(folder, out)).replaceAll("\\s+", " ");
  }

  @Test
  void theSeedsDocumentGivesItsWritingDateItsOwnLicenceAndItsCitation(@TempDir Path tmp) throws Exception {
    String text = text(Path.of("editions/chervonenko-deng-1962"), tmp.resolve("out"));
    String document = text.substring(text.indexOf("DOCUMENT 1"));
    assertTrue(document.contains("Date: 1 March 1962 · Written: 28 March 1962"), document);
    assertTrue(document.contains("The English translation, the citation and the summary are the Wilson Center"
        + " Digital Archive's and are reproduced on that archive's terms."), document);
    assertTrue(document.contains("How to cite: S. V. Chervonenko, “From the Diary"), document);
    // after the text, its description at length (a page's running head and number may stand
    // between two of its sections)
    assertTrue(document.matches(".*Physical description Form: typescript.*History Origin: Soviet Embassy, Beijing,"
        + " 28 March 1962 (From the Diary [^\\d]*\\d+ )?Editorial principles Project: .* Correction: The transmitted texts"
        + " are not corrected in place.*"), document);
  }

  @Test
  @UsesShared
  void anEltecNovelNamesItsAuthorAndIsDatedByItsFirstEdition(@TempDir Path tmp) throws Exception {
    Path novel = CorporaPdfTest.CORPORA.resolve("eltec/eng/level1/ENG18610_Eliot.xml");
    Shared.require(novel);
    Path folder = Files.createDirectories(tmp.resolve("level1"));
    Files.copy(novel, folder.resolve(novel.getFileName()));
    Path pdf = TitlePagePeopleTest.render(folder, tmp.resolve("out"));
    String titlePage = Poppler.body(pdf, 1).replaceAll("\\s+", " ");
    assertTrue(titlePage.contains("1861 By George Eliot [pseud.] (1819-1880)"), titlePage);
    assertTrue(titlePage.contains("https://creativecommons.org/licenses/by/4.0/"), "the novel's own licence:\n" + titlePage);
    String text = Poppler.text(pdf).replaceAll("\\s+", " ");
    String heading = text.substring(text.indexOf("DOCUMENT 1"));
    assertTrue(heading.startsWith("DOCUMENT 1 1861 Silas Marner"), heading.substring(0, 200));
    assertTrue(heading.contains("First edition: Eliot, George [pseud.] (1819-1880). Silas Marner: The Weaver of"
        + " Raveloe. Edinburgh: Blackwood, 1861."), heading);
    assertFalse(heading.contains("RaveloeEliot"), heading);
    // a book of one novel in a folder: its citation names no folder
    assertTrue(heading.contains("(1819-1880), “Silas Marner: The Weaver of Raveloe : ELTeC edition”, 1861."
        + " doc/ENG18610_Eliot.html."), heading);
  }

  @Test
  void aFolderOfDocumentsIsTitledByWhatTheirHeadersShareNotByTheFolder(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("volumes"));
    for (String n : new String[] {"1", "2"}) {
      Files.writeString(folder.resolve("v" + n + ".xml"), """
          <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
            <title type="complete">Papers, Volume %s</title><title type="series">Papers of the Mill</title>
          </titleStmt><publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Made up.</p></sourceDesc>
          </fileDesc></teiHeader><text><body><p>Text %s.</p></body></text></TEI>""".formatted(n, n));
    }
    Path pdf = TitlePagePeopleTest.render(folder, tmp.resolve("out"));
    String titlePage = Poppler.body(pdf, 1);
    assertTrue(titlePage.contains("Papers of the Mill"), titlePage);
    assertFalse(titlePage.contains("volumes"), titlePage);
    assertTrue(Poppler.text(pdf).replaceAll("\\s+", " ").contains("In: Papers of the Mill."), "the citation names it");
  }
}
