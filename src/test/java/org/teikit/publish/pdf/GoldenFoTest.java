package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.Goldens;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.XmlContext;

/**
 * Golden XSL-FO for the print stylesheets (xslt/fo): for some of the golden cases under
 * {@code golden/html/}, and for every case under {@code golden/fo/} (print alone), the FO the
 * print stylesheet makes of the case's book, as FoMaker asks
 * for it before FOP sets it (the first pass: an index's page numbers are not measured yet), kept
 * in the indented form of {@link Goldens} as {@code expected/book.fo} beside the case's pages.
 * The build date is fixed, so the FO is the same on every machine and day. A case of print alone
 * whose name starts with {@code parallel-} is set in the parallel layout.
 *
 * <p>To regenerate after a reviewed change: {@code mvn test -Dtest=GoldenFoTest
 * -Dgolden.update=true}, then read the diff before committing it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenFoTest {
  static final Path CASES = Path.of("src/test/resources/golden/html");
  /** The cases whose print is kept: the seed's kinds (notes and apparatus, sigla, the header, citation), hands, verse. */
  static final List<String> PRINTED = List.of("citation", "header", "notes-apparatus", "responsibility", "sigla",
      "verse");
  static final LocalDate BUILD_DATE = LocalDate.of(2026, 1, 1);

  private Path tmp;
  private XmlContext xml;
  private FoMaker fos;
  /** For the cases named parallel-…: the parallel layout. */
  private FoMaker parallel;

  @BeforeAll
  void compile(@TempDir Path folder) throws Exception {
    tmp = folder;
    xml = XmlContext.create(List.of(), List.of(tmp.toAbsolutePath()));
    XsltExecutable stylesheet = xml.processor().newXsltCompiler()
        .compile(xml.source(PdfRenderer.class.getResource(PrintStylesheet.ENTRY).toURI()));
    FontSet fonts = FontSet.load(List.of());
    fos = new FoMaker(stylesheet, fonts, new FopFactories(fonts), PdfOptions.defaults());
    parallel = new FoMaker(stylesheet, fonts, new FopFactories(fonts), PdfOptions.defaults().withLayout(Layout.PARALLEL));
  }

  /** Cases of print alone (layout, apparatus, Leiden), which have no web golden. */
  static final Path PRINT_CASES = Path.of("src/test/resources/golden/fo");

  @TestFactory
  Stream<DynamicTest> everyPrintedCaseMatchesItsExpectedFo() throws IOException {
    List<Path> cases = new ArrayList<>(PRINTED.stream().map(CASES::resolve).toList());
    try (Stream<Path> list = Files.list(PRINT_CASES)) {
      list.filter(Files::isDirectory).sorted().forEach(cases::add);
    }
    assertTrue(cases.size() > PRINTED.size(), "print cases found under " + PRINT_CASES);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private void check(Path caseDir) throws Exception {
    Path edition = copy(caseDir);
    FoMaker maker = caseDir.getFileName().toString().startsWith("parallel-") ? parallel : fos;
    XdmNode fo = fo(Editions.find(List.of(edition)).get(0), maker);
    Optional<String> difference = Goldens.check(caseDir.resolve("expected/book.fo"), fo);
    assertTrue(difference.isEmpty(), () -> difference.get());
  }

  /** The case's sources in a folder of their own, named after the case, as the web's golden test has them. */
  private Path copy(Path caseDir) throws IOException {
    Path edition = Files.createDirectories(tmp.resolve(caseDir.getFileName()));
    for (String file : List.of("input.xml", "edition.xml")) {
      if (Files.exists(caseDir.resolve(file))) {
        Files.copy(caseDir.resolve(file), edition.resolve(file));
      }
    }
    return edition;
  }

  /** The FO of the edition's book, as PdfRenderer plans it: every document, numbered from 1. */
  private XdmNode fo(Edition edition, FoMaker maker) throws Exception {
    DocumentTrees trees = DocumentTrees.parsing(xml);
    List<XdmNode> docs = new ArrayList<>();
    for (Path file : edition.documents()) {
      docs.add(trees.tree(file));
    }
    Optional<XdmNode> editionDoc = edition.editionFile().isPresent()
        ? Optional.of(trees.tree(edition.editionFile().get())) : Optional.empty();
    Book book = new Book(edition, "edition", 1, edition.documents(), tmp.resolve("out/book.pdf"), "book.pdf", "golden");
    BookRenderer.Sources sources = new BookRenderer.Sources(docs, edition.documents(), editionDoc, BUILD_DATE);
    FoMaker.Fo fo = maker.make(book, sources, Part.WHOLE, MentionPages.none());
    assertEquals(List.of(), fo.errors(), "the bundled fonts set every case");
    return fo.tree();
  }
}
