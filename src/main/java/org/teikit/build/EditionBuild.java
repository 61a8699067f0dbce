package org.teikit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;
import org.teikit.edition.Edition;
import org.teikit.edition.OutputMarker;
import org.teikit.edition.Selection;
import org.teikit.pipeline.Pipeline;
import org.teikit.store.SourceDigests;
import org.teikit.store.Store;
import org.teikit.store.TeikitIdentity;
import org.teikit.edition.SourceFiles;
import org.teikit.publish.AtomicDirectory;
import org.teikit.publish.OutputFolder;
import org.teikit.publish.WriteFailures;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlResult;
import org.teikit.publish.pdf.PdfOptions;
import org.teikit.publish.pdf.PdfRenderer;
import org.teikit.validate.ResultStore;
import org.teikit.work.Fork;
import org.teikit.work.Joined;
import org.teikit.work.Waiting;

/**
 * Validates the selected editions, then writes {@code DIR/html} and {@code DIR/pdf} from the
 * documents that passed (all of them with {@code force}). Each document is parsed once, by
 * validation, and its tree handed to both publishers; documents unchanged since the last build
 * are not parsed at all (their validation results, pages and PDFs are reused). The whole of DIR
 * is built beside the old one and swapped in at the end, so a failed or interrupted build leaves
 * the previous output as it was; a lock keeps a second build out of the same DIR. DIR is refused
 * when it overlaps the sources or holds files teikit did not make (see {@link OutputFolder}).
 */
public final class EditionBuild {
  /** Where validation results are kept between builds, inside DIR. */
  static final Path RESULTS = Path.of(".teikit-cache", "validation");

  /**
   * Options of a build; {@code force} publishes documents that have validation errors,
   * {@code clean} ignores what the previous build left, {@code forceOutput} allows replacing an
   * output folder teikit did not make (never one that overlaps the sources).
   */
  public record Options(Path output, boolean force, boolean clean, int jobs, HtmlOptions html, PdfOptions pdf,
      boolean forceOutput) {}

  private final Options options;
  private final BuildProgress progress;
  /** Set when the web stage failed: the print thread starts no further edition. */
  private volatile boolean abandoned;

  public EditionBuild(Options options, BuildProgress progress) {
    this.options = options;
    this.progress = progress;
  }

  public BuildOutcome run(List<Path> paths) throws IOException {
    long start = System.nanoTime();
    Selection selection = Selection.of(paths);
    Path target = options.output().toAbsolutePath().normalize();
    OutputFolder.check(target, selection.inputs(), options.forceOutput());
    // every source read once here, before validation parses it: the keys of the output are made
    // of this content, never of a newer text saved while the build runs (see SourceDigests)
    SourceDigests sources = SourceDigests.readBeforeParsing(selection.files());
    String stamp = BuildStamp.of(selection.files(), sources,
        "force=" + options.force() + " " + options.html() + " " + options.pdf());
    // the lock first, and with it the previous output put back if a killed build left it aside
    try (AtomicDirectory out = AtomicDirectory.create(target, options.forceOutput())) {
      Optional<BuildRecord> last = options.clean() ? Optional.empty()
          : BuildRecord.read(target).filter(r -> r.stamp().equals(stamp));
      if (last.isPresent()) {
        return BuildOutcome.upToDate(new Report(selection.files(), last.get().findings()), last.get(),
            Duration.ofNanos(System.nanoTime() - start), target.resolve("html"), target.resolve("pdf"));
      }
      try (Pipeline pipeline = Pipeline.open(List.of(), selection.roots(), options.jobs())) {
        BuildOutcome outcome = run(pipeline, selection, sources, stamp, target, out);
        out.commit();
        return outcome.took(Duration.ofNanos(System.nanoTime() - start));
      }
    } catch (IOException | RuntimeException e) {
      WriteFailures.explain(e, target);
      throw e;
    }
  }

  /** The stages, validate → web and print, into {@code out}, the output being made beside DIR. */
  private BuildOutcome run(Pipeline pipeline, Selection selection, SourceDigests sources, String stamp, Path target,
      AtomicDirectory out) throws IOException {
    pipeline.compileInBackground();
    Fork<PdfRenderer> printer = startPrinter(pipeline, target, sources);
    ResultStore results = results(target, out.path(), sources);
    Report validation = validate(selection, pipeline, results);
    Publishable publishable = Publishable.of(selection.editions(), validation, options.force());
    pipeline.keepTreesOf(publishable.files());
    // a set: a file validation could not read (edition.xml, forced) is reported once, not
    // again by each stage that tried to read it
    Set<Diagnostic> findings = new LinkedHashSet<>(validation.diagnostics());
    // the print edition is set while the web edition is written: each stage ends in work on one
    // core (the site's edition-wide pages, the book's join), which the other stage fills.
    // The print edition's folder is marked as teikit's, as the web edition's is by its publisher:
    // teikit pdf -o DIR/pdf may then replace it
    List<CompletableFuture<PdfRenderer.Result>> print =
        startPdf(selection, publishable, printer, OutputMarker.createMarked(out.path().resolve("pdf")));
    HtmlResult html;
    try {
      html = publishHtml(selection, publishable, pipeline, target, out.path().resolve("html"), sources);
    } catch (IOException | RuntimeException webFailed) {
      settle(print);
      throw webFailed;
    }
    findings.addAll(html.diagnostics());
    PdfCount pdfs = finishPdf(publishable, print, findings);
    new BuildRecord(stamp, List.copyOf(findings), publishable.skipped(), html.documents()).write(out.path());
    BuildOutcome.Work work = new BuildOutcome.Work(validation.files().size() - results.reused(), results.reused(),
        html.rendered(), html.reused(), pdfs.rendered(), pdfs.reused());
    return new BuildOutcome(new Report(validation.files(), List.copyOf(findings)), publishable.skipped(),
        html.documents(), work, Duration.ZERO, target.resolve("html"), target.resolve("pdf"), false,
        pdfs.notPrinted());
  }

