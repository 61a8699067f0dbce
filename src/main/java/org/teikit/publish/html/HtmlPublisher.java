package org.teikit.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.saxon.lib.ParseOptions;
import net.sf.saxon.om.TreeInfo;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.edition.Edition;
import org.teikit.publish.AtomicDirectory;
import org.teikit.xml.XmlContext;

/**
 * Builds web editions: one folder per edition with its documents' pages, its indexes, its search
 * index and its assets; for a collection, one such folder per edition and a landing page. The
 * output folder is replaced only when the whole site is built.
 */
public final class HtmlPublisher {
  static final String NS = "https://teikit.org/ns/xslt";
  static final List<String> ASSETS = List.of("teikit.css", "print.css", "teikit.js", "search.js",
      "fonts/OFL.txt", "fonts/pt-serif-cyrillic-400-normal.woff2", "fonts/pt-serif-cyrillic-700-normal.woff2",
      "fonts/pt-serif-cyrillic-400-italic.woff2", "fonts/pt-serif-latin-400-normal.woff2",
      "fonts/pt-serif-latin-700-normal.woff2", "fonts/pt-serif-latin-400-italic.woff2",
      "fonts/pt-serif-latin-ext-400-normal.woff2", "fonts/pt-serif-latin-ext-700-normal.woff2",
      "fonts/pt-serif-latin-ext-400-italic.woff2");

  private final XmlContext xml;
  private final HtmlOptions options;
  /** Compiled on a thread of its own, while the first documents are parsed. */
  private final java.util.concurrent.CompletableFuture<HtmlStylesheets> stylesheets;

  /**
   * Compiles the stylesheets now.
   *
   * @throws PublishException when they do not compile
   */
  public HtmlPublisher(XmlContext xml, HtmlOptions options) {
    this(xml, options, java.util.concurrent.CompletableFuture.completedFuture(HtmlStylesheets.compile(xml)));
  }

  private HtmlPublisher(XmlContext xml, HtmlOptions options,
      java.util.concurrent.CompletableFuture<HtmlStylesheets> stylesheets) {
    this.xml = xml;
    this.options = options;
    this.stylesheets = stylesheets;
  }

  /**
   * A publisher whose stylesheets compile on a thread of their own while the first documents
   * are parsed (for one-shot runs); a compile error surfaces from {@link #publish} as a
   * {@link PublishException}.
   */
  public static HtmlPublisher compilingInBackground(XmlContext xml, HtmlOptions options) {
    return new HtmlPublisher(xml, options, java.util.concurrent.CompletableFuture.supplyAsync(
        () -> HtmlStylesheets.compile(xml), r -> daemonThreads().newThread(r).start()));
  }

