package org.teikit.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.teikit.diagnostic.Report;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.publish.html.HtmlStylesheets;
import org.teikit.publish.pdf.PdfOptions;
import org.teikit.publish.pdf.PdfRenderer;
import org.teikit.publish.pdf.PrintStylesheet;
import org.teikit.store.SourceDigests;
import org.teikit.validate.ResultStore;
import org.teikit.validate.Validator;
import org.teikit.work.Fork;
import org.teikit.work.Pool;
import org.teikit.xml.KeptTrees;
import org.teikit.xml.XmlContext;

/**
 * The stages of teikit, validate → web edition → print edition, with the tools they need compiled
 * once and kept for every run: the XML context (catalogs, the folders that may be read), the
 * trees validation keeps for the publishers (each file parsed once per run), the validator and its
 * schemas, the web and print stylesheets, and the pool of {@code --jobs} threads every stage works
 * on. {@code build} makes one run of it; {@code serve} one per change, replacing a tool only when
 * its stylesheets or schemas change. A run brings what is its own: the files, their contents as
 * it read them ({@link SourceDigests}), where results are stored and the previous output.
 */
public final class Pipeline implements AutoCloseable {
  private final XmlContext xml;
  private final KeptTrees trees;
  private final Pool pool;
  /** How the web stylesheets compile; a test counts the compiles through it. */
  private final Function<XmlContext, HtmlStylesheets> webCompiler;
  private volatile Validator validator;
  private volatile Fork<HtmlStylesheets> web;
  private volatile Fork<PrintStylesheet> print;

  private Pipeline(XmlContext xml, int jobs, Function<XmlContext, HtmlStylesheets> webCompiler) {
    this.xml = xml;
    this.trees = new KeptTrees(xml);
    this.pool = Pool.of(jobs);
    this.webCompiler = webCompiler;
    this.validator = newValidator();
  }

  /**
   * A pipeline over the documents under {@code roots} (nothing outside them is read), the
   * {@code catalogs} consulted before the bundled one, working on {@code jobs} threads. Nothing
   * is compiled yet: see {@link #compileInBackground} and {@link #compileWeb}.
   */
  public static Pipeline open(List<Path> catalogs, List<Path> roots, int jobs) {
    return open(catalogs, roots, jobs, HtmlStylesheets::compile);
  }

  static Pipeline open(List<Path> catalogs, List<Path> roots, int jobs,
      Function<XmlContext, HtmlStylesheets> webCompiler) {
    return new Pipeline(XmlContext.create(catalogs, roots), jobs, webCompiler);
  }

  /**
   * Starts compiling both stylesheets on the pool while validation runs: print first, web after
   * it. The print edition has the longer way to go (its books, then their join on one core), and
   * Saxon's compiler, interpreted on its first run, compiles the second one warm, in a fraction
   * of the CPU. A compile error surfaces from the stage that needs the stylesheet.
   */
  public void compileInBackground() {
    Fork<PrintStylesheet> printing = pool.fork(() -> PrintStylesheet.compile(xml));
    print = printing;
    web = pool.forkAfter(printing, () -> webCompiler.apply(xml));
  }

  /**
   * Compiles the web stylesheets now; until they compile, the last good ones stay in use.
   *
   * @throws org.teikit.publish.html.PublishException when they do not compile
   */
  public void compileWeb() {
    web = Fork.done(webCompiler.apply(xml));
  }

  /** The print stylesheet changed: it compiles again for the next print run. */
  public void forgetPrint() {
    print = null;
  }

  /** The schemas changed: they compile again as the next validation needs them. */
  public void reloadSchemas() {
    validator = newValidator();
  }

  /**
   * Validates the {@code *.xml} files named by or found under {@code paths}, keeping the trees of
   * the well-formed ones for the publishers; results of unchanged files are taken from
   * {@code store} when one is given, and {@code checked} is told of each file as its check ends.
   */
  public Report validate(List<Path> paths, Optional<ResultStore> store, Consumer<Path> checked) throws IOException {
    return validator.forRun(store, checked).validate(paths);
  }

  /** Keeps the trees of {@code files} only (those to be published); the others' memory is let go. */
  public void keepTreesOf(Collection<Path> files) {
    trees.keepOnly(files);
  }

  /**
   * A web publisher for one run, with the stylesheets compiled for all; it takes unchanged pages
   * from {@link HtmlOptions#previous()} when the options name it.
   */
  public HtmlPublisher web(HtmlOptions options) {
    Fork<HtmlStylesheets> compiled = web;
    if (compiled == null) {
      compileWeb();
      compiled = web;
    }
    return HtmlPublisher.using(compiled, xml, trees, options, pool);
  }

  /**
   * A print renderer for one run, with the stylesheet compiled for all (compiling it now if
   * nothing asked for it yet); its books' keys are made of the content in {@code sources}.
   *
   * @throws IOException when a font folder cannot be read
   */
  public PdfRenderer print(PdfOptions options, SourceDigests sources) throws IOException {
    return new PdfRenderer(xml, trees, options, sources, pool, printStylesheet());
  }

  private synchronized Fork<PrintStylesheet> printStylesheet() {
    if (print == null) {
      print = pool.fork(() -> PrintStylesheet.compile(xml));
    }
    return print;
  }

  /** The threads every stage works on. */
  public Pool pool() {
    return pool;
  }

  private Validator newValidator() {
    return Validator.builder().pool(pool).context(xml).keepTrees(trees::keep).build();
  }

  @Override
  public void close() {
    pool.close();
  }
}
