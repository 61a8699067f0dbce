package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;

/**
 * The web's metadata panel shows what the header says, read by the model (xslt/common
 * header.xsl): dates with their kind, a document's own rights, sources as citations, the author
 * as a reader names them. The golden case 'header' shows every fact on a small input; these
 * cases are the ones readers met in the seed edition and in ELTeC.
 */
class HeaderHtmlTest {
  private static final Path ELTEC = Sites.CORPORA.resolve("eltec/eng/level1");

  @Test
  @UsesShared
  void anEltecNovelNamesItsAuthorAndIsDatedAndSortedByItsFirstEdition(@TempDir Path tmp) throws Exception {
    Path site = eltec(tmp);
    String page = Files.readString(site.resolve("doc/ENG18610_Eliot.html"));
    assertTrue(page.contains("<dt>By</dt><dd>George Eliot [pseud.] (1819-1880)</dd>"), page);
    // the page's date is the first edition's (1861), not the reprint transcribed (2000)
    assertTrue(page.contains("<p class=\"doc-date\"><time datetime=\"1861\">1861</time></p>"), page);
    assertTrue(page.contains("<dt>Edition used</dt><dd><time datetime=\"2000\">2000</time></dd>"), page);
    String home = Files.readString(site.resolve("index.html"));
    int gaskell = home.indexOf("<time datetime=\"1848\">");
    int eliot = home.indexOf("<time datetime=\"1861\">");
    assertTrue(gaskell > 0 && eliot > gaskell, "Mary Barton (1848) before Silas Marner (1861):\n" + home);
    assertFalse(home.contains("datetime=\"2000\""), home);
  }

  @Test
  @UsesShared
  void aFolderOfDocumentsIsTitledAndCitedByWhatTheirHeadersShareNotByTheFolder(@TempDir Path tmp) throws Exception {
    Path site = eltec(tmp);
    String home = Files.readString(site.resolve("index.html"));
    assertTrue(home.contains("<title>ELTeC edition</title>") && home.contains("<h1>ELTeC edition</h1>"), home);
    assertFalse(home.contains("level1"), home);
    String page = Files.readString(site.resolve("doc/ENG18610_Eliot.html"));
    assertTrue(page.contains(", 1861. In: ELTeC edition. doc/ENG18610_Eliot.html.</p>"), page);
  }

  @Test
  @UsesShared
  void aSourceReadsAsACitationWithItsPunctuation(@TempDir Path tmp) throws Exception {
    String page = Files.readString(eltec(tmp).resolve("doc/ENG18482_Gaskell.html"));
    assertTrue(page.contains("<span class=\"label\">First edition: </span>Mrs. Gaskell. Mary Barton: A Tale of"
        + " Manchester Life. London: Chapman and Hall, 1848."), page);
    assertFalse(page.contains("Manchester LifeMrs"), page);
  }

  @Test
  void theSeedShowsItsWritingDateAndItsOwnLicence(@TempDir Path tmp) throws Exception {
    Sites.publish(tmp.resolve("site"), 1, Path.of("editions/chervonenko-deng-1962"));
    String page = Files.readString(tmp.resolve("site/doc/1962-03-01-chervonenko-deng.html"));
    assertTrue(page.contains("<div class=\"meta-date\" data-key=\"date-writing\"><dt>Written</dt>"
        + "<dd><time datetime=\"1962-03-28\">28 March 1962</time></dd>"), page);
    assertTrue(page.contains("<div class=\"meta-date\" data-key=\"date-event\"><dt>Date</dt>"
        + "<dd><time datetime=\"1962-03-01\">1 March 1962</time></dd>"), page);
    String rights = page.substring(page.indexOf("data-key=\"rights\""));
    assertTrue(rights.substring(0, rights.indexOf("</div>")).contains("The English translation, the citation and"
        + " the summary are the Wilson Center Digital Archive's"), rights);
    // the edition's principles of correction, normalisation, hyphenation and segmentation
    for (String key : new String[] {"decl-correction", "decl-normalization", "decl-hyphenation", "decl-segmentation"}) {
      assertTrue(page.contains("data-key=\"" + key + "\""), key);
    }
    String citation = page.substring(page.indexOf("<p class=\"citation\">"));
    assertTrue(citation.startsWith("<p class=\"citation\">S. V. Chervonenko, “From the Diary"), citation);
    assertTrue(citation.contains("In: The Chervonenko–Deng Conversation of 1 March 1962."
        + " doc/1962-03-01-chervonenko-deng.html.</p>"), citation);
  }

  @Test
  void aCitationNamesNoFolderForAnEdition(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("volumes"));
    Files.writeString(folder.resolve("a.xml"), """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A</title>
        <author>Ann Author</author></titleStmt><publicationStmt><p>Test.</p></publicationStmt>
        <sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader><text><body><p>Text.</p></body></text></TEI>""");
    Sites.publish(tmp.resolve("site"), 1, folder);
    String page = Files.readString(tmp.resolve("site/doc/a.html"));
    assertTrue(page.contains("<p class=\"citation\">Ann Author, “A”. doc/a.html.</p>"), page);
    // a lone document is its own edition, named by its title, not by its folder ("volumes")
    assertTrue(page.contains("<p class=\"edition-title\"><a href=\"../index.html\">A</a></p>"), page);
  }

  /** The shared title is part of every page: a change to another document's header re-renders them all. */
  @Test
  void aDocumentIsRenderedAgainWhenTheTitleItsFolderSharesChanges(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("volumes"));
    for (String n : new String[] {"a", "b"}) {
      Files.writeString(folder.resolve(n + ".xml"), volume(n, "Papers of the Mill"));
    }
    Path site = tmp.resolve("site");
    HtmlOptions options = new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD).withPrevious(site);
    new HtmlPublisher(Sites.context(folder), options).publish(org.teikit.edition.Editions.find(java.util.List.of(folder)), site, false);
    assertTrue(Files.readString(site.resolve("doc/a.html")).contains("<title>A · Papers of the Mill</title>"));

    Files.writeString(folder.resolve("b.xml"), volume("b", "Other Papers")); // a shares nothing more with b
    HtmlResult next = new HtmlPublisher(Sites.context(folder), options)
        .publish(org.teikit.edition.Editions.find(java.util.List.of(folder)), site, false);
    assertEquals(2, next.rendered(), "a, unchanged, names the edition anew");
    assertTrue(Files.readString(site.resolve("doc/a.html")).contains("<title>A · volumes</title>"));
  }

  private static String volume(String name, String series) {
    return """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>%s</title>
        <title type="series">%s</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt>
        <sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader><text><body><p>Text.</p></body></text></TEI>"""
        .formatted(name.toUpperCase(java.util.Locale.ROOT), series);
  }

  private static Path eltec(Path tmp) throws Exception {
    Shared.require(ELTEC);
    Path folder = Files.createDirectories(tmp.resolve("level1"));
    for (String novel : new String[] {"ENG18610_Eliot.xml", "ENG18482_Gaskell.xml"}) {
      Files.copy(ELTEC.resolve(novel), folder.resolve(novel));
    }
    Sites.publish(tmp.resolve("site"), 1, folder);
    return tmp.resolve("site");
  }
}