  /**
   * Writes the editions to {@code output}: a single edition straight into it, a collection as
   * {@code output/<edition>/} plus {@code output/index.html}. Documents that cannot be read or
   * rendered are reported and left out; the others are published.
   */
  public HtmlResult publish(List<Edition> editions, Path output, boolean collection) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    int documents = 0;
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), daemonThreads());
    ExecutorService reducer = Executors.newSingleThreadExecutor(daemonThreads());
    try (AtomicDirectory site = AtomicDirectory.create(output)) {
      Map<String, Integer> taken = new HashMap<>();
      List<Prepared> prepared = new ArrayList<>();
      for (Edition edition : editions) {
        String folder = collection ? uniqueFolder(edition.name(), taken) : "";
        prepared.add(prepare(edition, folder, collection ? site.path().resolve(folder) : site.path()));
      }
      // every document of every edition, largest first, so that no big one starts last
      List<Task> tasks = new ArrayList<>();
      for (Prepared p : prepared) {
        tasks.addAll(p.tasks());
      }
      tasks.sort(Comparator.comparingLong(Task::size).reversed().thenComparing(t -> t.source().toString()));
      for (Task task : tasks) {
        task.result().complete(pool.submit(() -> render(task.source(), task.fileName(), task.prepared().dir(),
            task.prepared().editionDoc(), task.prepared().edition().name())));
      }
      // each edition's pages, indexes and search index, as soon as its documents are done
      List<Future<EditionResult>> finished = new ArrayList<>();
      for (Prepared p : prepared) {
        finished.add(reducer.submit(() -> finish(p)));
      }
      List<XdmValue> summaries = new ArrayList<>();
      for (int i = 0; i < prepared.size(); i++) {
        EditionResult result = join(finished.get(i));
        diagnostics.addAll(result.diagnostics());
        documents += result.documents();
        summaries.add(new XdmMap(Map.of(
            new XdmAtomicValue("name"), new XdmAtomicValue(prepared.get(i).folder()),
            new XdmAtomicValue("title"), new XdmAtomicValue(result.title()),
            new XdmAtomicValue("documents"), new XdmAtomicValue(result.documents()))));
      }
      if (collection) {
        writeCollectionPage(site.path(), summaries);
      }
      site.commit();
    } finally {
      pool.shutdownNow();
      reducer.shutdownNow();
    }
    diagnostics.sort(Diagnostic.ORDER);
    return new HtmlResult(List.copyOf(diagnostics), documents);
  }

  private record EditionResult(String title, int documents, List<Diagnostic> diagnostics) {}

  /** An edition ready to render: its folder, its parsed edition.xml, its documents' tasks. */
  private record Prepared(Edition edition, String folder, Path dir, XdmValue editionDoc,
      List<Diagnostic> diagnostics, List<Task> tasks) {}

  /** One document to render; {@code result} receives the future of its rendering. */
  private record Task(Prepared prepared, Path source, String fileName, long size,
      java.util.concurrent.CompletableFuture<Future<Rendered>> result) {}

  private Prepared prepare(Edition edition, String folder, Path dir) throws IOException {
    Files.createDirectories(dir.resolve("doc"));
    List<Diagnostic> diagnostics = new ArrayList<>();
    XdmValue editionDoc = XdmEmptySequence.getInstance();
    if (edition.editionFile().isPresent()) {
      try {
        editionDoc = parse(edition.editionFile().get());
      } catch (DocumentFailure e) {
        diagnostics.add(e.diagnostic());
      }
    }
    List<Task> tasks = new ArrayList<>();
    Prepared prepared = new Prepared(edition, folder, dir, editionDoc, diagnostics, tasks);
    Map<String, Integer> names = new HashMap<>();
    for (Path source : edition.documents()) {
      tasks.add(new Task(prepared, source, uniqueName(source.getFileName().toString(), names),
          Files.size(source), new java.util.concurrent.CompletableFuture<>()));
    }
    return prepared;
  }

  private EditionResult finish(Prepared p) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>(p.diagnostics());
    List<XdmNode> facts = new ArrayList<>();
    for (Task task : p.tasks()) {
      Rendered rendered = join(task.result().join());
      rendered.diagnostic().ifPresent(diagnostics::add);
      rendered.facts().ifPresent(facts::add);
    }
    XdmNode entities = renderSite(p.dir(), facts, p.editionDoc(), p.edition().name());
    SearchIndex.write(facts, entities, p.dir().resolve("search-index.js"));
    copyAssets(p.dir().resolve("assets"));
    String title = entities.attribute("title");
    return new EditionResult(title == null ? p.edition().name() : title, facts.size(), diagnostics);
  }

  /** The outcome for one document: its facts, or the reason it was left out. */
  private record Rendered(Optional<XdmNode> facts, Optional<Diagnostic> diagnostic) {}

  private Rendered render(Path source, String fileName, Path dir, XdmValue edition, String folderName) {
    try {
      XdmNode document = parse(source);
      Xslt30Transformer transformer = stylesheets().executable().load30();
      transformer.setStylesheetParameters(Map.of(
          param("document-name"), new XdmAtomicValue(fileName),
          param("source"), document,
          param("edition"), edition,
          param("folder-name"), new XdmAtomicValue(folderName),
          param("base-url"), new XdmAtomicValue(options.baseUrl()),
          param("split-threshold"), new XdmAtomicValue(options.splitThreshold())));
      transformer.setInitialMode(param("document"));
      transformer.setErrorReporter(error -> { });
      List<XdmNode> facts = Pages.write(xml.processor(), transformer.applyTemplates(document), dir);
      if (facts.size() != 1) {
        throw new PublishException("the stylesheet returned no facts for " + source);
      }
      String stem = fileName.replaceAll("\\.xml$", "");
      Files.copy(source, dir.resolve("doc").resolve(safeName(stem) + ".xml"), StandardCopyOption.REPLACE_EXISTING);
      return new Rendered(Optional.of(facts.get(0)), Optional.empty());
    } catch (DocumentFailure e) {
      return new Rendered(Optional.empty(), Optional.of(e.diagnostic()));
    } catch (SaxonApiException e) {
      return new Rendered(Optional.empty(), Optional.of(Diagnostic.error(source, 0, 0, "html",
          "cannot render: " + Diagnostics.message(e))));
    } catch (IOException e) {
      return new Rendered(Optional.empty(), Optional.of(Diagnostic.error(source, 0, 0, "io",
          "cannot copy the source: " + e.getMessage())));
    }
  }

  private XdmNode renderSite(Path dir, List<XdmNode> facts, XdmValue edition, String folderName) {
    facts.sort(Comparator.comparing(f -> f.attribute("name")));
    List<XdmNode> roots = facts;
    try {
      Xslt30Transformer transformer = stylesheets().executable().load30();
      transformer.setStylesheetParameters(Map.of(
          param("facts"), new XdmValue(roots),
          param("edition"), edition,
          param("document-name"), new XdmAtomicValue(Edition.EDITION_FILE),
          param("folder-name"), new XdmAtomicValue(folderName),
          param("base-url"), new XdmAtomicValue(options.baseUrl())));
      List<XdmNode> entities = Pages.write(xml.processor(), transformer.callTemplate(param("site")), dir);
      return entities.get(0);
    } catch (SaxonApiException | IOException e) {
      throw new PublishException("cannot build the edition's index pages: " + Diagnostics.message(e), e);
    }
  }

  private void writeCollectionPage(Path root, List<XdmValue> editions) {
    try {
      Xslt30Transformer transformer = stylesheets().executable().load30();
      transformer.setStylesheetParameters(Map.of(param("editions"), new XdmValue(editions.stream()
          .flatMap(v -> v.stream()).toList())));
      Pages.write(xml.processor(), transformer.callTemplate(param("collection")), root);
    } catch (SaxonApiException | IOException e) {
      throw new PublishException("cannot build the collection page: " + Diagnostics.message(e), e);
    }
  }

  /**
   * Parses a source through the safe readers, keeping line numbers for messages; a parse error
   * becomes a diagnostic, and Saxon's own report of it is silenced (it would print to stderr).
   */
  XdmNode parse(Path file) throws DocumentFailure {
    ParseOptions options = new ParseOptions().withLineNumbering(true).withErrorReporter(error -> { });
    try {
      TreeInfo tree = xml.processor().getUnderlyingConfiguration().buildDocumentTree(xml.source(file.toUri()), options);
      return new XdmNode(tree.getRootNode());
    } catch (XPathException e) {
      throw new DocumentFailure(Diagnostics.fromParse(file, e));
    }
  }

  private void copyAssets(Path assets) throws IOException {
    Files.createDirectories(assets.resolve("fonts"));
    for (String name : ASSETS) {
      try (InputStream in = HtmlPublisher.class.getResourceAsStream("/xslt/html/assets/" + name)) {
        if (in == null) {
          throw new PublishException("the asset " + name + " is missing from the build");
        }
        Files.copy(in, assets.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private HtmlStylesheets stylesheets() {
    try {
      return stylesheets.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  static QName param(String local) {
    return new QName(NS, local);
  }

  static String safeName(String raw) {
    String clean = raw.replaceAll("[^A-Za-z0-9_.\\-]", "_");
    return clean.isEmpty() ? "_" : clean;
  }

  private static String uniqueName(String fileName, Map<String, Integer> taken) {
    String key = safeName(fileName.replaceAll("\\.xml$", ""));
    int n = taken.merge(key, 1, Integer::sum);
    return n == 1 ? fileName : fileName.replaceAll("\\.xml$", "") + "-" + n + ".xml";
  }

  private static String uniqueFolder(String name, Map<String, Integer> taken) {
    String key = safeName(name);
    int n = taken.merge(key, 1, Integer::sum);
    return n == 1 ? key : key + "-" + n;
  }

  private static <T> T join(Future<T> job) throws IOException {
    try {
      return job.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "teikit-html");
      t.setDaemon(true);
      return t;
    };
  }

  /** A document that cannot be read, with the diagnostic that says why. */
  static final class DocumentFailure extends Exception {
    private final Diagnostic diagnostic;

    DocumentFailure(Diagnostic diagnostic) {
      super(diagnostic.message());
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  static URI uri(Path p) {
    return p.toUri();
  }
}
