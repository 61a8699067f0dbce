package org.teikit.validate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;
import org.teikit.edition.SourceFiles;
import org.teikit.xml.XmlContext;
import org.teikit.work.Pool;

/**
 * Validates TEI documents: well-formedness, the schemas that apply, and reference integrity.
 *
 * <pre>{@code
 * Report report = Validator.builder().schema(Path.of("tei_all.rng")).build()
 *     .validate(List.of(Path.of("editions")));
 * }</pre>
 *
 * <p>Schemas are compiled once per validator and shared; documents are checked in parallel.
 * The validator never prints and never exits.
 */
public final class Validator {
  static final String DEFAULT_SCHEMA = "/schema/teikit.rng";

  private final XmlContext xml;
  private final SchemaLibrary library;
  private final SchemaChoice choice;
  /** The run's threads (a build's, shared by its stages), else the validator's own. */
  private final Pool pool;
  private final BiConsumer<Path, XdmNode> keeper;
  private final Optional<ResultStore> store;
  private final Consumer<Path> checked;

  private Validator(Builder b) {
    this.xml = b.context != null ? b.context : XmlContext.create(b.catalogs, List.of());
    this.pool = b.pool != null ? b.pool : Pool.of(b.jobs);
    this.library = new SchemaLibrary(xml, b.schematronCache, pool);
    List<SchemaRef> explicit = new ArrayList<>();
    for (Path schema : b.schemas) {
      SchemaKind kind = SchemaKind.fromFileName(schema.toString()).orElseThrow(() ->
          new IllegalArgumentException("unknown schema language for " + schema + " (use .rng .rnc .xsd .sch)"));
      Path file = schema.toAbsolutePath().normalize();
      explicit.add(new SchemaRef(file.toUri(), kind));
      // what the schema includes or imports beside it may be read
      xml.policy().allowFolder(file.getParent());
    }
    Optional<java.net.URI> defaultSchema = b.useDefaultSchema ? bundledDefaultSchema() : Optional.empty();
    this.choice = new SchemaChoice(explicit, defaultSchema, xml.policy());
    this.keeper = b.keeper;
    this.store = Optional.ofNullable(b.store);
    this.checked = b.checked;
  }

  private Validator(Validator compiled, Optional<ResultStore> store, Consumer<Path> checked) {
    this.xml = compiled.xml;
    this.pool = compiled.pool;
    this.library = compiled.library;
    this.choice = compiled.choice;
    this.keeper = compiled.keeper;
    this.store = store;
    this.checked = checked;
  }

