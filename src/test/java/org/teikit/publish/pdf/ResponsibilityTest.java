package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.xml.XmlContext;

/**
 * Who is responsible for a reading or an intervention (xslt/common/responsibility.xsl) reaches
 * both editions by siglum, never by id: an editor declared in edition.xml only, an unattributed
 * emendation ("ed."), a change of hand to a hand edition.xml declares, two hands described alike.
 */
class ResponsibilityTest {
  private static final String EDITION = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
        <titleStmt><title>Shared declarations</title><editor xml:id="ed">Jane Smith</editor></titleStmt>
        <publicationStmt><p>Test.</p></publicationStmt>
        <sourceDesc><msDesc><msIdentifier><idno>MS 1</idno></msIdentifier><physDesc><handDesc>
          <handNote xml:id="hand-ink" n="B">A later hand in brown ink.</handNote>
        </handDesc></physDesc></msDesc></sourceDesc>
      </fileDesc></teiHeader><text><body><p>Introduction.</p></body></text></TEI>
      """;

  private static final String DOCUMENT = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
        <titleStmt><title>Hands and editors</title></titleStmt>
        <publicationStmt><p>Test.</p></publicationStmt>
        <sourceDesc><msDesc><msIdentifier><idno>MS 1</idno></msIdentifier><physDesc><handDesc>
          <handNote xml:id="line-one-a"><locus>Line 1</locus></handNote>
          <handNote xml:id="line-one-b"><locus>Line 1</locus></handNote>
        </handDesc></physDesc></msDesc>
        <listPerson><person xml:id="schroeder"><persName><forename>Stephan</forename>
          <surname>Schröder</surname></persName></person></listPerson></sourceDesc>
      </fileDesc></teiHeader>
      <text><body><p><handShift new="#line-one-a"/>Alpha beta <handShift new="#line-one-b"/>gamma
        <handShift new="#hand-ink"/>delta <app><lem>epsilon</lem><rdg type="emendation" resp="#ed">zeta</rdg><rdg
        type="emendation">theta</rdg><rdg resp="schroeder">kappa</rdg></app> iota.</p></body></text></TEI>
      """;

  @TempDir static Path tmp;
  static String web;
  static String webKey;
  static String webApparatus;
  static String print;

  @BeforeAll
  static void publishBoth() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("in/hands"));
    Files.writeString(folder.resolve("edition.xml"), EDITION);
    Files.writeString(folder.resolve("hands.xml"), DOCUMENT);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    Edition edition = Editions.find(List.of(folder)).get(0);
    Path site = tmp.resolve("out/site");
    new HtmlPublisher(xml, new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD))
        .publish(List.of(edition), site, false);
    PdfRenderer.Result pdf = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, tmp.resolve("out/pdf"));
    assertEquals(List.of(), pdf.diagnostics());
    print = Poppler.text(tmp.resolve("out/pdf/documents/hands.pdf")).replaceAll("\\s+", " ");

    XmlContext pages = XmlContext.create(List.of(), List.of(tmp.resolve("out").toAbsolutePath()));
    XdmNode page = pages.processor().newDocumentBuilder().build(pages.source(site.resolve("doc/hands.html").toUri()));
    XPathCompiler xpath = pages.processor().newXPathCompiler();
    xpath.declareNamespace("h", "http://www.w3.org/1999/xhtml");
    web = xpath.evaluate("string-join((//h:article//text(), //h:article//@title), ' ')", page).toString();
    webKey = xpath.evaluate("string-join(//h:dl[@class = 'sigla-key']/h:div ! (h:dt || ' ' || h:dd), ' | ')", page)
        .getUnderlyingValue().getStringValue();
    webApparatus = xpath.evaluate("normalize-space(string-join(//h:section[contains(@class, 'apparatus')]//h:div[@class = 'note-body']))", page)
        .getUnderlyingValue().getStringValue();
  }

  /**
   * An emendation is the editors': "ed." whether its @resp names an editor of edition.xml or no
   * one. A person is cited by surname, also when @resp names him without '#', as PTA texts do.
   */
  @Test
  void emendationsAreSignedEdInBoth() {
    assertTrue(webApparatus.contains("epsilon] zeta ed.; theta ed.; kappa Schröder"), webApparatus);
    assertTrue(print.contains("epsilon] zeta ed.; theta ed.; kappa Schröder"), print);
  }

  /** A handShift is marked where it stands by the hand's siglum; it printed and showed nothing. */
  @Test
  void aChangeOfHandShowsTheHandsSiglumInBoth() {
    assertTrue(web.contains("hand changes; hand B: A later hand in brown ink."), web);
    // three changes of hand, each marked once in the text, besides the key's lines
    for (String hand : List.of("hand 1", "hand 2", "hand B")) {
      assertEquals(2, count(web.replaceAll("\\s+", " "), hand + " "), hand + " in the web page: " + web);
      assertTrue(count(print, hand + " ") >= 2, hand + " in print: " + print);
    }
  }

  /** A hand declared in edition.xml only is in the key of both; it was in neither. */
  @Test
  void aHandOfEditionXmlIsInBothKeys() {
    assertTrue(webKey.contains("hand B A later hand in brown ink."), webKey);
    assertTrue(print.contains("hand B A later hand in brown ink."), print);
  }

  /** Two hands described alike ("Line 1", as I.Sicily's) are numbered, not both called "hand Line 1". */
  @Test
  void handsDescribedAlikeAreNumbered() {
    assertTrue(webKey.contains("hand 1 Line 1 | hand 2 Line 1"), webKey);
    assertFalse(print.contains("hand Line 1"), print);
  }

  /** No id of a hand or an editor reaches the reader. */
  @Test
  void noIdIsShown() {
    for (String id : List.of("line-one", "hand-ink", "#ed", " ed ", "schroeder")) {
      assertFalse(web.contains(id), id + " in the web page: " + web);
      assertFalse(print.contains(id), id + " in print: " + print);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
