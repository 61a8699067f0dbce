package org.teikit.publish.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Failures;
import org.teikit.edition.Editions;
import org.teikit.store.SourceDigests;
import org.teikit.publish.WriteFailures;
import org.teikit.publish.images.ImageReferences;
import org.teikit.publish.images.WebImages;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.UnreadableDocument;
import org.teikit.xml.XmlContext;
import org.teikit.work.Fork;
import org.teikit.work.Pool;

/**
 * One document into its pages and facts: taken from the store of kept results when its inputs
 * are unchanged (neither parsed nor transformed), otherwise parsed and transformed, and kept
 * for the next build.
 */
final class DocumentStep {
  private final XmlContext xml;
  private final DocumentTrees trees;
  private final HtmlOptions options;
  private final Supplier<HtmlStylesheets> stylesheets;
  private final PageCache cache;
  private final InputKeys keys;
  private final Pool pool;

  DocumentStep(XmlContext xml, DocumentTrees trees, HtmlOptions options, Supplier<HtmlStylesheets> stylesheets,
      InputKeys keys, Pool pool) {
    this.xml = xml;
    this.trees = trees;
    this.options = options;
    this.stylesheets = stylesheets;
    this.cache = new PageCache(xml);
    this.keys = keys;
    this.pool = pool; // page images are cut on it
  }

  /**
   * Where an edition's documents go and what the edition gives them.
   *
   * @param dir the edition's folder in the new site
   * @param shelf the store of reusable results, as the edition's folder sees it
   * @param edition edition.xml's tree, or the empty sequence
   * @param editionKey see {@link InputKeys#edition}
   * @param folderName the edition's folder name
   * @param title the edition's title when it has no edition.xml (see {@link CollectionTitle}),
   *     decided once the stylesheets are compiled: documents are read meanwhile
   * @param prefetch the edition's reused search parts, read ahead once a document is rendered
   * @param sources the run's digests of the sources, of which the documents' keys are made
   * @param language the interface language of this copy of the site, empty for the edition's first
   *     (see {@link OtherLanguages})
   */
  record Place(Path dir, Shelf shelf, XdmValue edition, String editionKey, String folderName,
      Fork<CollectionTitle.Title> title, boolean inCollection, SearchPrefetch prefetch,
      SourceDigests sources, Fork<org.teikit.publish.OwnModule> module, String language) {
    /** The same edition in another interface language, into {@code dir}, its results kept apart by their keys. */
    Place inLanguage(String lang, Path dir, Shelf shelf) {
      return new Place(dir, shelf, edition, editionKey + " language " + lang, folderName, title, inCollection,
          new SearchPrefetch(), sources, module, lang);
    }

    /** The stylesheets' parameters, with this copy's language (tk:language) when it is not the first. */
    Map<net.sf.saxon.s9api.QName, XdmValue> withLanguage(Map<net.sf.saxon.s9api.QName, XdmValue> parameters) {
      if (language.isEmpty()) {
        return parameters;
      }
      Map<net.sf.saxon.s9api.QName, XdmValue> all = new java.util.HashMap<>(parameters);
      all.put(HtmlPublisher.param("language"), new XdmAtomicValue(language));
      return all;
    }

    /** The edition's stylesheet: teikit's, or teikit's with the edition's own module over it. */
    net.sf.saxon.s9api.XsltExecutable stylesheet(HtmlStylesheets teikit) {
      return module.join().stylesheet().orElseGet(teikit::executable);
    }

    /** What the pages call the edition when it has no edition.xml: a shared title, or the folder's name. */
    String folder() {
      return title.join().text();
    }

    /** Whether {@link #folder} is a title the headers give, not the folder's name. */
    boolean named() {
      return title.join().named();
    }
  }

  /**
   * The outcome for one document: what it gives the edition-wide pages, or the reason it was
   * left out; and what was published with a warning (images missing).
   */
  record Outcome(Optional<Published> published, Optional<Diagnostic> diagnostic, boolean reused,
      List<Diagnostic> warnings) {
    static Outcome published(Published published, boolean reused) {
      return published(published, reused, List.of());
    }

    static Outcome published(Published published, boolean reused, List<Diagnostic> warnings) {
      return new Outcome(Optional.of(published), Optional.empty(), reused, List.copyOf(warnings));
    }

    static Outcome failed(Diagnostic diagnostic) {
      return new Outcome(Optional.empty(), Optional.of(diagnostic), false, List.of());
    }
  }