  private Report validate(Selection selection, Pipeline pipeline, ResultStore results) throws IOException {
    List<Path> folders = selection.editions().stream().map(Edition::folder).distinct().toList();
    progress.begin(BuildProgress.Stage.VALIDATE, SourceFiles.xmlFiles(folders).size());
    Report report = pipeline.validate(folders, Optional.of(results),
        file -> progress.advance(file.getFileName().toString()));
    progress.end(report.summary());
    return report;
  }

  /** Reads the results the last build stored (none with --clean); stores this build's in its own output. */
  private ResultStore results(Path target, Path out, SourceDigests sources) {
    Path previous = options.clean() ? out.resolve(RESULTS).resolveSibling("nothing-to-reuse") : target.resolve(RESULTS);
    return new ResultStore(previous, out.resolve(RESULTS), TeikitIdentity.digest(), sources);
  }

  /**
   * The print renderer, made on the pool while validation runs (reading the fonts takes a while);
   * it takes unchanged books from the last build unless --clean.
   */
  private Fork<PdfRenderer> startPrinter(Pipeline pipeline, Path target, SourceDigests sources) {
    PdfOptions pdf = options.clean() ? options.pdf() : options.pdf().withPrevious(target.resolve("pdf"));
    return pipeline.pool().fork(() -> {
      try {
        return pipeline.print(pdf, sources);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private HtmlResult publishHtml(Selection selection, Publishable publishable, Pipeline pipeline, Path target,
      Path into, SourceDigests sources) throws IOException {
    HtmlOptions html = options.clean() ? options.html() : options.html().withPrevious(target.resolve("html"));
    progress.begin(BuildProgress.Stage.HTML, publishable.editions().size());
    HtmlResult result = pipeline.web(html).publish(publishable.editions(), into, selection.collection(), sources);
    progress.end(Catalogue.text("build.stage-rendered-reused", Report.plural(result.rendered(), "document"), result.reused()));
    return result;
  }

  /**
   * Starts rendering each edition's PDFs, one edition after the other (each uses every core), on
   * a thread of its own; a future per edition.
   */
  private List<CompletableFuture<PdfRenderer.Result>> startPdf(Selection selection, Publishable publishable,
      Fork<PdfRenderer> compiled, Path into) {
    // the editions' books run on the pool; this thread only hands them in and waits for them, so
    // it is one of its own: on the pool it would hold a thread idle, or starve a pool of one.
    // A daemon, it never keeps the JVM alive (a failed build waits for the edition being set, see settle)
    Executor thread = task -> Waiting.start("build-pdf", task);
    List<CompletableFuture<PdfRenderer.Result>> results = new ArrayList<>();
    CompletableFuture<?> previous = CompletableFuture.completedFuture(null);
    Optional<Path> store = Store.claim(Store.beside(into));
    for (Edition edition : publishable.editions()) {
      Path dir = selection.collection() ? into.resolve(edition.name()) : into;
      Optional<Path> records = store.map(r -> selection.collection() ? r.resolve(edition.name()) : r);
      CompletableFuture<PdfRenderer.Result> next = previous.thenApplyAsync(ignored -> {
        if (abandoned) {
          throw new java.util.concurrent.CancellationException("the web edition failed");
        }
        try {
          return compiled.join().render(edition, dir, records);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, thread);
      results.add(next);
      previous = next;
    }
    return results;
  }

  /**
   * After the web stage failed: no edition's PDFs are started any more, and the one being set is
   * waited for, so that the unfinished output folder is removed whole (the print thread went on
   * writing into it while it was deleted, and left it behind). Its outcome is not reported: the
   * web stage's failure is.
   */
  private void settle(List<CompletableFuture<PdfRenderer.Result>> print) {
    abandoned = true;
    for (CompletableFuture<PdfRenderer.Result> edition : print) {
      try {
        edition.join();
      } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
        // the failure that ends the build is the web stage's
      }
    }
  }

  /** Waits for the PDFs, edition by edition, and reports them as the print edition stage. */
  private PdfCount finishPdf(Publishable publishable, List<CompletableFuture<PdfRenderer.Result>> print,
      Set<Diagnostic> findings) throws IOException {
    progress.begin(BuildProgress.Stage.PDF, publishable.editions().size());
    PdfCount count = new PdfCount(0, 0, List.of());
    for (int i = 0; i < print.size(); i++) {
      PdfRenderer.Result result = Joined.value(print.get(i));
      findings.addAll(result.diagnostics());
      count = count.plus(result);
      progress.advance(publishable.editions().get(i).name());
    }
    progress.end(Catalogue.text("build.stage-rendered-reused", Report.plural(count.rendered(), "PDF"), count.reused()));
    return count;
  }

  /** PDFs rendered anew and copied from the last build, and the documents left out of the print edition. */
  record PdfCount(int rendered, int reused, List<Path> notPrinted) {
    PdfCount plus(PdfRenderer.Result result) {
      List<Path> left = new ArrayList<>(notPrinted);
      left.addAll(result.notPrinted());
      return new PdfCount(rendered + result.rendered().size(), reused + result.reused().size(), List.copyOf(left));
    }
  }
}
