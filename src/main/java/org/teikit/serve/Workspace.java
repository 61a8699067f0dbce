package org.teikit.serve;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;
import org.teikit.diagnostic.TextReporter;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.edition.Selection;
import org.teikit.store.SourceDigests;
import org.teikit.publish.AtomicDirectory;
import org.teikit.publish.WriteFailures;
import org.teikit.pipeline.Pipeline;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.publish.html.HtmlResult;
import org.teikit.publish.html.HtmlStylesheets;
import org.teikit.publish.html.PublishException;
import org.teikit.publish.images.ImageFiles;

/**
 * The editions being served, built by one {@link Pipeline} kept warm for the session (the build
 * command's, its tools compiled once; a stylesheet or schema is compiled again only when it
 * changes), and what is serve's own: which files a change touches, which pages show which
 * findings, and the PDF made when a reader asks for it.
 *
 * <p>A change to a document validates the changed files only, and hands the trees validation
 * built to the web stylesheets (each file is parsed once); only the changed documents are
 * rendered again, with the pages of their editions; the others' pages are taken from the site.
 * A change to edition.xml validates and renders its edition's documents again, and so does a
 * changed image file under its folder (a page image, a figure), with nothing to validate; a change
 * to the stylesheets renders everything. Builds run one at a time on the caller's thread; pages read the
 * latest findings from any thread.
 */
final class Workspace implements PreviewServer.Content, AutoCloseable {
  private final List<Path> targets;
  private final ServeOptions options;
  private final Path base = Path.of("").toAbsolutePath();
  private final Optional<Path> catalog;
  /** The session's tools, compiled once: every build and PDF of the session runs on it. */
  private final Pipeline pipeline;
  /** How the web edition is published: every document, or (with the site as previous) the changed ones. */
  private final HtmlOptions web;
  private final AtomicLong build = new AtomicLong(System.currentTimeMillis());
  private final PdfOnRequest pdfs;
  /** Why the working copy's stylesheets are not in use, until they compile again. */
  private Optional<String> stylesheetProblem = Optional.empty();
  private volatile State state = State.EMPTY;

  /** One edition as served: the edition, its folder in the site ("" when alone), its PDF key. */
  record Entry(Edition edition, String folder, String key) {
    String prefix() {
      return folder.isEmpty() ? "" : folder + "/";
    }

    List<Path> files() {
      return Stream.concat(edition.editionFile().stream(), edition.documents().stream())
          .map(p -> p.toAbsolutePath().normalize()).toList();
    }
  }

  /**
   * What pages are shown with: the editions, the latest findings per file, and the document each
   * page was made from (as the web publisher said, see {@link HtmlResult#pages}).
   */
  private record State(List<Entry> entries, boolean collection, Map<Path, List<Diagnostic>> validation,
      Map<Path, List<Diagnostic>> publishing, List<String> problems, Map<String, Path> sources) {
    static final State EMPTY = new State(List.of(), false, Map.of(), Map.of(), List.of(), Map.of());
  }

