package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.build.BuildOutcome;
import org.teikit.build.EditionBuild;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Report;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.pdf.PdfOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teikit build}: validate, then publish web and print edition; a thin shell over {@link EditionBuild}. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {
      "The main job: validate every document, then write the web edition (DIR/html) and the "
          + "print edition (DIR/pdf) of those that passed.",
      "DIR is replaced only when the new build is complete; a second build into the same DIR "
          + "is refused while one runs. teikit replaces only folders it made (they hold a "
          + ".teikit-output file); a build killed midway is put right by the next one."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:everything validated and published",
        "1:some documents have errors (they were not published, the others were)",
        "2:usage or I/O problem"})
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin ForceOutputOption replace;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Edition folders or collections of them (default: editions).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/edition",
      description = "Output folder (default: ${DEFAULT-VALUE}); replaced as a whole, so it must lie apart "
          + "from the sources and be new, empty or made by teikit.")
  Path output;

  @Option(names = "--force", description = "Publish documents that have validation errors too.")
  boolean force;

  @Option(names = "--clean", description = "Build everything, even when nothing changed since the last build.")
  boolean clean;

  @Override
  public Integer call() throws IOException {
    HtmlOptions html = new HtmlOptions(common.jobs(), "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD);
    PdfOptions pdf = PdfOptions.defaults().withJobs(common.jobs());
    EditionBuild.Options options = new EditionBuild.Options(output, force, clean, common.jobs(), html, pdf,
        replace.forceOutput());
    BuildOutcome outcome = new EditionBuild(options, ProgressDisplay.of(common, spec.commandLine().getErr()))
        .run(paths);
    print(outcome);
    return outcome.hasErrors() ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private void print(BuildOutcome outcome) {
    PrintWriter out = spec.commandLine().getOut();
    Path base = Path.of("").toAbsolutePath();
    SummaryPrinter printer = new SummaryPrinter(out);
    printer.findings(outcome.report(), d -> !common.quiet() || d.isError());
    if (outcome.upToDate()) {
      out.println(Catalogue.text("build.up-to-date", Report.plural(outcome.report().files().size(), "file"),
          Report.plural(outcome.errors(), "error"), outcome.skipped().size(), seconds(outcome)));
    } else {
      printCounts(out, outcome);
    }
    printer.notPrinted(outcome.notPrinted());
    out.println(Catalogue.text("build.web-edition-at", display(outcome.html().resolve("index.html"), base)));
    out.println(Catalogue.text("build.print-edition-at", display(outcome.pdf(), base)));
    printer.summary(outcome.report());
  }

  private void printCounts(PrintWriter out, BuildOutcome outcome) {
    if (force && outcome.hasErrors()) {
      out.println(Catalogue.text("build.forced"));
    }
    BuildOutcome.Work work = outcome.work();
    out.println(Catalogue.text("build.counts", Report.plural(outcome.report().files().size(), "file"), work.parsed(),
        work.unchanged(), Report.plural(outcome.published(), "document"), outcome.skipped().size(),
        Report.plural(outcome.errors(), "error"), seconds(outcome)));
    out.println(Catalogue.text("build.work", Report.plural(work.pagesRendered(), "document"), work.pagesReused(),
        work.pdfs(), work.pdfsRendered(), work.pdfsReused()));
  }

  /** How long the build took, in seconds to one decimal, as it always was printed. */
  private static String seconds(BuildOutcome outcome) {
    return String.format("%.1f", outcome.time().toMillis() / 1000.0);
  }

  private static String display(Path p, Path base) {
    return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
  }
}
