package org.teikit.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
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
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.PageViewport;
import org.apache.fop.fo.FOTreeBuilder;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;

/**
 * Sets one book: TEI trees → XSL-FO (the compiled stylesheet) → glyph check → FOP, twice when the
 * book has an index (the first layout measures the page of every mention). Thread-safe.
 */
final class BookRenderer {
  static final String TK = "https://teikit.org/ns/xslt";
  private static final QName BOOK = new QName(TK, "book");

  private final Processor processor;
  private final XsltExecutable stylesheet;
  private final FontSet fonts;
  private final FopFactories factories;
  private final PdfOptions options;

  /** What setting a book produced: the file (null when it failed) and its bytes' digest. */
  record Outcome(Path file, int pages, String digest, List<Diagnostic> diagnostics) {
    static Outcome failed(List<Diagnostic> diagnostics) {
      return new Outcome(null, 0, null, diagnostics);
    }
  }

  /** The parsed sources of a book and the date it is built on. */
  record Sources(List<XdmNode> docs, List<Path> files, Optional<XdmNode> editionDoc, LocalDate date) {}

  BookRenderer(Processor processor, XsltExecutable stylesheet, FontSet fonts, FopFactories factories,
      PdfOptions options) {
    this.processor = processor;
    this.stylesheet = stylesheet;
    this.fonts = fonts;
    this.factories = factories;
    this.options = options;
  }