  /**
   * Compiles the stylesheets and the schemas (the slow part of a first build).
   *
   * @param targets edition folders, collections or documents, as given on the command line
   * @throws PublishException when the stylesheets do not compile
   */
  Workspace(List<Path> targets, ServeOptions options) throws IOException {
    this.targets = targets.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.options = options;
    this.catalog = options.stylesheets().isPresent()
        ? Optional.of(stylesheetCatalog(options.stylesheets().get())) : Optional.empty();
    List<Path> roots = Editions.find(targets).stream()
        .map(e -> e.folder().toAbsolutePath().normalize()).distinct().toList();
    this.pipeline = Pipeline.open(catalog.stream().toList(), roots, options.jobs());
    this.pdfs = new PdfOnRequest(pipeline, options);
    this.web = new HtmlOptions(options.jobs(), "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD)
        .withOutputReplaced(options.replaceUnmarked());
    try {
      pipeline.compileWeb();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Builds every edition and validates every file. */
  Rebuild buildAll() throws IOException {
    long start = System.nanoTime();
    List<Entry> entries = entries(Selection.of(targets));
    boolean collection = isCollection(entries);
    List<Path> files = entries.stream().flatMap(e -> e.files().stream()).toList();
    SourceDigests sources = SourceDigests.readBeforeParsing(files);
    Report report = validate(files);
    HtmlResult html = publish(pipeline.web(web), editions(entries), options.output(), collection, sources);
    overlayAssets(entries);
    Map<Path, List<Diagnostic>> validation = byFile(report.diagnostics());
    Map<Path, List<Diagnostic>> publishing = byFile(html.diagnostics());
    pdfs.sourcesChanged(keys(entries));
    return commit(new State(entries, collection, validation, publishing, List.of(), sourcesOf(html)), entries,
        html.documents(), files, start);
  }

  /**
   * Builds the largest edition {@code passes} more times into a scratch folder (deleted after)
   * and validates its files, so the JIT has compiled the hot paths before the first save: in a
   * fresh JVM the first rebuilds take three to five times as long as later ones. Changes nothing
   * anyone sees.
   */
  void warmUp(int passes) throws IOException {
    Optional<Entry> largest = state.entries().stream()
        .max(java.util.Comparator.comparingInt(e -> e.edition().documents().size()));
    if (largest.isEmpty()) {
      return;
    }
    // never committed: closing deletes it, and a serve killed meanwhile leaves it for the next
    try (AtomicDirectory scratch = AtomicDirectory.create(options.output().resolveSibling(".serve-warm-up"))) {
      for (int i = 0; i < passes; i++) {
        validate(largest.get().files());
        publish(pipeline.web(web), List.of(largest.get().edition()), scratch.path().resolve("site"), false,
            new SourceDigests());
      }
    }
  }

  /**
   * Rebuilds what {@code changed} touches; empty when no page changes (a file that is not a
   * document, image, stylesheet or schema; or only the print stylesheets, which mark the PDFs stale).
   */
  Optional<Rebuild> rebuild(Set<Path> changed) throws IOException {
    long start = System.nanoTime();
    State before = state;
    List<String> problems = new ArrayList<>();
    Set<Path> sources = new LinkedHashSet<>();
    // a page image or figure: its edition's documents are rendered again (those naming images
    // are rendered on every run, see DocumentStep), nothing is validated
    Set<Path> images = new LinkedHashSet<>();
    boolean html = false;
    boolean assets = false;
    boolean print = false;
    boolean schemas = false;
    for (Path p : changed) {
      Path path = p.toAbsolutePath().normalize();
      if (path.startsWith(options.output()) || path.startsWith(options.pdfOutput())) {
        continue;
      }
      if (options.stylesheets().isPresent() && path.startsWith(options.stylesheets().get())) {
        Path inside = options.stylesheets().get().relativize(path);
        assets |= inside.startsWith(Path.of("html", "assets"));
        html |= !inside.startsWith(Path.of("html", "assets")) && !inside.startsWith("fo");
        print |= !inside.startsWith("html");
      } else if (options.schemas().isPresent() && path.startsWith(options.schemas().get())) {
        schemas = true;
      } else if (path.getFileName().toString().endsWith(".xml") && targets.stream().anyMatch(path::startsWith)) {
        sources.add(path);
      } else if (ImageFiles.isImage(path) && targets.stream().anyMatch(path::startsWith)) {
        images.add(path);
      }
    }
    if (print) {
      pdfs.stylesheetsChanged(keys(before.entries()));
    }
    if (!html && !assets && !schemas && sources.isEmpty() && images.isEmpty()) {
      return Optional.empty();
    }
    boolean recompiled = false;
    if (html) {
      try {
        pipeline.compileWeb();
        recompiled = true;
        stylesheetProblem = Optional.empty();
      } catch (PublishException e) {
        stylesheetProblem = Optional.of(Catalogue.text("serve.stylesheets-kept", e.getMessage()));
      }
    }
    stylesheetProblem.ifPresent(problems::add);
    if (schemas) {
      pipeline.reloadSchemas();
    }

    List<Entry> entries;
    try {
      entries = entries(Selection.of(targets));
    } catch (IOException e) {
      problems.add(Catalogue.text("serve.editions-unlisted", e.getMessage()));
      return Optional.of(commit(withProblems(before, problems), List.of(), 0, List.of(), start));
    }
    boolean collection = isCollection(entries);
    Set<Path> editionFiles = new LinkedHashSet<>();
    entries.forEach(e -> e.edition().editionFile().ifPresent(f -> editionFiles.add(f.toAbsolutePath().normalize())));
    boolean editionFileChanged = sources.stream().anyMatch(editionFiles::contains);
    List<Entry> touched = entries.stream()
        .filter(e -> sources.stream().anyMatch(s -> s.getParent().equals(e.edition().folder().toAbsolutePath().normalize()))
            || images.stream().anyMatch(i -> i.startsWith(e.edition().folder().toAbsolutePath().normalize())))
        .toList();
    boolean full = recompiled || !shape(entries).equals(shape(before.entries()))
        || (collection && editionFileChanged) || (!collection && !touched.isEmpty());
    pdfs.sourcesChanged(keys(full ? entries : touched));

    List<Path> allFiles = entries.stream().flatMap(e -> e.files().stream()).toList();
    List<Path> toValidate = schemas ? allFiles : filesToValidate(sources, touched, editionFiles, allFiles);
    SourceDigests contents = SourceDigests.readBeforeParsing(toValidate);
    Report checked = validate(toValidate);

    Map<Path, List<Diagnostic>> publishing = new HashMap<>(before.publishing());
    Map<String, Path> pageSources = before.sources();
    List<Entry> rebuilt = full ? entries : touched;
    int documents = 0;
    try {
      if (!rebuilt.isEmpty()) {
        // every edition, each document from the served site unless it changed
        HtmlPublisher publisher = pipeline.web(recompiled ? web : web.withPrevious(options.output()));
        HtmlResult result = publish(publisher, editions(entries), options.output(), collection, contents);
        publishing = new HashMap<>(byFile(result.diagnostics()));
        pageSources = sourcesOf(result);
        documents = result.rendered();
      }
      if (full || assets || !touched.isEmpty()) {
        overlayAssets(full || assets ? entries : touched);
      }
    } catch (PublishException | IOException e) {
      problems.add(Catalogue.text("serve.site-unwritten", e.getMessage()));
    }

    Map<Path, List<Diagnostic>> validation = new HashMap<>(before.validation());
    Set<Path> present = Set.copyOf(allFiles);
    validation.keySet().retainAll(present);
    publishing.keySet().retainAll(present);
    toValidate.forEach(validation::remove);
    validation.putAll(byFile(checked.diagnostics()));
    return Optional.of(commit(new State(entries, collection, validation, publishing, problems, pageSources),
        rebuilt, documents, toValidate, start));
  }

  private Rebuild commit(State next, List<Entry> rebuilt, int documents, List<Path> validated, long start) {
    state = next;
    long number = build.incrementAndGet();
    List<Diagnostic> findings = new ArrayList<>();
    for (Path file : validated) {
      findings.addAll(next.validation().getOrDefault(file, List.of()));
    }
    for (Entry entry : rebuilt) {
      for (Path file : entry.files()) {
        findings.addAll(next.publishing().getOrDefault(file, List.of()));
      }
    }
    return new Rebuild(number, rebuilt.stream().map(e -> e.edition().name()).toList(), documents, validated,
        findings.stream().distinct().toList(), next.problems(), Duration.ofNanos(System.nanoTime() - start));
  }

  @Override
  public long build() {
    return build.get();
  }

  @Override
  public List<String> problems(String page) {
    State now = state;
    List<String> lines = new ArrayList<>(now.problems());
    List<Diagnostic> findings = new ArrayList<>();
    if (page.isEmpty()) {
      now.validation().values().forEach(findings::addAll);
      now.publishing().values().forEach(findings::addAll);
    } else {
      for (Path file : filesShownOn(now, page)) {
        findings.addAll(now.validation().getOrDefault(file, List.of()));
        findings.addAll(now.publishing().getOrDefault(file, List.of()));
      }
    }
    findings.stream().distinct().sorted(Diagnostic.ORDER).forEach(d -> lines.add(TextReporter.line(d, base)));
    return lines;
  }

  @Override
  public Optional<String> pdfEdition(String page) {
    State now = state;
    return now.entries().stream().filter(e -> !e.folder().isEmpty() ? page.startsWith(e.prefix()) : !now.collection())
        .map(Entry::key).findFirst();
  }

  @Override
  public Optional<Path> pdf(String key) throws IOException {
    Optional<Entry> found = state.entries().stream().filter(e -> e.key().equals(key)).findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(pdfs.pdf(found.get().edition(), found.get().key()));
  }

  @Override
  public void close() {
    pipeline.close();
    catalog.ifPresent(c -> {
      try {
        Files.deleteIfExists(c);
      } catch (IOException ignored) {
        // A leftover temporary catalog is harmless.
      }
    });
  }

  /** The files whose findings a page shows: its document's, or edition.xml's on the home page. */
  private static List<Path> filesShownOn(State state, String page) {
    Path source = state.sources().get(page);
    if (source != null) {
      return List.of(source);
    }
    for (Entry entry : state.entries()) {
      String prefix = entry.prefix();
      if (!page.startsWith(prefix)) {
        continue;
      }
      String rest = page.substring(prefix.length());
      if (rest.equals("index.html")) {
        List<Path> shown = new ArrayList<>(entry.edition().editionFile().map(p -> p.toAbsolutePath().normalize()).stream().toList());
        entry.edition().documents().stream().map(p -> p.toAbsolutePath().normalize())
            .filter(p -> state.publishing().containsKey(p)).forEach(shown::add);
        return shown;
      }
    }
    return List.of();
  }

  /** Each page the publisher wrote for a document, with that document (as the findings name it). */
  private static Map<String, Path> sourcesOf(HtmlResult html) {
    Map<String, Path> sources = new HashMap<>();
    html.pages().forEach((source, pages) -> pages.forEach(page -> sources.put(page, source.toAbsolutePath().normalize())));
    return Map.copyOf(sources);
  }

  /** The changed documents; every file of an edition whose edition.xml changed (references). */
  private static List<Path> filesToValidate(Set<Path> sources, List<Entry> touched, Set<Path> editionFiles,
      List<Path> files) {
    Set<Path> all = Set.copyOf(files);
    Set<Path> chosen = new LinkedHashSet<>();
    for (Path source : sources) {
      if (editionFiles.contains(source)) {
        touched.stream().filter(e -> e.files().contains(source)).forEach(e -> chosen.addAll(e.files()));
      }
      if (all.contains(source)) {
        chosen.add(source);
      }
    }
    return List.copyOf(chosen);
  }

  /** Validates {@code files} (those that still exist), keeping their trees for the publishing that follows. */
  private Report validate(List<Path> files) throws IOException {
    return pipeline.validate(files.stream().filter(Files::isRegularFile).toList(), Optional.empty(), file -> { });
  }

  /** Publishes with the trees validation kept, then lets go of them. */
  private HtmlResult publish(HtmlPublisher publisher, List<Edition> editions, Path into, boolean collection,
      SourceDigests sources) throws IOException {
    try {
      return publisher.publish(editions, into, collection, sources);
    } catch (IOException | RuntimeException e) {
      WriteFailures.explain(e, into);
      throw e;
    } finally {
      pipeline.keepTreesOf(List.of());
    }
  }

  /**
   * With a working copy of xslt/, copies its web assets over the built ones, so a change to the
   * CSS or JavaScript shows without rebuilding anything.
   */
  private void overlayAssets(List<Entry> entries) throws IOException {
    if (options.stylesheets().isEmpty()) {
      return;
    }
    Path source = options.stylesheets().get().resolve("html").resolve("assets");
    if (!Files.isDirectory(source)) {
      return;
    }
    for (Entry entry : entries) {
      Path target = options.output().resolve(entry.folder()).resolve("assets");
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          if (!dir.equals(source) && SourceWatcher.ignored(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Files.createDirectories(target.resolve(source.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          if (!SourceWatcher.ignored(file)) {
            Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    }
  }

  /**
   * An XML catalog that maps teikit's built-in stylesheet modules onto the working copy, so that
   * the modules the entry stylesheet imports (and the FO stylesheets) are read from there.
   */
  static Path stylesheetCatalog(Path xsltFolder) throws IOException {
    URL entry = HtmlStylesheets.class.getResource(HtmlStylesheets.ENTRY);
    if (entry == null) {
      throw new ServeException(Catalogue.text("html.stylesheets-missing", HtmlStylesheets.ENTRY));
    }
    String bundled = entry.toString();
    String prefix = bundled.substring(0, bundled.length() - "html/edition.xsl".length());
    String local = xsltFolder.toAbsolutePath().normalize().toUri().toString();
    String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n"
        + "  <rewriteURI uriStartString=\"" + PageInjection.escape(prefix) + "\" rewritePrefix=\""
        + PageInjection.escape(local.endsWith("/") ? local : local + "/") + "\"/>\n"
        + "</catalog>\n";
    Path file = Files.createTempFile("teikit-serve-stylesheets-", ".xml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The site folder of each edition: its name (unique, file-name safe) in a collection, which
   * {@link Selection} decides for serve as it does for build.
   */
  private static List<Entry> entries(Selection selection) {
    List<Entry> entries = new ArrayList<>();
    for (Edition edition : selection.editions()) {
      entries.add(new Entry(edition, selection.collection() ? edition.name() : "", edition.name()));
    }
    return entries;
  }

  private static boolean isCollection(List<Entry> entries) {
    return entries.stream().anyMatch(e -> !e.folder().isEmpty());
  }

  /** What decides the layout of the site: editions, their folders and their documents. */
  private static List<List<Object>> shape(List<Entry> entries) {
    return entries.stream().map(e -> List.<Object>of(e.folder(), e.edition().folder(),
        e.edition().editionFile().isPresent(), e.edition().documents())).toList();
  }

  private static List<String> keys(List<Entry> entries) {
    return entries.stream().map(Entry::key).toList();
  }

  private static List<Edition> editions(List<Entry> entries) {
    return entries.stream().map(Entry::edition).toList();
  }

  private static Map<Path, List<Diagnostic>> byFile(List<Diagnostic> diagnostics) {
    Map<Path, List<Diagnostic>> map = new HashMap<>();
    for (Diagnostic d : diagnostics) {
      map.computeIfAbsent(d.file().toAbsolutePath().normalize(), k -> new ArrayList<>()).add(d);
    }
    return map;
  }

  private static State withProblems(State state, List<String> problems) {
    return new State(state.entries(), state.collection(), state.validation(), state.publishing(), problems,
        state.sources());
  }

}
