package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.xml.XmlContext;

/**
 * Which elements declare an entity is decided once (tk:declares-entity): a group of persons a
 * document declares has its entry in the web's persons index as in print's, which read it alike.
 */
class PersonGroupTest {
  @Test
  void aPersonGroupDeclaredInADocumentIsIndexedOnTheWebAsInPrint(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("book"));
    Files.writeString(folder.resolve("doc.xml"), """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
          <titleStmt><title>Groups</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt>
          <sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader>
          <text><body><p>Met <persName ref="#delegation">the delegation</persName>.</p></body>
          <back><listPerson><personGrp xml:id="delegation"><name>The Soviet delegation</name></personGrp>
          </listPerson></back></text></TEI>""");
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    List<Edition> editions = Editions.find(List.of(folder));
    new HtmlPublisher(xml, new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD))
        .publish(editions, tmp.resolve("site"), false);
    String persons = Files.readString(tmp.resolve("site/persons.html"));
    assertTrue(persons.contains("The Soviet delegation"), "the group's own name heads its entry:\n" + persons);

    PdfRenderer.Result result = new PdfRenderer(xml, PdfOptions.defaults()).render(editions.get(0), tmp.resolve("pdf"));
    assertEquals(List.of(), result.diagnostics());
    assertTrue(Poppler.text(tmp.resolve("pdf/doc.pdf")).contains("The Soviet delegation"));
  }
}
