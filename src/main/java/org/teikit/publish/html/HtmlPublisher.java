package org.teikit.publish.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.store.SourceDigests;
import org.teikit.publish.AtomicDirectory;
import org.teikit.publish.ExtensionPoints;
import org.teikit.publish.OwnModule;
import org.teikit.store.Store;
import org.teikit.publish.WriteFailures;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.UnreadableDocument;
import org.teikit.xml.XmlContext;
import org.teikit.work.Fork;
import org.teikit.work.Joined;
import org.teikit.work.Pool;

/**
 * Builds web editions: one folder per edition with its documents' pages, its indexes, its search
 * index and its assets; for a collection, one such folder per edition and a landing page. The
 * output folder is replaced only when the whole site is built.
 */
public final class HtmlPublisher {
  /**
   * The stages of a publish on the pool, in the order their waiting jobs run: an edition whose
   * documents are done is finished first, while the other editions' documents are rendered.
   */
  private static final int FINISH = 0;
  private static final int READ = 1;
  private static final int RENDER = 2;
  static final String NS = "https://teikit.org/ns/xslt";
  static final List<String> ASSETS = List.of("teikit.css", "print.css", "teikit.js", "search.js",
      "fonts/OFL.txt", "fonts/pt-serif-cyrillic-400-normal.woff2", "fonts/pt-serif-cyrillic-700-normal.woff2",
      "fonts/pt-serif-cyrillic-400-italic.woff2", "fonts/pt-serif-latin-400-normal.woff2",
      "fonts/pt-serif-latin-700-normal.woff2", "fonts/pt-serif-latin-400-italic.woff2",
      "fonts/pt-serif-latin-ext-400-normal.woff2", "fonts/pt-serif-latin-ext-700-normal.woff2",
      "fonts/pt-serif-latin-ext-400-italic.woff2");

  private final XmlContext xml;
  private final DocumentTrees trees;
  private final HtmlOptions options;
  /** The run's threads: every job of this publisher, the stylesheets' compile too, runs on them. */
  private final Pool pool;
  /** Compiled on the pool, while the first documents are parsed. */
  private final Fork<HtmlStylesheets> stylesheets;
  private final InputKeys keys;
  private final DocumentStep documents;
  private final EditionWide editionWide;

  /**
   * Compiles the stylesheets now; documents are parsed as they are needed.
   *
   * @throws PublishException when they do not compile
   */
  public HtmlPublisher(XmlContext xml, HtmlOptions options) {
    this(xml, DocumentTrees.parsing(xml), options);
  }

  /**
   * Compiles the stylesheets now; documents' trees come from {@code trees} (a build hands over
   * the trees its validation built).
   *
   * @throws PublishException when they do not compile
   */
  public HtmlPublisher(XmlContext xml, DocumentTrees trees, HtmlOptions options) {
    this(xml, trees, options, Pool.of(options.jobs()));
  }

  /**
   * As {@link #HtmlPublisher(XmlContext, DocumentTrees, HtmlOptions)}, working on {@code pool},
   * the run's (serve's session shares one among its publishers).
   *
   * @throws PublishException when they do not compile
   */
  public HtmlPublisher(XmlContext xml, DocumentTrees trees, HtmlOptions options, Pool pool) {
    this(xml, trees, options, pool, Fork.done(HtmlStylesheets.compile(xml)));
  }

  private HtmlPublisher(XmlContext xml, DocumentTrees trees, HtmlOptions options, Pool pool,
      Fork<HtmlStylesheets> stylesheets) {
    this.xml = xml;
    this.trees = trees;
    this.options = options;
    this.pool = pool;
    this.stylesheets = stylesheets;
    this.keys = new InputKeys(options, pool);
    this.documents = new DocumentStep(xml, trees, options, this::stylesheets, keys, pool);
    this.editionWide = new EditionWide(this::stylesheets, options, keys, pool);
  }

  /**
   * A publisher whose stylesheets compile on {@code pool} while the first documents are parsed
   * (for one-shot runs); a compile error surfaces from {@link #publish} as a
   * {@link PublishException}.
   */
  public static HtmlPublisher compilingInBackground(XmlContext xml, HtmlOptions options, Pool pool) {
    return compilingInBackground(xml, DocumentTrees.parsing(xml), options, pool);
  }

