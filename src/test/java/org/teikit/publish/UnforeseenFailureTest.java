package org.teikit.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.publish.html.HtmlResult;
import org.teikit.publish.pdf.PdfOptions;
import org.teikit.publish.pdf.PdfRenderer;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.XmlContext;

/**
 * A failure no stage foresees (memory running out while a document's tree is built, as a
 * quadratic entity expansion makes it) fails that document only: the web and print stages
 * publish the others, and the edition's book is set without it.
 */
class UnforeseenFailureTest {
  static final String TEI = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
        <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
        <text><body><p>%s</p></body></text></TEI>
      """;

  @TempDir Path dir;

  @Test
  void aDocumentWhoseTreeRunsOutOfMemoryIsLeftOutOfBothStagesOnly() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("letters"));
    for (String name : List.of("a-control", "b-heavy", "c-control")) {
      Files.writeString(folder.resolve(name + ".xml"), TEI.formatted(name, "Text of " + name + "."));
    }
    XmlContext xml = XmlContext.create(List.of(), List.of(folder));
    DocumentTrees parsing = DocumentTrees.parsing(xml);
    DocumentTrees trees = file -> {
      if (file.getFileName().toString().equals("b-heavy.xml")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return parsing.tree(file);
    };
    Edition edition = Editions.find(List.of(folder)).get(0);

    HtmlResult html = new HtmlPublisher(xml, trees, new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD))
        .publish(List.of(edition), dir.resolve("html"), false);
    PdfRenderer.Result pdf = new PdfRenderer(xml, trees, PdfOptions.defaults()).render(edition, dir.resolve("pdf"));

    assertEquals(2, html.rendered());
    assertTrue(Files.isRegularFile(dir.resolve("html/index.html")));
    assertFalse(Files.exists(dir.resolve("html/doc/b-heavy.html")));
    assertTrue(pdf.written().contains(dir.resolve("pdf/letters.pdf")), pdf.toString());
    assertTrue(Files.isRegularFile(dir.resolve("pdf/documents/a-control.pdf")));
    assertFalse(Files.exists(dir.resolve("pdf/documents/b-heavy.pdf")));
    for (List<Diagnostic> found : List.of(html.diagnostics(), pdf.diagnostics())) {
      List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
      assertEquals(1, errors.size(), found.toString());
      assertEquals("b-heavy.xml", errors.get(0).file().getFileName().toString());
      assertTrue(errors.get(0).message().contains("not enough memory"), errors.get(0).message());
    }
  }
}
