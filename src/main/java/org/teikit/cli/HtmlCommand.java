package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Report;
import org.teikit.diagnostic.Severity;
import org.teikit.edition.Edition;
import org.teikit.edition.Selection;
import org.teikit.publish.OutputFolder;
import org.teikit.publish.WriteFailures;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.publish.html.HtmlResult;
import org.teikit.xml.XmlContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.teikit.work.Pool;

/** {@code teikit html}: a thin shell over {@link HtmlPublisher}. */
@Command(name = "html", mixinStandardHelpOptions = true,
    description = {
      "Web edition: a static site (plain files that work from file:// or any web server, no "
          + "network request) with a page per document, original and translation side by side, "
          + "notes, indexes of persons, places and organisations, and offline search.",
      "The output folder is replaced only when the new site is complete. Documents unchanged "
          + "since the site already there was written are taken from it (--clean: render all)."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:site written", "1:some documents have errors (the others are published)",
        "2:usage or I/O problem"})
public final class HtmlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin ForceOutputOption replace;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Edition folders, collections of them, or single documents (default: editions).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/edition/html",
      description = "Output folder (default: ${DEFAULT-VALUE}); a collection gets DIR/<edition>/ "
          + "per edition and DIR/index.html. Replaced as a whole: it must lie apart from the sources "
          + "and be new, empty or made by teikit.")
  Path output;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Public URL of the site, for permanent links in the citations.")
  String baseUrl = "";

  @Option(names = "--clean",
      description = "Render every document again, rather than taking unchanged ones from the site "
          + "already in the output folder.")
  boolean clean;

  @Override
  public Integer call() throws IOException {
    Selection selection = Selection.of(paths);
    OutputFolder.check(output, selection.inputs(), replace.forceOutput());
    List<Edition> editions = selection.editions();
    String base = baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    HtmlOptions options = new HtmlOptions(common.jobs(), base, HtmlOptions.DEFAULT_SPLIT_THRESHOLD)
        .withOutputReplaced(replace.forceOutput());
    if (!clean) {
      options = options.withPrevious(output);
    }
    HtmlResult result;
    try (Pool pool = Pool.of(common.jobs())) {
      HtmlPublisher publisher = HtmlPublisher.compilingInBackground(XmlContext.create(List.of(), selection.roots()),
          options, pool);
      result = publisher.publish(editions, output, selection.collection());
    } catch (IOException | RuntimeException e) {
      WriteFailures.explain(e, output);
      throw e;
    }
    PrintWriter out = spec.commandLine().getOut();
    SummaryPrinter printer = new SummaryPrinter(out);
    Report report = new Report(SummaryPrinter.files(editions), result.diagnostics());
    printer.findings(report);
    if (!common.quiet()) {
      out.println(Catalogue.text("html.published", result.documents(), result.rendered(), result.reused(),
          editions.size(), report.count(Severity.ERROR), output));
    }
    printer.summary(report);
    return result.hasErrors() ? ExitCodes.INVALID : ExitCodes.OK;
  }
}