  Outcome render(Book book, Sources sources) throws IOException {
    if (sources.docs().isEmpty()) {
      return Outcome.failed(List.of()); // none could be read: the parse errors say why
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Path blame = sources.files().size() == 1 ? sources.files().get(0)
        : book.edition().editionFile().orElse(book.edition().folder());
    try {
      Map<QName, XdmValue> params = parameters(book, sources, FontSet.BUNDLED_FAMILIES, Map.of());
      XdmNode fo = transform(params);
      GlyphCheck.Result glyphs = GlyphCheck.check(fo, fonts, glyphSources(book, sources));
      if (!glyphs.ok()) {
        return Outcome.failed(glyphs.errors());
      }
      FopFactory factory = factories.get(glyphs.complexScripts());
      List<String> families = new ArrayList<>(FontSet.BUNDLED_FAMILIES);
      families.addAll(glyphs.families());
      if (!glyphs.families().isEmpty()) {
        params = parameters(book, sources, families, Map.of());
        fo = transform(params);
      }
      List<String> mentions = mentionIds(fo);
      if (!mentions.isEmpty()) {
        Map<String, String> pages = measure(fo, factory, sources.date(), mentions, blame);
        params = parameters(book, sources, families, pages);
        fo = transform(params);
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
      int pageCount = format(fo, factory, sources.date(), pdf, diagnostics, blame);
      if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
        return Outcome.failed(diagnostics);
      }
      byte[] bytes = Reproducible.fix(pdf.toByteArray(), book.target().getFileName().toString());
      Files.createDirectories(book.target().getParent());
      Files.write(book.target(), bytes);
      return new Outcome(book.target(), pageCount, Digest.of(bytes), diagnostics);
    } catch (SaxonApiException | FOPException e) {
      diagnostics.add(layoutError(e, blame));
      return Outcome.failed(diagnostics);
    } catch (RuntimeException e) {
      // a fault inside Saxon or FOP: one line for the user (no stack trace), the others still render
      diagnostics.add(new Diagnostic(blame, 0, 0, Severity.ERROR, "pdf", "internal", null,
          "teikit could not set this for print (internal error: " + e + ")"));
      return Outcome.failed(diagnostics);
    }
  }

  private static List<GlyphCheck.Source> glyphSources(Book book, Sources sources) {
    List<GlyphCheck.Source> list = new ArrayList<>();
    for (int i = 0; i < sources.docs().size(); i++) {
      list.add(new GlyphCheck.Source(sources.files().get(i), sources.docs().get(i)));
    }
    sources.editionDoc().ifPresent(d -> list.add(new GlyphCheck.Source(book.edition().editionFile().get(), d)));
    return list;
  }

  private static Diagnostic layoutError(Exception e, Path blame) {
    Throwable fop = e;
    while (fop != null && !(fop instanceof org.xml.sax.SAXException) && fop.getCause() != fop) {
      fop = fop.getCause();
    }
    String message = fop != null ? "FOP could not lay it out: " + fop.getMessage()
        : "cannot be set for print: " + e.getMessage();
    return new Diagnostic(blame, 0, 0, Severity.ERROR, "pdf", fop != null ? "fop" : "xslt", null, message);
  }

  private Map<QName, XdmValue> parameters(Book book, Sources sources, List<String> families,
      Map<String, String> pages) {
    Map<QName, XdmValue> p = new HashMap<>();
    p.put(new QName(TK, "edition"), sources.editionDoc().<XdmValue>map(d -> d).orElse(XdmEmptySequence.getInstance()));
    p.put(new QName(TK, "documents"), new XdmValue(sources.docs()));
    p.put(new QName(TK, "edition-name"), new XdmAtomicValue(book.edition().name()));
    p.put(new QName(TK, "scope"), new XdmAtomicValue(book.scope()));
    p.put(new QName(TK, "first-number"), new XdmAtomicValue(book.firstNumber()));
    p.put(new QName(TK, "layout"), new XdmAtomicValue(options.layout().parameter()));
    p.put(new QName(TK, "build-date"), new XdmAtomicValue(sources.date().toString()));
    p.put(new QName(TK, "font-family"), new XdmAtomicValue(fontFamily(families)));
    p.put(new QName(TK, "index-pages"), XdmMap.makeMap(pages));
    if (options.pdfa()) {
      List<XdmAtomicValue> attachments = new ArrayList<>();
      sources.files().forEach(f -> attachments.add(new XdmAtomicValue(f.toAbsolutePath().normalize().toUri().toString())));
      if (book.scope().equals("edition")) {
        book.edition().editionFile().ifPresent(f -> attachments.add(0,
            new XdmAtomicValue(f.toAbsolutePath().normalize().toUri().toString())));
      }
      p.put(new QName(TK, "attachments"), new XdmValue(attachments));
    }
    return p;
  }

  /** The FO font-family list of these families, in order. */
  static String fontFamily(List<String> families) {
    return String.join(", ", families.stream().map(f -> f.contains(" ") ? "'" + f + "'" : f).toList());
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
  private Map<String, String> measure(XdmNode fo, FopFactory factory, LocalDate date, List<String> ids,
      Path blame) throws FOPException, SaxonApiException {
    // untagged: the structure tree adds nothing to the layout and would hide the area tree handler
    FOUserAgent agent = agent(factory, date, new ArrayList<>(), blame, false);
    Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, OutputStream.nullOutputStream());
    FOTreeBuilder tree = (FOTreeBuilder) fop.getDefaultHandler();
    processor.writeXdmValue(fo, new SAXDestination(tree));
    Map<String, String> pages = new HashMap<>();
    if (tree.getEventHandler() instanceof AreaTreeHandler area) {
      for (String id : ids) {
        PageViewport page = area.getIDTracker().getFirstPageViewportContaining(id);
        if (page != null) {
          pages.put(id, page.getPageNumberString());
        }
      }
    }
    return pages;
  }

  private int format(XdmNode fo, FopFactory factory, LocalDate date, OutputStream out, List<Diagnostic> diagnostics,
      Path blame) throws FOPException, SaxonApiException {
    FOUserAgent agent = agent(factory, date, diagnostics, blame, options.tagged() || options.pdfa());
    agent.setDocumentHandlerOverride(MarginLabels.pdf(agent));
    Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
    processor.writeXdmValue(fo, new SAXDestination(fop.getDefaultHandler()));
    return fop.getResults() == null ? 0 : fop.getResults().getPageCount();
  }

  private FOUserAgent agent(FopFactory factory, LocalDate date, List<Diagnostic> diagnostics, Path blame,
      boolean tagged) {
    FOUserAgent agent = factory.newFOUserAgent();
    agent.setCreationDate(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    agent.setProducer("teikit");
    agent.setCreator("teikit");
    agent.setAccessibility(tagged);
    if (options.pdfa()) {
      agent.getRendererOptions().put("pdf-a-mode", "PDF/A-3b");
    }
    agent.getEventBroadcaster().addEventListener(new FopEvents(diagnostics, blame));
    return agent;
  }
}
