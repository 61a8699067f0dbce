package org.teikit.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;
import org.teikit.edition.Edition;
import org.teikit.edition.Selection;
import org.teikit.publish.AtomicDirectory;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.publish.html.HtmlResult;
import org.teikit.publish.pdf.PdfOptions;
import org.teikit.publish.pdf.PdfRenderer;
import org.teikit.validate.Validator;
import org.teikit.xml.XmlContext;

/**
 * Validates the selected editions, then writes {@code DIR/html} and {@code DIR/pdf} from the
 * documents that passed (all of them with {@code force}). The whole of DIR is built beside the
 * old one and swapped in at the end, so a failed or interrupted build leaves the previous output
 * as it was; a lock keeps a second build out of the same DIR.
 */
public final class EditionBuild {
  /**
   * Options of a build; {@code force} publishes documents that have validation errors,
   * {@code clean} ignores what the previous build left.
   */
  public record Options(Path output, boolean force, boolean clean, int jobs, HtmlOptions html, PdfOptions pdf) {}

  private final Options options;

  public EditionBuild(Options options) {
    this.options = options;
  }

  public BuildOutcome run(List<Path> paths) throws IOException {
    long start = System.nanoTime();
    Selection selection = Selection.of(paths);
    Path target = options.output().toAbsolutePath().normalize();
    String stamp = BuildStamp.of(selection.files(), "force=" + options.force() + " " + options.html() + " " + options.pdf());
    if (!options.clean() && BuildStamp.previous(target).filter(stamp::equals).isPresent()) {
      return BuildOutcome.upToDate(selection.files(), Duration.ofNanos(System.nanoTime() - start),
          target.resolve("html"), target.resolve("pdf"));
    }
    Report validation = Validator.builder().jobs(options.jobs()).build().validate(
        selection.editions().stream().map(Edition::folder).distinct().toList());
    Set<Path> failed = filesWithErrors(validation);
    List<Edition> publishable = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (Edition edition : selection.editions()) {
      publishable(edition, failed, skipped).ifPresent(publishable::add);
    }
    List<Diagnostic> findings = new ArrayList<>(validation.diagnostics());
    int published;
    int pdfs = 0;
    try (BuildLock lock = BuildLock.acquire(options.output());
        AtomicDirectory out = AtomicDirectory.create(options.output())) {
      XmlContext xml = XmlContext.create(List.of(), selection.roots());
      HtmlResult html = new HtmlPublisher(xml, options.html()).publish(publishable, out.path().resolve("html"),
          selection.collection());
      findings.addAll(html.diagnostics());
      published = html.documents();
      PdfRenderer renderer = new PdfRenderer(xml, options.pdf());
      for (Edition edition : publishable) {
        Path into = selection.collection() ? out.path().resolve("pdf").resolve(edition.name()) : out.path().resolve("pdf");
        PdfRenderer.Result pdf = renderer.render(edition, into);
        findings.addAll(pdf.diagnostics());
        pdfs += pdf.written().size();
      }
      if (findings.stream().noneMatch(Diagnostic::isError)) {
        // Only a clean build may be skipped next time: findings are not stored, so a build with
        // errors runs again and reports them again.
        BuildStamp.write(out.path(), stamp);
      }
      out.commit();
    }
    Report report = new Report(validation.files(), findings);
    return new BuildOutcome(report, skipped, published, pdfs, Duration.ofNanos(System.nanoTime() - start),
        target.resolve("html"), target.resolve("pdf"), false);
  }

  /** The edition without its failed documents; none when edition.xml itself failed. */
  private Optional<Edition> publishable(Edition edition, Set<Path> failed, List<Path> skipped) {
    if (options.force()) {
      return Optional.of(edition);
    }
    if (edition.editionFile().map(f -> failed.contains(normal(f))).orElse(false)) {
      skipped.addAll(edition.documents());
      return Optional.empty();
    }
    List<Path> passed = new ArrayList<>();
    for (Path document : edition.documents()) {
      (failed.contains(normal(document)) ? skipped : passed).add(document);
    }
    return Optional.of(new Edition(edition.name(), edition.folder(), edition.editionFile(), passed));
  }

  private static Set<Path> filesWithErrors(Report report) {
    Set<Path> failed = new HashSet<>();
    report.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> failed.add(normal(d.file())));
    return failed;
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }

}
