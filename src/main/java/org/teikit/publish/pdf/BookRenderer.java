package org.teikit.publish.pdf;

import org.teikit.store.FileCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.apache.fop.apps.FOPException;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Failures;
import org.teikit.diagnostic.Severity;
import org.teikit.work.Pool;

/**
 * Sets one book: TEI trees → XSL-FO ({@link FoMaker}) → FOP ({@link FopLayout}). The book of an
 * edition of several documents is set in parts ({@link PartedBook}), of which a later run lays out
 * only those that changed. Any other book (a booklet, the book of one document, a PDF/A book whose
 * attachments and metadata are checked on the whole) is laid out whole: twice when it has an index
 * (the first layout measures the page of every mention). Thread-safe.
 */
final class BookRenderer {
  private final FoMaker fos;
  private final FopLayout layout;
  private final PartedBook parted;
  private final PdfOptions options;

  /** What setting a book produced: the file (null when it failed) and its {@link FileCheck}. */
  record Outcome(Path file, int pages, String check, List<Diagnostic> diagnostics) {
    static Outcome failed(List<Diagnostic> diagnostics) {
      return new Outcome(null, 0, null, diagnostics);
    }
  }

  /** A book's PDF bytes, before they are made reproducible, and its page count. */
  record Printed(byte[] pdf, int pages) {}

  /** The parsed sources of a book and the date it is built on. */
  record Sources(List<XdmNode> docs, List<Path> files, Optional<XdmNode> editionDoc, LocalDate date) {}

  BookRenderer(Processor processor, java.util.function.Function<org.teikit.edition.Edition, XsltExecutable> stylesheet, FontSet fonts, FopFactories factories,
      PdfOptions options, BookKeys keys, Pool pool) {
    this.fos = new FoMaker(stylesheet, fonts, factories, options);
    this.layout = new FopLayout(processor, options, fonts);
    this.parted = new PartedBook(processor, fos, layout, keys, pool);
    this.options = options;
  }

  /** Sets the book; an edition book set in parts tells {@code placed} of each document it has placed. */
  Outcome render(Book book, Sources sources, PartStore parts, DocumentsPlaced placed) throws IOException {
    if (!inParts(book)) {
      placed.allPlaced(); // set whole: its documents are placed only when it is done
    }
    if (sources.docs().isEmpty()) {
      return Outcome.failed(List.of()); // none could be read: the parse errors say why
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Path blame = sources.files().size() == 1 ? sources.files().get(0)
        : book.edition().editionFile().orElse(book.edition().folder());
    try {
      Optional<Printed> pdf = inParts(book) ? parted.render(book, sources, parts, placed, diagnostics, blame)
          : whole(book, sources, diagnostics, blame);
      if (pdf.isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
        return Outcome.failed(diagnostics);
      }
      byte[] bytes = Reproducible.fix(pdf.get().pdf(), book.target().getFileName().toString());
      Files.createDirectories(book.target().getParent());
      Files.write(book.target(), bytes);
      return new Outcome(book.target(), pdf.get().pages(), FileCheck.of(bytes), diagnostics);
    } catch (SaxonApiException | FOPException e) {
      diagnostics.add(layoutError(e, blame));
      return Outcome.failed(diagnostics);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // a fault inside Saxon or FOP, a document nested past the stack, memory: one plain line
      // for the user (no stack trace, no Java wording); the other books are still set
      diagnostics.add(new Diagnostic(blame, 0, 0, Severity.ERROR, Check.PDF, "internal", null,
          Catalogue.text("pdf.cannot-be-set", Failures.describeReported(e))));
      return Outcome.failed(diagnostics);
    }
  }

  /**
   * Parts pay when a change leaves most of the book as it was: an edition book of several
   * documents. A book of one document would lay out its one part again on every change, and the
   * IF round trip costs more than it saves.
   */
  private boolean inParts(Book book) {
    return book.scope().equals("edition") && book.files().size() > 1 && !options.pdfa();
  }

  /** The book in one layout (after a measuring one when it has an index). */
  private Optional<Printed> whole(Book book, Sources sources, List<Diagnostic> diagnostics, Path blame)
      throws SaxonApiException, FOPException {
    FoMaker.Fo fo = fos.make(book, sources, Part.WHOLE, MentionPages.none());
    if (!fo.ok()) {
      diagnostics.addAll(fo.errors());
      return Optional.empty();
    }
    if (!MentionPages.anchors(fo.tree()).isEmpty()) {
      MentionPages pages = layout.measure(fo.tree(), fo.factory(), sources.date(), blame);
      fo = fos.again(fo, book, sources, Part.WHOLE, pages);
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
    int pages = layout.pdf(fo.tree(), fo.factory(), sources.date(), pdf, diagnostics, blame);
    return Optional.of(new Printed(pdf.toByteArray(), pages));
  }

  private static Diagnostic layoutError(Exception e, Path blame) {
    Throwable fop = e;
    while (fop != null && !(fop instanceof org.xml.sax.SAXException) && fop.getCause() != fop) {
      fop = fop.getCause();
    }
    String message = fop != null ? Catalogue.text("pdf.fop-failed", fop.getMessage())
        : Catalogue.text("pdf.cannot-be-set", Failures.known(e).orElse(e.getMessage()));
    return new Diagnostic(blame, 0, 0, Severity.ERROR, Check.PDF, fop != null ? "fop" : "xslt", null, message);
  }

}
