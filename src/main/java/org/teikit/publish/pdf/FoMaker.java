package org.teikit.publish.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.publish.images.PrintImages;
import org.apache.fop.apps.FopFactory;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.edition.Edition;

/**
 * TEI trees → XSL-FO through the compiled print stylesheet, for a whole book or one part of it,
 * set in fonts that have every glyph the text needs (the glyph check picks the user's fonts that
 * fill the bundled ones' gaps, and the factory with complex-script support when the text needs
 * it). Thread-safe.
 */
final class FoMaker {
  static final String TK = "https://teikit.org/ns/xslt";
  private static final QName BOOK = new QName(TK, "book");
  private static final QName PART_CONTEXT = new QName("https://teikit.org/ns/xslt/fo", "part-context");

  /** FO ready for FOP: the tree and the factory to set it with; or the glyph errors that stop it. */
  record Fo(XdmNode tree, FopFactory factory, boolean complexScripts, List<String> families, List<Diagnostic> errors) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  /** An edition's stylesheet: teikit's, or with the edition's own module over it. */
  private final Function<Edition, XsltExecutable> stylesheet;
  private final FontSet fonts;
  private final FopFactories factories;
  private final PdfOptions options;

  /** A maker with teikit's stylesheet for every edition. */
  FoMaker(XsltExecutable stylesheet, FontSet fonts, FopFactories factories, PdfOptions options) {
    this(edition -> stylesheet, fonts, factories, options);
  }

  FoMaker(Function<Edition, XsltExecutable> stylesheet, FontSet fonts, FopFactories factories, PdfOptions options) {
    this.stylesheet = stylesheet;
    this.fonts = fonts;
    this.factories = factories;
    this.options = options;
  }

  /** The FO of {@code part} of {@code book}, with the index's pages by entity ({@link MentionPages}). */
  Fo make(Book book, BookRenderer.Sources sources, Part part, MentionPages indexPages)
      throws SaxonApiException {
    XdmNode fo = transform(book, parameters(book, sources, part, FontSet.BUNDLED_FAMILIES, indexPages));
    GlyphCheck.Result glyphs = GlyphCheck.check(fo, fonts, glyphSources(book, sources));
    if (!glyphs.ok()) {
      return new Fo(fo, null, false, List.of(), glyphs.errors());
    }
    List<String> families = new ArrayList<>(FontSet.BUNDLED_FAMILIES);
    families.addAll(glyphs.families());
    if (!glyphs.families().isEmpty()) {
      fo = transform(book, parameters(book, sources, part, families, indexPages));
    }
    return new Fo(fo, factories.get(glyphs.complexScripts()), glyphs.complexScripts(), List.copyOf(families),
        List.of());
  }

  /**
   * What the parts of {@code book}'s documents read from beyond their own document and
   * edition.xml (tkfo:part-context in xslt/fo/functions.xsl), one string for the book.
   */
  String partContext(Book book, BookRenderer.Sources sources) throws SaxonApiException {
    Xslt30Transformer t = stylesheet.apply(book.edition()).load30();
    t.setErrorReporter(error -> { });
    t.setStylesheetParameters(parameters(book, sources, Part.WHOLE, FontSet.BUNDLED_FAMILIES, MentionPages.none()));
    return t.callFunction(PART_CONTEXT, new XdmValue[0]).itemAt(0).getStringValue();
  }

  /** A factory of this run, for work that sets no text (joining laid-out parts): fonts are the same in all. */
  FopFactory anyFactory() {
    return factories.get(false);
  }

  /** The same part again in the fonts {@code earlier} found, with the index's pages now measured. */
  Fo again(Fo earlier, Book book, BookRenderer.Sources sources, Part part, MentionPages indexPages)
      throws SaxonApiException {
    XdmNode fo = transform(book, parameters(book, sources, part, earlier.families(), indexPages));
    return new Fo(fo, earlier.factory(), earlier.complexScripts(), earlier.families(), List.of());
  }

  private static List<GlyphCheck.Source> glyphSources(Book book, BookRenderer.Sources sources) {
    List<GlyphCheck.Source> list = new ArrayList<>();
    for (int i = 0; i < sources.docs().size(); i++) {
      list.add(new GlyphCheck.Source(sources.files().get(i), sources.docs().get(i)));
    }
    sources.editionDoc().ifPresent(d -> list.add(new GlyphCheck.Source(book.edition().editionFile().get(), d)));
    return list;
  }

  private Map<QName, XdmValue> parameters(Book book, BookRenderer.Sources sources, Part part, List<String> families,
      MentionPages indexPages) {
    Map<QName, XdmValue> p = new HashMap<>();
    p.put(new QName(TK, "edition"), sources.editionDoc().<XdmValue>map(d -> d).orElse(XdmEmptySequence.getInstance()));
    p.put(new QName(TK, "documents"), new XdmValue(sources.docs()));
    p.put(new QName(TK, "edition-name"), new XdmAtomicValue(book.edition().folderTitle()));
    p.put(new QName(TK, "scope"), new XdmAtomicValue(book.scope()));
    p.put(new QName(TK, "first-number"), new XdmAtomicValue(book.firstNumber()));
    p.put(new QName(TK, "layout"), new XdmAtomicValue(options.layout().parameter()));
    p.put(new QName(TK, "apparatus"), new XdmAtomicValue(options.apparatus().parameter()));
    p.put(new QName(TK, "build-date"), new XdmAtomicValue(sources.date().toString()));
    p.put(new QName(TK, "font-family"), new XdmAtomicValue(fontFamily(families)));
    p.put(new QName(TK, "index-pages"), XdmMap.makeMap(indexPages.byEntity()));
    p.put(new QName(TK, "index-anchors"), XdmMap.makeMap(indexPages.anchorsByEntity()));
    p.put(new QName(TK, "part"), new XdmAtomicValue(part.kind()));
    p.put(new QName(TK, "part-number"), new XdmAtomicValue(part.number()));
    p.put(new QName(TK, "first-page"), new XdmAtomicValue(part.firstPage()));
    p.put(new QName(TK, "part-pages"), XdmMap.makeMap(part.partPages()));
    p.put(new QName(TK, "facsimiles"), new XdmAtomicValue(options.facsimiles()));
    p.put(new QName(TK, "images"), XdmMap.makeMap(PrintImages.uris(sources.docs(), sources.files())));
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

  private XdmNode transform(Book book, Map<QName, XdmValue> params) throws SaxonApiException {
    Xslt30Transformer t = stylesheet.apply(book.edition()).load30();
    t.setErrorReporter(error -> { });
    t.setMessageHandler(message -> { });
    t.setStylesheetParameters(params);
    XdmDestination out = new XdmDestination();
    t.callTemplate(BOOK, out);
    return out.getXdmNode();
  }
}