  /** As {@link #compilingInBackground(XmlContext, HtmlOptions, Pool)}, with the trees from {@code trees}. */
  public static HtmlPublisher compilingInBackground(XmlContext xml, DocumentTrees trees, HtmlOptions options,
      Pool pool) {
    return new HtmlPublisher(xml, trees, options, pool, pool.fork(() -> HtmlStylesheets.compile(xml)));
  }

  /**
   * A publisher that renders with {@code stylesheets}, compiled (or compiling) apart from the
   * run: a pipeline compiles them once for every run it makes.
   */
  public static HtmlPublisher using(Fork<HtmlStylesheets> stylesheets, XmlContext xml, DocumentTrees trees,
      HtmlOptions options, Pool pool) {
    return new HtmlPublisher(xml, trees, options, pool, stylesheets);
  }

  /**
   * Writes the editions to {@code output}: a single edition straight into it, a collection as
   * {@code output/<edition>/} plus {@code output/index.html}. Documents that cannot be read or
   * rendered are reported and left out; the others are published, unchanged ones taken from
   * the store beside the previous site when the options name one.
   */
  public HtmlResult publish(List<Edition> editions, Path output, boolean collection) throws IOException {
    return publish(editions, output, collection, new SourceDigests());
  }

  /**
   * As {@link #publish(List, Path, boolean)}, the documents' keys made of the content in
   * {@code sources}: a run that parsed the documents before (a build validates them first) read
   * them there before parsing them, so that no page is kept under a newer text's key.
   */
  public HtmlResult publish(List<Edition> editions, Path output, boolean collection, SourceDigests sources)
      throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    int rendered = 0;
    int reused = 0;
    Map<Path, List<String>> pages = new HashMap<>();
    try (AtomicDirectory site = AtomicDirectory.create(output, options.replaceUnmarked())) {
      Store store = Store.open(options.previous(), output);
      List<Prepared> prepared = new ArrayList<>();
      for (Edition edition : editions) {
        String folder = collection ? edition.name() : "";
        Prepared first = prepare(edition, folder, collection ? site.path().resolve(folder) : site.path(),
            new Shelf(store, folder), sources);
        prepared.add(first);
        for (String lang : OtherLanguages.of(xml, first.place().edition())) {
          prepared.add(first.inLanguage(lang, new Shelf(store, folder.isEmpty() ? lang : folder + "/" + lang)));
        }
      }
      // the largest edition's documents first, so that its edition-wide pages and search index,
      // the costliest, are made while the other editions' documents are rendered; then the
      // others, largest first, so that no big one starts last
      List<Task> tasks = new ArrayList<>();
      for (Prepared p : prepared) {
        tasks.addAll(p.tasks());
      }
      Prepared largest = prepared.stream()
          .max(Comparator.comparingLong(p -> p.tasks().stream().mapToLong(Task::size).sum())).orElse(null);
      tasks.sort(Comparator.comparing((Task t) -> t.prepared() != largest)
          .thenComparing(Comparator.comparingLong(Task::size).reversed())
          .thenComparing(t -> t.source().toString()));
      // every document read (or taken from the store) first, rendered after: the reading
      // needs no stylesheet, so it fills the core the stylesheet compile leaves
      // idle; and the renders in the order above, whatever order the reading ends in
      for (int i = 0; i < tasks.size(); i++) {
        Task task = tasks.get(i);
        int rank = i;
        CompletableFuture.supplyAsync(() -> documents.start(task.prepared().place(), task.source(),
            task.fileName()), pool.at(READ, rank))
            .thenCompose(started -> started.rendering()
                ? CompletableFuture.supplyAsync(started::finish, pool.at(RENDER, rank))
                : CompletableFuture.completedFuture(started.finish()))
            .whenComplete(complete(task.result()));
      }
      // each edition's pages, indexes and search index as soon as its own documents are done,
      // not in the order of the editions: the edition whose documents finish first (often the
      // largest, which go first) would otherwise wait for another's
      // (queued only when they are done, so that no thread of the pool waits for them); editions
      // are finished side by side, since the last documents to finish often belong to several
      List<Future<EditionResult>> finished = new ArrayList<>();
      for (int i = 0; i < prepared.size(); i++) {
        Prepared p = prepared.get(i);
        CompletableFuture<?>[] outcomes = p.tasks().stream().map(Task::result).toArray(CompletableFuture[]::new);
        finished.add(CompletableFuture.allOf(outcomes).handleAsync((done, failed) -> finish(p), pool.at(FINISH, i)));
      }
      List<XdmValue> summaries = new ArrayList<>();
      List<String> summary = new ArrayList<>();
      for (int i = 0; i < prepared.size(); i++) {
        EditionResult result = Joined.value(finished.get(i));
        if (!prepared.get(i).place().language().isEmpty()) {
          // a copy in another language: what it found, its first found already, is said once; its
          // pages are its documents' too (serve shows a page's findings by them)
          result.diagnostics().stream().filter(d -> !diagnostics.contains(d)).forEach(diagnostics::add);
          result.pages().forEach((source, copies) -> pages.merge(source, copies,
              (first, more) -> java.util.stream.Stream.concat(first.stream(), more.stream()).toList()));
          continue;
        }
        int documents = result.rendered() + result.reused();
        summary.add(prepared.get(i).folder());
        summary.addAll(result.about().values());
        summary.add(String.valueOf(documents));
        diagnostics.addAll(result.diagnostics());
        rendered += result.rendered();
        reused += result.reused();
        pages.putAll(result.pages());
        summaries.add(result.about().asMap(prepared.get(i).folder(), documents));
      }
      if (collection) {
        writeCollectionPage(new Shelf(store, ""), site.path(), summaries, summary);
      }
      site.commit();
      store.prune();
    }
    diagnostics.sort(Diagnostic.ORDER);
    return new HtmlResult(List.copyOf(diagnostics), rendered, reused, Map.copyOf(pages));
  }

  /** @param pages each published document's pages, relative to the output folder */
  private record EditionResult(EditionSummary about, int rendered, int reused, List<Diagnostic> diagnostics,
      Map<Path, List<String>> pages) {}

  /** An edition ready to render: its folder name, where its documents go, their tasks. */
  private record Prepared(Edition edition, String folder, DocumentStep.Place place,
      List<Diagnostic> diagnostics, List<Task> tasks) {
    /** The same edition and documents in another interface language, in the folder {@code lang} of its own. */
    Prepared inLanguage(String lang, Shelf shelf) throws IOException {
      Path dir = place.dir().resolve(lang);
      Files.createDirectories(dir.resolve("doc"));
      List<Task> copies = new ArrayList<>();
      Prepared copy = new Prepared(edition, folder, place.inLanguage(lang, dir, shelf), diagnostics, copies);
      tasks.forEach(t -> copies.add(new Task(copy, t.source(), t.fileName(), t.size(), new CompletableFuture<>())));
      return copy;
    }
  }

  /** One document to publish; {@code result} receives its outcome. */
  private record Task(Prepared prepared, Path source, String fileName, long size,
      CompletableFuture<DocumentStep.Outcome> result) {}

  private Prepared prepare(Edition edition, String folder, Path dir, Shelf shelf, SourceDigests sources)
      throws IOException {
    Files.createDirectories(dir.resolve("doc"));
    List<Diagnostic> diagnostics = new ArrayList<>();
    // read before it is parsed; with the XSLT in the edition's folder, as its own module may be there
    String editionKey = InputKeys.edition(edition.editionFile(), sources)
        + (edition.editionFile().isPresent() ? " " + OwnModule.filesKey(edition.folder()) : "");
    XdmValue editionDoc = XdmEmptySequence.getInstance();
    if (edition.editionFile().isPresent()) {
      try {
        editionDoc = trees.tree(edition.editionFile().get());
      } catch (UnreadableDocument e) {
        diagnostics.add(e.diagnostic());
      }
    }
    // every page names the edition: a folder of documents without edition.xml by what they share,
    // decided once the stylesheets are compiled, while the documents are read
    CollectionTitle.Title own = new CollectionTitle.Title(edition.folderTitle(), edition.editionFile().isPresent());
    Fork<CollectionTitle.Title> title = edition.editionFile().isEmpty() && !edition.documents().isEmpty()
        ? pool.forkAfter(stylesheets, () -> CollectionTitle.of(edition.documents(), xml, stylesheets.join())
            // a lone document is its own edition: its citation names no edition besides itself
            .map(shared -> new CollectionTitle.Title(shared, edition.documents().size() > 1)).orElse(own))
        : Fork.done(own);
    XdmValue tree = editionDoc;
    Fork<OwnModule> module = pool.fork(() -> OwnModule.of(xml, ExtensionPoints.WEB, edition.editionFile(), tree));
    DocumentStep.Place place = new DocumentStep.Place(dir, shelf, editionDoc, editionKey, edition.folderTitle(), title,
        !folder.isEmpty(), new SearchPrefetch(), sources, module, "");
    List<Task> tasks = new ArrayList<>();
    Prepared prepared = new Prepared(edition, folder, place, diagnostics, tasks);
    Map<String, Integer> names = new HashMap<>();
    for (Path source : edition.documents()) {
      tasks.add(new Task(prepared, source, uniqueName(source.getFileName().toString(), names),
          Files.size(source), new CompletableFuture<>()));
    }
    return prepared;
  }

  private static <T> java.util.function.BiConsumer<T, Throwable> complete(CompletableFuture<T> target) {
    return (value, failed) -> {
      if (failed == null) {
        target.complete(value);
      } else {
        target.completeExceptionally(Joined.failure(failed));
      }
    };
  }

  private EditionResult finish(Prepared p) {
    List<Diagnostic> diagnostics = new ArrayList<>(p.diagnostics());
    diagnostics.addAll(p.place().module().join().findings());
    List<DocumentStep.Published> published = new ArrayList<>();
    Map<Path, List<String>> pages = new HashMap<>();
    String prefix = (p.folder().isEmpty() ? "" : p.folder() + "/")
        + (p.place().language().isEmpty() ? "" : p.place().language() + "/");
    int reused = 0;
    for (Task task : p.tasks()) {
      DocumentStep.Outcome outcome = outcome(task);
      outcome.diagnostic().ifPresent(diagnostics::add);
      diagnostics.addAll(outcome.warnings());
      outcome.published().ifPresent(published::add);
      outcome.published().ifPresent(d -> pages.put(task.source(), d.pages().stream().map(page -> prefix + page).toList()));
      reused += outcome.reused() ? 1 : 0;
    }
    EditionWide.Written written;
    try {
      written = editionWide.write(p.place(), published);
    } catch (IOException e) {
      throw new CompletionException(e);
    }
    // an edition of one document (a file given alone) is reported at that document
    List<Path> documents = p.edition().documents();
    diagnostics.addAll(written.unrendered().findings(documents.size() == 1 ? documents.get(0) : p.edition().folder()));
    return new EditionResult(written.about(), published.size() - reused, reused, diagnostics, pages);
  }

  /**
   * A document's outcome; a failure its step did not foresee (a fault, a stack overflow, memory
   * running out) leaves that document out, not its edition or the run.
   */
  private static DocumentStep.Outcome outcome(Task task) {
    try {
      return task.result().join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      Throwable failure = Joined.failure(e);
      // a full disk or a read-only folder fails the run, not the document: the previous output stays
      WriteFailures.explain(failure, task.prepared().place().dir());
      return DocumentStep.Outcome.failed(DocumentStep.cannotRender(task.source(), failure));
    }
  }

  /** The collection's landing page, taken from the store of kept results when nothing it says of an edition changed. */
  private void writeCollectionPage(Shelf shelf, Path root, List<XdmValue> editions, List<String> summary) throws IOException {
    List<String> inputs = new ArrayList<>(List.of(keys.renderer()));
    inputs.addAll(summary);
    String key = InputKeys.combined("collection page", inputs);
    if (SharedPages.COLLECTION.reuse(shelf, root, key).isPresent()) {
      return;
    }
    try {
      Xslt30Transformer transformer = stylesheets().executable().load30();
      transformer.setErrorReporter(error -> { }); // the exception says it; Saxon's reporter adds a call stack
      transformer.setStylesheetParameters(Map.of(param("editions"), new XdmValue(editions.stream()
          .flatMap(v -> v.stream()).toList())));
      Pages.Written written = Pages.write(root, into -> transformer.callTemplate(param("collection"), into));
      SharedPages.COLLECTION.store(shelf, root, key, Map.of(), written.pages(), Map.of());
    } catch (SaxonApiException e) {
      throw new PublishException(Catalogue.text("html.collection-page-failed", Diagnostics.message(e)), e);
    }
  }

  private HtmlStylesheets stylesheets() {
    return stylesheets.join();
  }

  static QName param(String local) {
    return new QName(NS, local);
  }

  private static String uniqueName(String fileName, Map<String, Integer> taken) {
    String key = Editions.safeName(fileName.replaceAll("\\.xml$", ""));
    int n = taken.merge(key, 1, Integer::sum);
    return n == 1 ? fileName : fileName.replaceAll("\\.xml$", "") + "-" + n + ".xml";
  }
}
