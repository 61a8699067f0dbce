package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.KeptTrees;
import org.teikit.store.SourceDigests;
import org.teikit.store.Store;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.XmlContext;

/**
 * Incremental rendering: with the previous output given, a book whose inputs are unchanged is
 * copied from there (and its document not even parsed); a changed document re-renders its booklet
 * and the edition book, nothing else.
 */
class PdfReuseTest {
  static final Path SEED = Path.of("editions/chervonenko-deng-1962");
  static final String DOC = "1962-03-01-chervonenko-deng.xml";

  /** A two-document copy of the seed edition: the seed document under two names. */
  static Edition twoDocuments(Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("two"));
    Files.copy(SEED.resolve("edition.xml"), folder.resolve("edition.xml"));
    Files.copy(SEED.resolve(DOC), folder.resolve("a.xml"));
    Files.copy(SEED.resolve(DOC), folder.resolve("b.xml"));
    return Editions.find(List.of(folder)).get(0);
  }

  /** Records which files were parsed. */
  static final class Counting implements DocumentTrees {
    final DocumentTrees inner;
    final List<String> parsed = Collections.synchronizedList(new ArrayList<>());

    Counting(XmlContext xml) {
      inner = DocumentTrees.parsing(xml);
    }

    @Override
    public net.sf.saxon.s9api.XdmNode tree(Path file) throws org.teikit.xml.UnreadableDocument {
      parsed.add(file.getFileName().toString());
      return inner.tree(file);
    }
  }

  static Set<String> names(List<Path> files, Path root) {
    Set<String> names = new TreeSet<>();
    files.forEach(f -> names.add(root.relativize(f).toString()));
    return names;
  }

  static boolean sameBytes(Path a, Path b) throws Exception {
    return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  @Test
  void aChangedDocumentRerendersItsBookletAndTheEditionBookOnly(@TempDir Path tmp) throws Exception {
    Edition edition = twoDocuments(tmp);
    XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder().toAbsolutePath()));
    PdfOptions options = PdfOptions.defaults().withJobs(2);
    Path first = tmp.resolve("first");
    PdfRenderer.Result all = new PdfRenderer(xml, options).render(edition, first);
    assertEquals(List.of(), all.diagnostics());
    assertEquals(Set.of("two.pdf", "documents/a.pdf", "documents/b.pdf"), names(all.rendered(), first));

    Path b = edition.folder().resolve("b.xml");
    String text = Files.readString(b, StandardCharsets.UTF_8);
    Files.writeString(b, text.replaceFirst("<opener>", "<opener><p>A sentence added for the test.</p>"),
        StandardCharsets.UTF_8);
    Counting trees = new Counting(xml);
    Path second = tmp.resolve("second");
    PdfRenderer.Result changed = new PdfRenderer(xml, trees, options.withPrevious(first)).render(edition, second);

    assertEquals(List.of(), changed.diagnostics());
    assertEquals(Set.of("documents/a.pdf"), names(changed.reused(), second));
    assertEquals(Set.of("two.pdf", "documents/b.pdf"), names(changed.rendered(), second));
    assertTrue(sameBytes(first.resolve("documents/a.pdf"), second.resolve("documents/a.pdf")));
    assertFalse(sameBytes(first.resolve("documents/b.pdf"), second.resolve("documents/b.pdf")));
    assertFalse(sameBytes(first.resolve("two.pdf"), second.resolve("two.pdf")));
    // the edition book needs both documents; each is parsed once, by whichever book came first
    assertEquals(List.of("a.xml", "b.xml", "edition.xml"), trees.parsed.stream().sorted().toList());
  }

  /**
   * A document saved after the run parsed it (a build validates first, then sets the PDFs): its
   * PDFs show the text that was parsed and are keyed by it, so the next run sets the saved text
   * instead of keeping the old PDFs under the new text's key.
   */
  @Test
  void aDocumentSavedAfterItWasParsedIsRenderedAgainByTheNextRun(@TempDir Path tmp) throws Exception {
    Edition edition = twoDocuments(tmp);
    XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder().toAbsolutePath()));
    Path b = edition.folder().resolve("b.xml");
    KeptTrees trees = new KeptTrees(xml);
    SourceDigests sources = new SourceDigests();
    sources.readAll(List.of(b)); // the run reads b first,
    trees.keep(b, trees.tree(b)); // parses it, as validation does,
    String text = Files.readString(b, StandardCharsets.UTF_8); // and the editor saves it meanwhile
    Files.writeString(b, text.replaceFirst("<opener>", "<opener><p>Saved while the build ran.</p>"),
        StandardCharsets.UTF_8);
    PdfOptions options = PdfOptions.defaults().withJobs(2);
    Path first = tmp.resolve("first");
    assertEquals(List.of(), new PdfRenderer(xml, trees, options, sources).render(edition, first).diagnostics());
    assertFalse(Poppler.text(first.resolve("documents/b.pdf")).contains("Saved while"), "set from the parsed text");

    Path second = tmp.resolve("second");
    PdfRenderer.Result next = new PdfRenderer(xml, options.withPrevious(first)).render(edition, second);
    assertEquals(Set.of("two.pdf", "documents/b.pdf"), names(next.rendered(), second));
    assertTrue(Poppler.text(second.resolve("documents/b.pdf")).contains("Saved while"), "the saved text shows");
  }

  @Test
  void nothingChangedMeansNothingParsedAndTheSameBytes(@TempDir Path tmp) throws Exception {
    Edition edition = twoDocuments(tmp);
    XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder().toAbsolutePath()));
    Path first = tmp.resolve("first");
    PdfRenderer.Result all = new PdfRenderer(xml, PdfOptions.defaults()).render(edition, first);
    Counting trees = new Counting(xml);
    Path second = tmp.resolve("second");
    PdfRenderer.Result again = new PdfRenderer(xml, trees, PdfOptions.defaults().withPrevious(first))
        .render(edition, second);
    assertEquals(List.of(), again.rendered());
    assertEquals(List.of(), trees.parsed);
    assertEquals(all.pages(), again.pages());
    for (String pdf : List.of("two.pdf", "documents/a.pdf", "documents/b.pdf")) {
      assertTrue(sameBytes(first.resolve(pdf), second.resolve(pdf)), pdf);
    }
    assertTrue(sameBytes(Store.beside(first).resolve(Manifest.FILE), Store.beside(second).resolve(Manifest.FILE)));
    assertFalse(Files.exists(second.resolve(Manifest.FILE)), "the records lie beside the PDFs' folder, not in it");
  }

  @Test
  void otherOptionsACorruptManifestOrAChangedPdfMeanRender(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("one"));
    Files.copy(SEED.resolve("edition.xml"), folder.resolve("edition.xml"));
    Files.copy(SEED.resolve(DOC), folder.resolve(DOC));
    Edition edition = Editions.find(List.of(folder)).get(0);
    XmlContext xml = XmlContext.create(List.of(), List.of(folder.toAbsolutePath()));
    Path first = tmp.resolve("first");
    new PdfRenderer(xml, PdfOptions.defaults()).render(edition, first);
    PdfOptions reuse = PdfOptions.defaults().withPrevious(first);

    PdfRenderer.Result parallel = new PdfRenderer(xml, reuse.withLayout(Layout.PARALLEL))
        .render(edition, tmp.resolve("parallel"));
    assertEquals(List.of(), parallel.reused(), "another layout is another book");

    Files.writeString(Store.beside(first).resolve(Manifest.FILE), "teikit-pdf 1\nedition one\nnot a line\n");
    assertEquals(List.of(), new PdfRenderer(xml, reuse).render(edition, tmp.resolve("corrupt")).reused());

    Path other = tmp.resolve("other");
    new PdfRenderer(xml, PdfOptions.defaults()).render(edition, other);
    Files.write(other.resolve("one.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    PdfRenderer.Result changed = new PdfRenderer(xml, PdfOptions.defaults().withPrevious(other))
        .render(edition, tmp.resolve("changed"));
    assertEquals(List.of(), changed.reused(), "a PDF changed since it was written is rendered anew");
    assertTrue(sameBytes(first.resolve("one.pdf"), tmp.resolve("changed/one.pdf")));
  }
}
