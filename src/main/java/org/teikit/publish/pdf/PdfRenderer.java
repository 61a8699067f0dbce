package org.teikit.publish.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Failures;
import org.teikit.diagnostic.Severity;
import org.teikit.edition.Edition;
import org.teikit.store.SourceDigests;
import org.teikit.store.Store;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.XmlContext;
import org.teikit.work.Fork;
import org.teikit.work.Joined;
import org.teikit.work.Pool;

/**
 * Renders editions to PDF: one book for the edition (title page, contents, introduction, all
 * documents, index) and one booklet per document. Compiles the stylesheet and builds the FOP
 * factories once per run; thread-safe, books are rendered in parallel. A book whose inputs are
 * unchanged since the run that wrote {@link PdfOptions#previous()} is copied from there.
 */
public final class PdfRenderer {
  /** FOP logs through java.util.logging by default; the renderer reports through diagnostics. */
  private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.fop"),
      Logger.getLogger("org.apache.xmlgraphics"), Logger.getLogger("org.apache.fontbox"),
      Logger.getLogger("org.apache.pdfbox"));

  static {
    QUIET.forEach(l -> l.setLevel(Level.OFF));
    // FOP's bidi code asserts an invariant it breaks on Syriac text; with assertions on (as in
    // tests) that would abort a layout that is otherwise right. FOP classes load after this.
    ClassLoader loader = PdfRenderer.class.getClassLoader();
    if (loader != null) {
      loader.setPackageAssertionStatus("org.apache.fop", false);
    }
  }

  private final DocumentTrees trees;
  private final PdfOptions options;
  private final FopFactories factories;
  /** The run's threads: the stylesheet's compile, FOP's warm-up and the books run on them. */
  private final Pool pool;
  private final Fork<BookRenderer> books;
  /** The editions' own print modules, each compiled once in the run. */
  private final PrintModules modules;
  private final BookKeys keys;

  /**
   * What rendering one edition produced: every PDF in the output folder ({@code written}), of
   * which {@code reused} were copied unchanged from the previous output rather than rendered;
   * {@code notPrinted}: the edition's documents its book does not print (their findings say why).
   */
  public record Result(List<Path> written, List<Path> reused, List<Diagnostic> diagnostics, int pages,
      List<Path> notPrinted) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The PDFs this run set anew. */
    public List<Path> rendered() {
      return written.stream().filter(p -> !reused.contains(p)).toList();
    }
  }

  /**
   * A renderer that parses the sources itself.
   *
   * @throws IOException when a font folder cannot be read
   */
  public PdfRenderer(XmlContext xml, PdfOptions options) throws IOException {
    this(xml, DocumentTrees.parsing(xml), options);
  }

  /**
   * A renderer that takes the sources' trees from {@code trees} (e.g. those a build's validation
   * built), so that a run reads each file once.
   *
   * @throws IOException when a font folder cannot be read
   */
  public PdfRenderer(XmlContext xml, DocumentTrees trees, PdfOptions options) throws IOException {
    this(xml, trees, options, new SourceDigests());
  }

  /**
   * As {@link #PdfRenderer(XmlContext, DocumentTrees, PdfOptions)}, the books' keys made of the
   * content in {@code sources}: a run that parsed the documents before (a build validates them
   * first) read them there before parsing them, so that no PDF is kept under a newer text's key.
   */
  public PdfRenderer(XmlContext xml, DocumentTrees trees, PdfOptions options, SourceDigests sources)
      throws IOException {
    this(xml, trees, options, sources, Pool.of(options.jobs()));
  }

  /**
   * As {@link #PdfRenderer(XmlContext, DocumentTrees, PdfOptions, SourceDigests)}, its work run on
   * {@code pool}, the run's.
   *
   * @throws IOException when a font folder cannot be read
   */
  public PdfRenderer(XmlContext xml, DocumentTrees trees, PdfOptions options, SourceDigests sources, Pool pool)
      throws IOException {
    this(xml, trees, options, sources, pool, pool.fork(() -> PrintStylesheet.compile(xml)));
  }

  /**
   * A renderer for one run that sets its books with {@code stylesheet}, compiled (or compiling)
   * apart from the run: a pipeline compiles it once for every run it makes.
   *
   * @throws IOException when a font folder cannot be read
   */
  public PdfRenderer(XmlContext xml, DocumentTrees trees, PdfOptions options, SourceDigests sources, Pool pool,
      Fork<PrintStylesheet> stylesheet) throws IOException {
    this.trees = trees;
    this.options = options;
    this.pool = pool;
    // Three jobs at once, none of which a run whose books are all unchanged waits for: the
    // stylesheet compiles on the pool, FOP warms up there (its classes load and the bundled fonts
    // are read off the first book's critical path), the fonts' character maps are read on this thread.
    FontSet fonts = FontSet.load(options.fontDirs());
    this.factories = new FopFactories(fonts);
    this.keys = new BookKeys(options, sources);
    pool.fork(() -> {
      FopWarmUp.run(xml.processor(), factories.get(false), FoMaker.fontFamily(FontSet.BUNDLED_FAMILIES),
          options.tagged() || options.pdfa());
      return null;
    });
    this.modules = new PrintModules(xml, trees, pool);
    this.books = pool.forkAfter(stylesheet, () -> new BookRenderer(xml.processor(),
        edition -> modules.of(edition).stylesheet().orElseGet(stylesheet.join()::executable),
        fonts, factories, options, keys, pool));
  }

  /** Done when the stylesheet has compiled (or failed to). */
  public Fork<?> compiled() {
    return books;
  }

  /** The book renderer, once the stylesheet has compiled. */
  private BookRenderer books() {
    return books.join();
  }

  /**
   * Renders an edition into {@code outDir}: {@code <edition>.pdf} (named after the document when
   * the edition is one document without edition.xml), {@code documents/<document>.pdf}, and the
   * manifest of what was written in the store beside {@code outDir}. Problems with single
   * documents become diagnostics; the other documents are still rendered.
   */
  public Result render(Edition edition, Path outDir) throws IOException {
    return render(edition, outDir, Store.claim(Store.beside(outDir)));
  }

  /**
   * As {@link #render(Edition, Path)}, what the next run reuses (the manifest, the laid-out parts)
   * kept in {@code records}, a folder of the store beside the output, never in the output; with
   * none (a folder of someone else's in the way), in a scratch folder deleted at the end.
   */
  public Result render(Edition edition, Path outDir, Optional<Path> records) throws IOException {
    Path scratch = outDir.resolve(".teikit-pdf-scratch");
    try {
      return render(edition, outDir, records.orElse(scratch), options.previous().map(Store::beside));
    } finally {
      if (records.isEmpty()) {
        Store.deleteTree(scratch);
      }
    }
  }

  private Result render(Edition edition, Path outDir, Path records, Optional<Path> previousRecords)
      throws IOException {
    factories.allow(edition.folder().toAbsolutePath().normalize().toRealPath());
    Files.createDirectories(outDir);
    List<Book> plan = plan(edition, outDir);
    Previous previous = Previous.find(options.previous(), previousRecords, outDir, records, edition.name());
    Manifest next = Manifest.empty(edition.name());
    SourceTrees sources = new SourceTrees(trees);
    Map<Book, BookRenderer.Outcome> outcomes = new LinkedHashMap<>();
    List<Book> toRender = new ArrayList<>();
    for (Book book : plan) {
      Optional<BookRenderer.Outcome> copied = previous.copy(book);
      copied.ifPresentOrElse(o -> outcomes.put(book, o), () -> toRender.add(book));
    }
    Set<Path> reused = new LinkedHashSet<>();
    outcomes.values().forEach(o -> reused.add(o.file()));
    PartStore parts = new PartStore(records, Optional.of(previous.records()));
    outcomes.putAll(renderAll(toRender, sources, parts));
    if (!toRender.isEmpty()) {
      setBookWithoutFailedDocuments(plan, outcomes, sources, parts);
    }
    if (toRender.stream().anyMatch(b -> b.scope().equals("edition"))) {
      parts.prune();
    } else {
      parts.keepAll(); // the book was copied: its parts stay for the run that changes it
    }
    Set<Diagnostic> diagnostics = new LinkedHashSet<>(sources.problems());
    diagnostics.addAll(modules.of(edition).findings());
    List<Path> written = new ArrayList<>();
    int pages = 0;
    for (Book book : plan) {
      BookRenderer.Outcome o = outcomes.get(book);
      diagnostics.addAll(o.diagnostics());
      if (o.file() != null) {
        written.add(o.file());
        pages += o.pages();
        next.put(new Manifest.Entry(book.path(), book.key(), o.pages(), o.check()));
      }
    }
    copyOfTheOnlyDocument(edition, plan, outcomes, next, written, reused);
    next.write(records);
    return new Result(List.copyOf(written), List.copyOf(reused), List.copyOf(diagnostics), pages,
        notPrinted(plan, outcomes));
  }

  /** The edition book, then (for more than one document) a booklet per document. */
  private List<Book> plan(Edition edition, Path outDir) throws IOException {
    List<Book> plan = new ArrayList<>();
    List<Path> documents = edition.documents();
    if (documents.isEmpty()) {
      return plan;
    }
    // a single document given without edition.xml names its book; an edition folder names its own
    String bookName = edition.editionFile().isEmpty() && documents.size() == 1
        ? baseName(documents.get(0)) : edition.name();
    String path = safeName(bookName) + ".pdf";
    plan.add(new Book(edition, "edition", 1, documents, outDir.resolve(path), path, keys.edition(edition, path)));
    // an edition of one document is one book: its document PDF is a copy, not a second layout
    for (int i = 0; i < documents.size() && documents.size() > 1; i++) {
      String booklet = "documents/" + safeName(baseName(documents.get(i))) + ".pdf";
      plan.add(new Book(edition, "document", i + 1, List.of(documents.get(i)), outDir.resolve(booklet), booklet,
          keys.document(edition, documents.get(i), i + 1, booklet)));
    }
    return plan;
  }

  /**
   * Sets the edition's book again, without the documents whose own PDF could not be set, when
   * it failed with them: one document that cannot be set for print (nested past any depth,
   * a character no font has) must not take the edition's book down. Its parts already laid out
   * are taken from the part store. When the book fails without them too, its first failure stands.
   */
  private void setBookWithoutFailedDocuments(List<Book> plan, Map<Book, BookRenderer.Outcome> outcomes,
      SourceTrees sources, PartStore parts) throws IOException {
    if (plan.size() < 2 || outcomes.get(plan.get(0)).file() != null) {
      return;
    }
    Book book = plan.get(0);
    Set<Path> failed = new LinkedHashSet<>();
    plan.stream().skip(1).filter(b -> outcomes.get(b).file() == null).forEach(b -> failed.addAll(b.files()));
    if (failed.isEmpty() || failed.size() == book.files().size()) {
      return;
    }
    BookRenderer.Outcome again = isolated(book, () -> renderBook(book.without(failed), sources, parts,
        DocumentsPlaced.NONE));
    if (again.file() == null) {
      return;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(again.diagnostics());
    failed.forEach(f -> diagnostics.add(Diagnostic.warning(f, 0, 0, Check.PDF,
        Catalogue.text("pdf.left-out-of-book"))));
    outcomes.put(book, new BookRenderer.Outcome(again.file(), again.pages(), again.check(), diagnostics));
  }

  /** All the documents when the book failed, else those whose own PDF failed (the book was set without them). */
  private static List<Path> notPrinted(List<Book> plan, Map<Book, BookRenderer.Outcome> outcomes) {
    if (plan.isEmpty()) {
      return List.of();
    }
    if (outcomes.get(plan.get(0)).file() == null) {
      return plan.get(0).files();
    }
    return plan.stream().skip(1).filter(b -> outcomes.get(b).file() == null).flatMap(b -> b.files().stream()).toList();
  }

  /** For an edition of one document, its document PDF is a copy of the book (its pages count once). */
  private static void copyOfTheOnlyDocument(Edition edition, List<Book> plan, Map<Book, BookRenderer.Outcome> outcomes,
      Manifest next, List<Path> written, Set<Path> reused) throws IOException {
    if (plan.size() != 1 || outcomes.get(plan.get(0)).file() == null) {
      return;
    }
    Book book = plan.get(0);
    BookRenderer.Outcome o = outcomes.get(book);
    String path = "documents/" + safeName(baseName(edition.documents().get(0))) + ".pdf";
    Path copy = book.target().getParent().resolve(path);
    Files.createDirectories(copy.getParent());
    Files.copy(o.file(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    written.add(copy);
    if (reused.contains(o.file())) {
      reused.add(copy);
    }
    next.put(new Manifest.Entry(path, book.key(), o.pages(), o.check()));
  }

  private Map<Book, BookRenderer.Outcome> renderAll(List<Book> list, SourceTrees sources, PartStore parts)
      throws IOException {
    Map<Book, BookRenderer.Outcome> outcomes = new LinkedHashMap<>();
    if (list.isEmpty()) {
      return outcomes;
    }
    Map<Book, CompletableFuture<BookRenderer.Outcome>> futures = new LinkedHashMap<>();
    // the edition book comes first in the list and the pool runs these in turn, so it has a
    // thread before any booklet waits for it
    DocumentsPlaced placed = list.stream().anyMatch(b -> b.scope().equals("edition"))
        ? new DocumentsPlaced() : DocumentsPlaced.NONE;
    for (Book book : list) {
      futures.put(book, CompletableFuture.supplyAsync(() -> uncheckedIsolated(book, () -> book.scope().equals("edition")
          ? renderBook(book, sources, parts, placed) : renderBooklet(book, sources, parts, placed)), pool.inTurn()));
    }
    for (Map.Entry<Book, CompletableFuture<BookRenderer.Outcome>> f : futures.entrySet()) {
      outcomes.put(f.getKey(), Joined.value(f.getValue()));
    }
    return outcomes;
  }

  private static BookRenderer.Outcome uncheckedIsolated(Book book, Setting setting) {
    try {
      return isolated(book, setting);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Setting one book, which may fail in its own way only. */
  private interface Setting {
    BookRenderer.Outcome set() throws IOException;
  }

  /**
   * The book set, or failed on its own: a document whose tree cannot be built (memory, depth)
   * or any fault of the renderer fails this book, not the run and the other books.
   */
  private static BookRenderer.Outcome isolated(Book book, Setting setting) throws IOException {
    try {
      return setting.set();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return BookRenderer.Outcome.failed(List.of(new Diagnostic(book.blame(), 0, 0, Severity.ERROR, Check.PDF, "internal", null,
          Catalogue.text("pdf.cannot-be-set", Failures.describeReported(e)))));
    }
  }

  private BookRenderer.Outcome renderBook(Book book, SourceTrees sources, PartStore parts, DocumentsPlaced placed)
      throws IOException {
    try {
      BookRenderer.Sources parsed = sourcesOf(book, sources); // while the stylesheet may still compile
      return books().render(book, parsed, parts, placed);
    } finally {
      placed.allPlaced(); // whatever happened, no booklet waits any longer
    }
  }

  private BookRenderer.Outcome renderBooklet(Book book, SourceTrees sources, PartStore parts,
      DocumentsPlaced placed) throws IOException {
    BookRenderer.Sources parsed = sourcesOf(book, sources);
    placed.awaitPlaced(book.firstNumber());
    return books().render(book, parsed, parts, DocumentsPlaced.NONE);
  }

  /** The trees a book is set from (documents that cannot be read are left out) and its date. */
  private BookRenderer.Sources sourcesOf(Book book, SourceTrees sources) {
    Optional<XdmNode> editionDoc = book.edition().editionFile().flatMap(sources::tree);
    List<XdmNode> docs = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path file : book.files()) {
      sources.tree(file).ifPresent(d -> {
        docs.add(d);
        files.add(file);
      });
    }
    List<XdmNode> all = new ArrayList<>(docs);
    editionDoc.ifPresent(all::add);
    List<Path> allFiles = new ArrayList<>(book.files());
    book.edition().editionFile().ifPresent(allFiles::add);
    LocalDate date = options.buildDate().orElseGet(() ->
        BuildDate.of(Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")), all, allFiles));
    return new BookRenderer.Sources(docs, files, editionDoc, date);
  }

  private static String baseName(Path file) {
    return file.getFileName().toString().replaceFirst("\\.xml$", "");
  }

  private static String safeName(String name) {
    return name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
  }
}
