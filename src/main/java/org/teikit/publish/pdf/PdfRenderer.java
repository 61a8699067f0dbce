package org.teikit.publish.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.PageViewport;
import org.apache.fop.configuration.Configuration;
import org.apache.fop.fo.FOTreeBuilder;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;
import org.teikit.edition.Edition;
import org.teikit.xml.XmlContext;
import org.xml.sax.SAXParseException;

/**
 * Renders editions to PDF: one book for the edition (title page, contents, introduction, all
 * documents, index) and one booklet per document. Compiles the stylesheet and builds the FOP
 * factory once; thread-safe, books are rendered in parallel.
 */
public final class PdfRenderer {
  static final String STYLESHEET = "/xslt/fo/edition.xsl";
  static final String TK = "https://teikit.org/ns/xslt";
  private static final QName BOOK = new QName(TK, "book");
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

  private final XmlContext xml;
  private final PdfOptions options;
  private final FontSet fonts;
  private final XsltExecutable stylesheet;
  private final Map<List<Object>, FopFactory> factories = new HashMap<>();

  /** What rendering one edition produced. */
  public record Result(List<Path> written, List<Diagnostic> diagnostics, int pages) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /**
   * @throws IOException when a font folder cannot be read
   */
  public PdfRenderer(XmlContext xml, PdfOptions options) throws IOException {
    this.xml = xml;
    this.options = options;
    // the fonts' character maps are read while the stylesheet compiles: two cores, two jobs
    java.util.concurrent.CompletableFuture<XsltExecutable> compiled =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> compile(xml));
    this.fonts = FontSet.load(options.fontDirs());
    try {
      this.stylesheet = compiled.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  private static XsltExecutable compile(XmlContext xml) {
    URL url = PdfRenderer.class.getResource(STYLESHEET);
    if (url == null) {
      throw new IllegalStateException("stylesheet missing from the class path: " + STYLESHEET);
    }
    try {
      XsltCompiler compiler = xml.processor().newXsltCompiler();
      return compiler.compile(xml.source(url.toURI()));
    } catch (SaxonApiException | java.net.URISyntaxException e) {
      throw new IllegalStateException("the print stylesheet does not compile: " + e.getMessage(), e);
    }
  }

  /**
   * One factory per edition folder (PDF/A attachments are read from there) and per need for
   * complex scripts: shaping and bidi cost FOP a third of its time, so books without
   * right-to-left or combining text are set without them.
   */
  private synchronized FopFactory factory(Path readable, boolean complexScripts) throws IOException {
    List<Object> key = List.of(readable, complexScripts);
    FopFactory existing = factories.get(key);
    if (existing != null) {
      return existing;
    }
    List<Path> roots = new ArrayList<>(fonts.fontDirs());
    roots.add(readable);
    try {
      FopConfParser parser = new FopConfParser(
          new ByteArrayInputStream(fonts.fopConfiguration().getBytes(StandardCharsets.UTF_8)),
          URI.create("file:///teikit-fonts/"), new LocalResources(roots));
      FopFactoryBuilder builder = parser.getFopFactoryBuilder();
      builder.setStrictFOValidation(true);
      builder.setComplexScriptFeatures(complexScripts);
      FopFactory factory = builder.build();
      expand(factory.getUserConfig());
      factories.put(key, factory);
      return factory;
    } catch (org.xml.sax.SAXException e) {
      throw new IllegalStateException("FOP configuration rejected: " + e.getMessage(), e);
    }
  }

  /**
   * FOP keeps its configuration as a lazily expanded DOM and reads it again for every rendering;
   * reading a DOM that still expands is not thread-safe. Visiting every node once up front
   * leaves a DOM that concurrent renderings only read.
   */
  private static void expand(Configuration configuration) {
    for (String name : configuration.getAttributeNames()) {
      configuration.getAttribute(name, null);
    }
    configuration.getValue(null);
    for (String child : List.of("use-cache", "renderers", "renderer", "fonts", "font", "font-triplet")) {
      for (Configuration c : configuration.getChildren(child)) {
        expand(c);
      }
    }
  }

  /**
   * Renders an edition into {@code outDir}: {@code <edition>.pdf} (named after the document when
   * the edition is one document without edition.xml) and {@code documents/<document>.pdf}. Problems with single documents become diagnostics; the
   * other documents are still rendered.
   */
  public Result render(Edition edition, Path outDir) throws IOException {
    Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    Optional<XdmNode> editionDoc = Optional.empty();
    if (edition.editionFile().isPresent()) {
      editionDoc = parse(edition.editionFile().get(), diagnostics);
    }
    List<Path> files = new ArrayList<>();
    List<XdmNode> docs = new ArrayList<>();
    for (Path file : edition.documents()) {
      parse(file, diagnostics).ifPresent(d -> {
        files.add(file);
        docs.add(d);
      });
    }
    List<XdmNode> all = new ArrayList<>(docs);
    editionDoc.ifPresent(all::add);
    List<Path> allFiles = new ArrayList<>(edition.documents());
    edition.editionFile().ifPresent(allFiles::add);
    LocalDate date = options.buildDate().orElseGet(() ->
        BuildDate.of(Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")), all, allFiles));
    Path folder = edition.folder().toAbsolutePath().normalize().toRealPath();

    Files.createDirectories(outDir);
    List<Book> books = new ArrayList<>();
    // a single document given without edition.xml names its book; an edition folder names its own
    String bookName = edition.editionFile().isEmpty() && edition.documents().size() == 1
        ? edition.documents().get(0).getFileName().toString().replaceFirst("\\.xml$", "")
        : edition.name();
    books.add(new Book(edition, editionDoc, docs, files, "edition", 1,
        outDir.resolve(safeName(bookName) + ".pdf"), date));
    // an edition of one document is one book: its document PDF is a copy, not a second layout
    for (int i = 0; i < docs.size() && docs.size() > 1; i++) {
      String name = files.get(i).getFileName().toString().replaceFirst("\\.xml$", "");
      books.add(new Book(edition, editionDoc, List.of(docs.get(i)), List.of(files.get(i)), "document",
          edition.documents().indexOf(files.get(i)) + 1,
          outDir.resolve("documents").resolve(safeName(name) + ".pdf"), date));
    }
    if (docs.size() == 0) {
      books.clear();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.jobs(), Math.max(1, books.size())));
    List<Future<BookResult>> futures = new ArrayList<>();
    try {
      for (Book book : books) {
        futures.add(pool.submit(() -> renderBook(book, folder)));
      }
      List<Path> written = new ArrayList<>();
      int pages = 0;
      for (Future<BookResult> f : futures) {
        BookResult r = f.get();
        diagnostics.addAll(r.diagnostics());
        if (r.file() != null) {
          written.add(r.file());
          pages += r.pages();
        }
      }
      if (docs.size() == 1 && !written.isEmpty()) {
        String name = files.get(0).getFileName().toString().replaceFirst("\\.xml$", "");
        Path copy = outDir.resolve("documents").resolve(safeName(name) + ".pdf");
        Files.createDirectories(copy.getParent());
        Files.copy(written.get(0), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        written.add(copy);
      }
      return new Result(List.copyOf(written), List.copyOf(diagnostics), pages);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String safeName(String name) {
    return name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
  }

  private record Book(Edition edition, Optional<XdmNode> editionDoc, List<XdmNode> docs, List<Path> files,
      String scope, int firstNumber, Path target, LocalDate date) {}

  private record BookResult(Path file, int pages, List<Diagnostic> diagnostics) {}

  private BookResult renderBook(Book book, Path folder) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Path blame = book.files().size() == 1 ? book.files().get(0)
        : book.edition().editionFile().orElse(book.edition().folder());
    try {
      Map<QName, XdmValue> params = parameters(book, FontSet.BUNDLED_FAMILIES, Map.of());
      XdmNode fo = transform(params);
      List<GlyphCheck.Source> sources = new ArrayList<>();
      for (int i = 0; i < book.docs().size(); i++) {
        sources.add(new GlyphCheck.Source(book.files().get(i), book.docs().get(i)));
      }
      book.editionDoc().ifPresent(d -> sources.add(new GlyphCheck.Source(book.edition().editionFile().get(), d)));
      GlyphCheck.Result glyphs = GlyphCheck.check(fo, fonts, sources);
      if (!glyphs.ok()) {
        return new BookResult(null, 0, glyphs.errors());
      }
      FopFactory factory = factory(folder, glyphs.complexScripts());
      List<String> families = new ArrayList<>(FontSet.BUNDLED_FAMILIES);
      families.addAll(glyphs.families());
      if (!glyphs.families().isEmpty()) {
        params = parameters(book, families, Map.of());
        fo = transform(params);
      }
      List<String> mentions = mentionIds(fo);
      if (!mentions.isEmpty()) {
        Map<String, String> pages = measure(fo, factory, book, mentions, diagnostics, blame);
        params = parameters(book, families, pages);
        fo = transform(params);
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
      int pageCount = format(fo, factory, book, pdf, diagnostics, blame);
      if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
        return new BookResult(null, 0, diagnostics);
      }
      byte[] bytes = Reproducible.fix(pdf.toByteArray(), book.target().getFileName().toString());
      Files.createDirectories(book.target().getParent());
      Files.write(book.target(), bytes);
      return new BookResult(book.target(), pageCount, diagnostics);
    } catch (SaxonApiException | FOPException e) {
      Throwable fop = e;
      while (fop != null && !(fop instanceof org.xml.sax.SAXException) && fop.getCause() != fop) {
        fop = fop.getCause();
      }
      String message = fop != null ? "FOP could not lay it out: " + fop.getMessage()
          : "cannot be set for print: " + e.getMessage();
      diagnostics.add(new Diagnostic(blame, 0, 0, Severity.ERROR, "pdf", fop != null ? "fop" : "xslt", null,
          message));
      return new BookResult(null, 0, diagnostics);
    }
  }

  private Map<QName, XdmValue> parameters(Book book, List<String> families, Map<String, String> pages) {
    Map<QName, XdmValue> p = new HashMap<>();
    p.put(new QName(TK, "edition"), book.editionDoc().<XdmValue>map(d -> d).orElse(XdmEmptySequence.getInstance()));
    p.put(new QName(TK, "documents"), new XdmValue(book.docs()));
    p.put(new QName(TK, "edition-name"), new XdmAtomicValue(book.edition().name()));
    p.put(new QName(TK, "scope"), new XdmAtomicValue(book.scope()));
    p.put(new QName(TK, "first-number"), new XdmAtomicValue(book.firstNumber()));
    p.put(new QName(TK, "layout"), new XdmAtomicValue(options.layout().parameter()));
    p.put(new QName(TK, "build-date"), new XdmAtomicValue(book.date().toString()));
    p.put(new QName(TK, "font-family"), new XdmAtomicValue(String.join(", ",
        families.stream().map(f -> f.contains(" ") ? "'" + f + "'" : f).toList())));
    p.put(new QName(TK, "index-pages"), XdmMap.makeMap(pages));
    if (options.pdfa()) {
      List<XdmAtomicValue> sources = new ArrayList<>();
      book.files().forEach(f -> sources.add(new XdmAtomicValue(f.toAbsolutePath().normalize().toUri().toString())));
      if (book.scope().equals("edition")) {
        book.edition().editionFile().ifPresent(f -> sources.add(0,
            new XdmAtomicValue(f.toAbsolutePath().normalize().toUri().toString())));
      }
      p.put(new QName(TK, "attachments"), new XdmValue(sources));
    }
    return p;
  }

  private XdmNode transform(Map<QName, XdmValue> params) throws SaxonApiException {
    Xslt30Transformer t = stylesheet.load30();
    t.setErrorReporter(error -> { });
    t.setMessageHandler(message -> { });
    t.setStylesheetParameters(params);
    XdmDestination out = new XdmDestination();
    t.callTemplate(BOOK, out);
    return out.getXdmNode();
  }

  private static List<String> mentionIds(XdmNode fo) {
    List<String> ids = new ArrayList<>();
    QName id = new QName("id");
    for (XdmNode e : fo.select(Steps.descendant()).toList()) {
      if (e.getNodeKind() == XdmNodeKind.ELEMENT) {
        String value = e.getAttributeValue(id);
        if (value != null && value.startsWith("tk-m-")) {
          ids.add(value);
        }
      }
    }
    return ids;
  }

  /** First pass: lays the book out and returns the printed page number of each mention anchor. */
  private Map<String, String> measure(XdmNode fo, FopFactory factory, Book book, List<String> ids,
      List<Diagnostic> diagnostics, Path blame) throws FOPException, SaxonApiException {
    // untagged: the structure tree adds nothing to the layout and would hide the area tree handler
    FOUserAgent agent = agent(factory, book, new ArrayList<>(), blame, false);
    Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, OutputStream.nullOutputStream());
    FOTreeBuilder tree = (FOTreeBuilder) fop.getDefaultHandler();
    xml.processor().writeXdmValue(fo, new SAXDestination(tree));
    Map<String, String> pages = new HashMap<>();
    if (tree.getEventHandler() instanceof AreaTreeHandler area) {
      // (with accessibility on, FOP would wrap it in a structure-tree converter)
      for (String id : ids) {
        PageViewport page = area.getIDTracker().getFirstPageViewportContaining(id);
        if (page != null) {
          pages.put(id, page.getPageNumberString());
        }
      }
    }
    return pages;
  }

  private int format(XdmNode fo, FopFactory factory, Book book, OutputStream out, List<Diagnostic> diagnostics,
      Path blame) throws FOPException, SaxonApiException {
    FOUserAgent agent = agent(factory, book, diagnostics, blame, options.tagged() || options.pdfa());
    Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
    xml.processor().writeXdmValue(fo, new SAXDestination(fop.getDefaultHandler()));
    return fop.getResults() == null ? 0 : fop.getResults().getPageCount();
  }

  private FOUserAgent agent(FopFactory factory, Book book, List<Diagnostic> diagnostics, Path blame,
      boolean tagged) {
    FOUserAgent agent = factory.newFOUserAgent();
    Date created = Date.from(book.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    agent.setCreationDate(created);
    agent.setProducer("teikit");
    agent.setCreator("teikit");
    agent.setAccessibility(tagged);
    if (options.pdfa()) {
      agent.getRendererOptions().put("pdf-a-mode", "PDF/A-3b");
    }
    agent.getEventBroadcaster().addEventListener(new FopEvents(diagnostics, blame));
    return agent;
  }

  private Optional<XdmNode> parse(Path file, Set<Diagnostic> diagnostics) {
    javax.xml.transform.sax.SAXSource source = xml.source(file.toAbsolutePath().normalize().toUri());
    SAXParseException[] fatal = new SAXParseException[1];
    // our handler, so that Saxon does not print the parser's complaint to stderr
    source.getXMLReader().setErrorHandler(new org.xml.sax.ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {}

      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        fatal[0] = e;
        throw e;
      }
    });
    try {
      DocumentBuilder builder = xml.processor().newDocumentBuilder();
      builder.setLineNumbering(true);
      return Optional.of(builder.build(source));
    } catch (SaxonApiException e) {
      if (fatal[0] != null) {
        diagnostics.add(new Diagnostic(file, fatal[0].getLineNumber(), fatal[0].getColumnNumber(),
            Severity.ERROR, "wf", null, null, fatal[0].getMessage()));
      } else {
        diagnostics.add(new Diagnostic(file, Math.max(0, e.getLineNumber()), 0, Severity.ERROR, "wf", null,
            null, e.getMessage()));
      }
      return Optional.empty();
    }
  }

}