  /**
   * Why {@code source} was left out of the web edition: a transformation error in Saxon's
   * words, any other failure (a stack overflow, memory, a fault) in plain ones.
   */
  static Diagnostic cannotRender(Path source, Throwable failure) {
    String why = failure instanceof SaxonApiException e ? Diagnostics.message(e) : Failures.describeReported(failure);
    return Diagnostic.error(source, 0, 0, Check.HTML, Catalogue.text("html.left-out", why));
  }

  /**
   * A published document's share of the edition-wide pages.
   *
   * @param name its name (facts/@name), by which the documents are ordered
   * @param facts its facts
   * @param search its share of the search index
   * @param keys its keys, none when it was not stored (its source could not be read for a key)
   * @param pages the pages the stylesheets wrote for it, relative to its edition's folder (serve
   *     finds a page's source by them, never by names of its own making)
   */
  record Published(String name, Lazy<XdmNode> facts, Lazy<SearchPart> search, Optional<Keys> keys,
      List<String> pages) {}

  /** A stored document's input key and the digest of its stored facts. */
  record Keys(String input, String facts) {}

  /**
   * A document after the first half of its step: done (reused, or unreadable), or read and
   * waiting to be rendered.
   */
  interface Started {
    /** The outcome, rendering the document first if it waits to be. */
    Outcome finish();

    /** Whether {@link #finish} renders (and so waits for the stylesheets). */
    boolean rendering();
  }

  private record Done(Outcome outcome) implements Started {
    @Override
    public Outcome finish() {
      return outcome;
    }

    @Override
    public boolean rendering() {
      return false;
    }
  }

  private record Read(DocumentStep step, Place place, Path source, String fileName, String name,
      Optional<String> key, XdmNode document) implements Started {
    @Override
    public Outcome finish() {
      return step.render(this);
    }

    @Override
    public boolean rendering() {
      return true;
    }
  }

  /**
   * The half that needs no stylesheet: the document taken from the store of kept results, or else
   * parsed, so that documents can be read while the stylesheets compile.
   */
  Started start(Place place, Path source, String fileName) {
    String name = Editions.safeName(fileName.replaceAll("\\.xml$", ""));
    Optional<String> key = key(place, source, fileName);
    if (key.isPresent() && place.shelf().store().hasEarlier()) {
      // the title joins the key here only when a previous run may have kept it: it waits for the stylesheets
      Optional<PageCache.Stored> stored = cache.reuse(place.shelf(), place.dir(), name, titled(key.get(), place));
      if (stored.isPresent()) {
        PageCache.Stored s = stored.get();
        place.prefetch().reused(s.search());
        // what was kept is the pages and the document's inert copy
        List<String> pages = s.files().stream().filter(f -> !f.equals(inertCopy(name))).toList();
        return new Done(Outcome.published(new Published(s.name(), s.facts(), s.search(),
            Optional.of(new Keys(titled(key.get(), place), s.factsDigest())), pages), true));
      }
    }
    try {
      XdmNode document = trees.tree(source);
      place.prefetch().needed();
      return new Read(this, place, source, fileName, name, key, document);
    } catch (UnreadableDocument e) {
      return new Done(Outcome.failed(e.diagnostic()));
    }
  }

  /** Where the document's inert copy (its source, made safe to open) goes, beside its pages. */
  private static String inertCopy(String name) {
    return "doc/" + name + ".xml";
  }

  /** A document's key with the edition's title, which its pages show. */
  private static String titled(String key, Place place) {
    return InputKeys.combined("titled document", List.of(key, place.folder(), String.valueOf(place.named())));
  }

