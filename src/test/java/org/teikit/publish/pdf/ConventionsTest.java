package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.xml.XmlContext;

/**
 * The conventions an edition is told of are those its documents use (xslt/common
 * tk:conventions), in the same words on the web and in print.
 */
class ConventionsTest {
  private static final Path SEED = Path.of("editions/chervonenko-deng-1962");
  private static final Path FRUS = CorporaPdfTest.CORPORA.resolve("frus/volumes/frus1917-72PubDip.xml");
  private static final String SWITCH = "Transmitted and corrected text";

  @Test
  @UsesShared
  void theSeedIsToldOfItsTextSwitchAndAFrusVolumeWhichHasNoneIsNot(@TempDir Path tmp) throws Exception {
    Shared.require(FRUS);
    List<String> seed = webConventions(publish(SEED, tmp.resolve("seed")));
    List<String> frus = webConventions(publish(FRUS, tmp.resolve("frus")));

    assertTrue(seed.contains(SWITCH) && seed.contains("Original and translation") && seed.contains("Corrections"),
        "the seed has corrections, a text switch and a translation: " + seed);
    assertFalse(frus.contains(SWITCH) || frus.contains("Original and translation") || frus.contains("Corrections"),
        "FRUS has no correction, no switch, no translation: " + frus);
    assertTrue(frus.contains("Page breaks") && frus.contains("Notes"), "FRUS's own conventions: " + frus);
  }

  @Test
  void printListsTheConventionsTheWebListsInTheSameWords(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("book"));
    Files.writeString(folder.resolve("doc.xml"), """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
          <titleStmt><title>Gaps and corrections</title></titleStmt>
          <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Made up.</p></sourceDesc>
        </fileDesc></teiHeader>
        <text><body><p>Lost <gap reason="illegible"/> and <choice><sic>wrnog</sic><corr>wrong</corr></choice>
          <supplied>words</supplied>.</p></body></text></TEI>""");
    List<String> web = webConventions(publish(folder, tmp.resolve("site")));
    assertEquals(List.of("Gaps", "Supplied text", "Corrections", SWITCH), web);

    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    Edition edition = Editions.find(List.of(folder)).get(0);
    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, tmp.resolve("pdf"));
    assertEquals(List.of(), result.diagnostics());
    Path book;
    try (var files = Files.list(tmp.resolve("pdf"))) {
      book = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }
    String print = Poppler.text(book).replaceAll("\\s+", " ");
    String page = print.substring(print.lastIndexOf("Editorial conventions"));
    List<String> printed = new ArrayList<>();
    for (String name : List.of("Page breaks", "Gaps", "Supplied text", "Corrections", "Notes", SWITCH)) {
      if (page.contains(name + ".")) {
        printed.add(name);
      }
    }
    // print has no switch: the text it prints is the corrected one, with the transmitted in a footnote
    assertEquals(web.subList(0, 3), printed);
    assertTrue(page.contains("Text the editors supply is in square brackets."), page);
  }

  private static Path publish(Path source, Path site) throws Exception {
    XmlContext xml = XmlContext.create(List.of(), List.of(source.toAbsolutePath().getParent()));
    new HtmlPublisher(xml, new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD))
        .publish(Editions.find(List.of(source)), site, false);
    return site.resolve("conventions.html");
  }

  /** The names of the conventions a page lists (its dt elements), in order. */
  private static List<String> webConventions(Path page) throws Exception {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("<dt>([^<]*)</dt>").matcher(Files.readString(page));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
