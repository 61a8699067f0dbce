package org.teikit.publish.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.agreement.Comparison.Disagreement;
import org.teikit.publish.agreement.Comparison.Fact;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.publish.pdf.PdfOptions;
import org.teikit.publish.pdf.PdfRenderer;
import org.teikit.xml.XmlContext;

/**
 * The web and the print edition of the same sources tell the reader the same facts: title,
 * authors and editors, dates, the index's entries and headwords, sigla and section numbers, read
 * back from the pages' markup ({@link WebFacts}) and from the PDF's text ({@link PrintFacts}).
 * Fails, naming each disagreement, when one edition changes alone. Cases: every golden case, the
 * seed edition, FRUS frus1969-76v01 (one volume, split into pages on the web) and PTA pta0022
 * (sections and an apparatus).
 */
class AgreementTest {
  static final Path CORPORA = Shared.path("corpora");
  static final Path GOLDEN = Path.of("src/test/resources/golden/html");

  /**
   * Disagreements known and accepted for now, each by case, fact and words it contains, with the
   * work that is to end it (none today). Only a disagreement listed here may stand; an entry that
   * no longer matches one fails the test until it is taken off, so the list only shrinks.
   */
  record Waiting(String key, String words, String why) {}

  static final List<Waiting> WAITING = List.of();

  @TempDir Path tmp;

  @TestFactory
  @UsesShared
  Stream<DynamicTest> theWebAndThePrintEditionAgree() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> cases = Files.list(GOLDEN)) {
      for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
        String name = "golden-" + c.getFileName();
        tests.add(DynamicTest.dynamicTest(name, () -> agree(name, golden(c))));
      }
    }
    assertFalse(tests.isEmpty(), "golden cases under " + GOLDEN);
    tests.add(DynamicTest.dynamicTest("seed", () -> agree("seed", Path.of("editions/chervonenko-deng-1962"))));
    tests.add(DynamicTest.dynamicTest("frus1969-76v01",
        () -> agree("frus1969-76v01", corpus("frus/volumes/frus1969-76v01.xml"))));
    tests.add(DynamicTest.dynamicTest("pta0022", () -> agree("pta0022", corpus("apparatus/pta/pta0022/pta002"))));
    // -Dagreement.cases=seed,pta0022 runs only those
    Set<String> only = Set.of(System.getProperty("agreement.cases", "").split(","));
    return tests.stream().filter(t -> only.equals(Set.of("")) || only.contains(t.getDisplayName()));
  }

  private void agree(String name, Path input) throws Exception {
    Built built = build(name, input);
    foundSomething(name, built.web(), built.print());
    List<String> problems = new ArrayList<>();
    Set<Waiting> met = new java.util.HashSet<>();
    for (Disagreement d : Comparison.of(built.source(), built.web(), built.print())) {
      String key = name + " " + d.fact();
      Waiting w = WAITING.stream().filter(e -> e.key().equals(key) && d.words().contains(e.words())).findFirst()
          .orElse(null);
      if (w == null) {
        problems.add(key + ": " + d.words());
      } else {
        met.add(w);
        System.out.println("waiting (" + w.why() + "): " + key + ": " + d.words());
      }
    }
    WAITING.stream().filter(w -> w.key().startsWith(name + " ") && !met.contains(w))
        .forEach(w -> problems.add(w.key() + " (" + w.words() + "): now agrees; take it off AgreementTest.WAITING"));
    assertEquals("", String.join("\n", problems));
  }

  /** The extractors read what each case is known to hold, so that agreement is not two empty readings. */
  private static void foundSomething(String name, WebFacts web, PrintFacts print) {
    assertFalse(web.title().isEmpty(), name + ": the web's title");
    assertFalse(web.documents().isEmpty(), name + ": the web's documents");
    assertFalse(print.contents().isEmpty(), name + ": print's contents");
    assertFalse(print.documents().isEmpty(), name + ": print's documents");
    switch (name) {
      case "seed" -> {
        assertTrue(web.index().get("persons").size() >= 10, "seed persons: " + web.index());
        assertEquals(4, web.documents().get(0).siglaKey().size(), "two hands, two witnesses");
        assertTrue(web.documents().get(0).readingSigla().size() >= 30, "readings with sigla");
        assertFalse(web.documents().get(0).people().isEmpty(), "the seed document's author and translator");
        assertTrue(web.documents().get(0).dates().size() >= 3, "the seed's date, date of writing, publication");
      }
      case "golden-sigla" -> {
        assertEquals(10, web.documents().get(0).siglaKey().size(), "four hands, four witnesses, two of edition.xml");
        assertEquals(8, web.documents().get(0).readingSigla().size(), "readings with sigla");
      }
      case "frus1969-76v01" -> {
        assertTrue(web.index().get("persons").size() >= 30, "FRUS persons: " + web.index());
        assertTrue(print.index().getOrDefault("persons", Set.of()).size() >= 30, "print's persons");
        assertEquals(123, web.documents().get(0).parts().size(), "the volume's numbered documents, each a part");
      }
      case "pta0022" -> {
        assertTrue(web.documents().get(0).siglaKey().size() >= 6, "the conspectus codicum");
        assertTrue(web.documents().get(0).readingSigla().size() >= 100, "readings with sigla");
      }
      default -> { }
    }
  }

  record Built(SourceFacts source, WebFacts web, PrintFacts print) {}

  private Built build(String name, Path input) throws Exception {
    Edition edition = Editions.find(List.of(input)).get(0);
    Path root = Files.isDirectory(input) ? input : input.getParent();
    XmlContext xml = XmlContext.create(List.of(), List.of(root.toAbsolutePath()));
    Path out = tmp.resolve("out").resolve(name);
    Path site = out.resolve("site");
    // print is set while the web edition is written: the two share nothing but the sources
    CompletableFuture<PdfRenderer.Result> print = CompletableFuture.supplyAsync(() -> {
      try {
        return new PdfRenderer(xml, PdfOptions.defaults()).render(edition, out.resolve("pdf"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    new HtmlPublisher(xml, new HtmlOptions(2, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD))
        .publish(List.of(edition), site, false);
    PdfRenderer.Result pdf = print.join();
    assertFalse(pdf.hasErrors(), name + ": " + pdf.diagnostics());
    // the pages are read through a context of their own: the edition's reads nothing outside it
    XmlContext pages = XmlContext.create(List.of(), List.of(out.toAbsolutePath()));
    Path book;
    try (Stream<Path> files = Files.list(out.resolve("pdf"))) {
      book = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }
    return new Built(SourceFacts.read(xml, edition), WebFacts.read(pages, site), PrintFacts.read(book));
  }

  /** A golden case as an edition folder of its own: its input.xml and edition.xml. */
  private Path golden(Path c) throws IOException {
    Path edition = Files.createDirectories(tmp.resolve("in").resolve(c.getFileName()));
    for (String f : List.of("input.xml", "edition.xml")) {
      if (Files.exists(c.resolve(f))) {
        Files.copy(c.resolve(f), edition.resolve(f));
      }
    }
    return edition;
  }

  private static Path corpus(String path) {
    return Shared.require(CORPORA.resolve(path));
  }
}