  /**
   * The key without the edition's title (read before the document is parsed), or none when the
   * source cannot be read (rendering then reports why).
   */
  private Optional<String> key(Place place, Path source, String fileName) {
    try {
      return Optional.of(keys.document(place.editionKey(), place.folderName(), place.inCollection(), fileName, source,
          place.sources()));
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** The page images' tiles for the stylesheets (tk:page-images): url → map of id, width, height. */
  private static XdmMap pageImages(WebImages.Placed placed) {
    Map<XdmAtomicValue, net.sf.saxon.s9api.XdmValue> maps = new java.util.HashMap<>();
    placed.pages().forEach((url, tiles) -> maps.put(new XdmAtomicValue(url), new XdmMap(Map.of(
        new XdmAtomicValue("id"), new XdmAtomicValue(tiles.id()),
        new XdmAtomicValue("width"), new XdmAtomicValue(tiles.width()),
        new XdmAtomicValue("height"), new XdmAtomicValue(tiles.height()),
        new XdmAtomicValue("info"), new XdmAtomicValue(tiles.info())))));
    return new XdmMap(maps);
  }

  private Outcome render(Read read) {
    Place place = read.place();
    Path source = read.source();
    String name = read.name();
    XdmNode document = read.document();
    ImageReferences images = ImageReferences.of(document, source);
    // a document that names local images or has page images is rendered on every run: its pages
    // depend on files its key does not read (its page images' tiles are kept by their content, see TileStore)
    Optional<String> key = images.dependsOnFiles() ? Optional.empty() : read.key().map(k -> titled(k, place));
    try {
      WebImages.Placed placed = WebImages.place(images, source, place.dir(), name, place.shelf().store(),
          options.baseUrl().isEmpty() ? "" : options.baseUrl() + (place.inCollection() ? place.folderName() + "/" : ""), pool);
      Xslt30Transformer transformer = place.stylesheet(stylesheets.get()).load30();
      transformer.setStylesheetParameters(place.withLanguage(Map.of(
          HtmlPublisher.param("document-name"), new XdmAtomicValue(read.fileName()),
          HtmlPublisher.param("source"), document,
          HtmlPublisher.param("edition"), place.edition(),
          HtmlPublisher.param("folder-name"), new XdmAtomicValue(place.folder()),
          HtmlPublisher.param("edition-named"), new XdmAtomicValue(place.named()),
          HtmlPublisher.param("in-collection"), new XdmAtomicValue(place.inCollection()),
          HtmlPublisher.param("base-url"), new XdmAtomicValue(options.baseUrl()),
          HtmlPublisher.param("split-threshold"), new XdmAtomicValue(options.splitThreshold()),
          HtmlPublisher.param("images"), XdmMap.makeMap(placed.hrefs()),
          HtmlPublisher.param("page-images"), pageImages(placed))));
      transformer.setInitialMode(HtmlPublisher.param("document"));
      transformer.setErrorReporter(error -> { }); // the exception says it; Saxon's reporter adds a call stack
      Pages.Written written = Pages.write(place.dir(), into -> transformer.applyTemplates(document, into));
      if (written.rest().size() != 2) {
        throw new PublishException(Catalogue.text("html.no-facts", source));
      }
      if (!placed.pages().isEmpty()) {
        // the IIIF manifest of its page images, beside its page (tk:iiif-manifest in facsimile.xsl)
        String manifest = transformer.callFunction(HtmlPublisher.param("iiif-manifest"), new XdmValue[] {document})
            .itemAt(0).getStringValue();
        java.nio.file.Files.writeString(place.dir().resolve("doc/" + name + ".manifest.json"), manifest);
      }
      XdmNode facts = written.rest().get(0);
      SearchPart search = org.teikit.search.IndexClock.time(() -> SearchPart.of(facts, written.rest().get(1)));
      String copy = inertCopy(name);
      InertCopy.write(xml.parsers(), document, source, place.dir().resolve(copy));
      Optional<Keys> stored = Optional.empty();
      if (key.isPresent()) {
        List<String> files = new ArrayList<>(written.pages());
        files.add(copy);
        stored = Optional.of(new Keys(key.get(), cache.store(place.shelf(), place.dir(), name, key.get(), files, facts, search)));
      }
      return Outcome.published(new Published(facts.attribute("name"), Lazy.done(facts), Lazy.done(search), stored,
          written.pages()), false, placed.findings());
    } catch (SaxonApiException e) {
      WriteFailures.explain(e, place.dir()); // a full disk fails the run, not the document
      return Outcome.failed(cannotRender(source, e));
    } catch (IOException e) {
      WriteFailures.explain(e, place.dir());
      return Outcome.failed(Diagnostic.error(source, 0, 0, Check.IO, Catalogue.text("html.pages-unwritten", Failures.describe(e))));
    }
  }
}