  /**
   * This validator, its schemas compiled once, for one run that reuses results from {@code store}
   * (when given) and tells {@code checked} of each file as its check ends.
   */
  public Validator forRun(Optional<ResultStore> store, Consumer<Path> checked) {
    return new Validator(this, store, checked);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates the {@code *.xml} files named by or found under {@code paths}.
   *
   * @throws IOException when a path does not exist or cannot be listed
   */
  public Report validate(List<Path> paths) throws IOException {
    // compiling a large grammar takes longer than finding the files and reaching the first root
    library.prefetch(choice.forEveryDocument());
    SourceFiles.Found found = SourceFiles.find(paths);
    List<Path> files = found.files();
    List<Path> roots = roots(paths);
    // documents, and what they name, are read only inside the folders given
    xml.policy().addInputs(roots);
    DocumentCheck check = new DocumentCheck(xml, choice, library, roots, keeper,
        schemas -> store.ifPresent(s -> s.schemasChosen(schemas)));
    List<DocumentCheck.Result> results = pool.map(files, LargestFirst.order(files), file -> checkOrReuse(check, file));
    // pointers into other files can be checked only once every document's ids are known
    ReferenceChecker references = referenceChecker(results, roots);
    List<List<Diagnostic>> findings = pool.map(results, List.of(), result -> withReferences(references, result));
    List<Diagnostic> all = new ArrayList<>(found.refused());
    findings.forEach(all::addAll);
    return new Report(files, all);
  }

  /** A stored result when the file and what it depends on are unchanged, else a fresh check. */
  private DocumentCheck.Result checkOrReuse(DocumentCheck check, Path file) {
    DocumentCheck.Result result = store.flatMap(s -> s.find(file)).orElseGet(() -> {
      DocumentCheck.Result fresh = check.run(file);
      // a timeout depends on the machine's load as much as on the file: check it again next time
      if (fresh.diagnostics().stream().noneMatch(TimeBound::isTimeout)) {
        store.ifPresent(s -> s.store(file, fresh));
      }
      return fresh;
    });
    checked.accept(file);
    return result;
  }

  /** Checks pointers against every document's ids, known once all are checked. */
  private ReferenceChecker referenceChecker(List<DocumentCheck.Result> results, List<Path> roots) {
    java.util.Map<Path, java.util.Set<String>> known = new java.util.HashMap<>();
    results.forEach(r -> known.put(r.file(), r.references().ids()));
    IdScanner scanner = new IdScanner(xml.parsers(), roots);
    return new ReferenceChecker(file -> known.containsKey(file) ? Optional.of(known.get(file)) : scanner.idsOf(file));
  }

  /** A document's findings and, when it is well-formed, those about its pointers. */
  private static List<Diagnostic> withReferences(ReferenceChecker references, DocumentCheck.Result result) {
    if (result.diagnostics().stream().anyMatch(d -> d.check() == Check.WF && d.isError())) {
      return result.diagnostics();
    }
    List<Diagnostic> all = new ArrayList<>(result.diagnostics());
    all.addAll(references.check(result.file(), result.references()));
    return all;
  }

  /** The folders being validated: each folder given, or the folder of each file given. */
  private static List<Path> roots(List<Path> paths) {
    return paths.stream().map(p -> p.toAbsolutePath().normalize())
        .map(p -> Files.isDirectory(p) ? p : p.getParent()).distinct().toList();
  }

  private static Optional<java.net.URI> bundledDefaultSchema() {
    URL url = Validator.class.getResource(DEFAULT_SCHEMA);
    try {
      return url == null ? Optional.empty() : Optional.of(url.toURI());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Options of a validator; each has a default that suits the command line. */
  public static final class Builder {
    private final List<Path> schemas = new ArrayList<>();
    private final List<Path> catalogs = new ArrayList<>();
    private int jobs = Runtime.getRuntime().availableProcessors();
    private boolean useDefaultSchema = true;
    private Path schematronCache = defaultCache();
    private XmlContext context;
    private BiConsumer<Path, XdmNode> keeper;
    private ResultStore store;
    private Consumer<Path> checked = file -> { };
    private Pool pool;

    /** A schema that applies to every document, overriding xml-model (repeatable). */
    public Builder schema(Path schema) {
      schemas.add(schema);
      return this;
    }

    /** An OASIS XML catalog consulted before the bundled one (repeatable). */
    public Builder catalog(Path catalog) {
      catalogs.add(catalog);
      return this;
    }

    /** Documents validated at once; default: the number of cores. */
    public Builder jobs(int jobs) {
      this.jobs = Math.max(1, jobs);
      return this;
    }

    /** Validates on the run's {@code pool} (a build's, shared by its stages) rather than one of its own of {@link #jobs} threads. */
    public Builder pool(Pool pool) {
      this.pool = pool;
      return this;
    }

    /** Whether documents that name no schema get teikit's edition schema (default: yes). */
    public Builder defaultSchema(boolean use) {
      this.useDefaultSchema = use;
      return this;
    }

    /** Where compiled Schematron is cached between runs; null turns the cache off. */
    public Builder schematronCache(Path folder) {
      this.schematronCache = folder;
      return this;
    }

    /**
     * The run's XML context, shared with the stages after validation so that the trees it keeps
     * work with their stylesheets; its catalogs replace {@link #catalog}'s.
     */
    public Builder context(XmlContext xml) {
      this.context = xml;
      return this;
    }

    /**
     * Hands {@code keeper} the tree of every well-formed document checked (XInclude resolved,
     * with line numbers), from the validating threads, so that later stages need not parse again.
     */
    public Builder keepTrees(BiConsumer<Path, XdmNode> keeper) {
      this.keeper = keeper;
      return this;
    }

    /** Reuses the results of files that did not change since they were stored (none by default). */
    public Builder store(ResultStore results) {
      this.store = results;
      return this;
    }

    /** Told of each file as its check ends (from the validating threads): for progress displays. */
    public Builder onChecked(Consumer<Path> listener) {
      this.checked = listener;
      return this;
    }

    public Validator build() {
      return new Validator(this);
    }

    private static Path defaultCache() {
      return org.teikit.store.UserCache.folder("schematron");
    }
  }
}
