package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Report;
import org.teikit.publish.OutputFolder;
import org.teikit.serve.Rebuild;
import org.teikit.serve.ServeOptions;
import org.teikit.serve.ServeSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.teikit.work.Waiting;

/** {@code teikit serve}: a thin shell over {@link ServeSession}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
      "Preview the web edition: build it, serve it on 127.0.0.1, and on every save rebuild the "
          + "changed edition, validate the changed files and reload the open pages.",
      "Findings appear here and as a banner on the document's page; each page links to a PDF "
          + "of its edition, built when asked for. Watched: the PATHs, and schema/ and xslt/ in "
          + "the working folder when they are there (a working copy of teikit's own).",
      "Ctrl-C stops the server; the built files stay in the output folder."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped", "2:usage or I/O problem (e.g. the port is taken)"})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin ForceOutputOption replace;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Edition folders, collections of them, or single documents (default: editions).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/serve/html",
      description = "Where the previewed site is built (default: ${DEFAULT-VALUE}); PDFs go to "
          + "the sibling folder pdf/.")
  Path output;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> targets = paths.isEmpty() ? List.of(Path.of("editions")) : paths;
    ServeOptions options = ServeOptions.defaults().withPort(port)
        .withOutput(output, output.toAbsolutePath().normalize().resolveSibling("pdf")).withJobs(common.jobs())
        .withOutputReplaced(replace.forceOutput());
    OutputFolder.check(options.output(), targets, replace.forceOutput());
    OutputFolder.check(options.pdfOutput(), targets, replace.forceOutput());
    if (Files.isRegularFile(Path.of("xslt", "html", "edition.xsl"))) {
      options = options.withStylesheets(Path.of("xslt"));
    }
    if (Files.isDirectory(Path.of("schema"))) {
      options = options.withSchemas(Path.of("schema"));
    }
    ServeSession session = ServeSession.start(targets, options, new Terminal(out, err, common.quiet()));
    out.println(Catalogue.text("serve.serving", session.url()));
    out.flush();
    // the JVM runs it as it exits (Ctrl-C): it only stops the session
    Thread hook = Waiting.thread("serve-stop", () -> {
      session.close();
      out.println(Catalogue.text("serve.stopped"));
      out.flush();
    });
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      session.awaitClose();
    } catch (InterruptedException stopped) {
      // The thread running the command was interrupted (an embedding program, a test): stop,
      // letting the running build finish first (with the flag set again, close could not wait)
      session.close();
      Thread.currentThread().interrupt();
    } finally {
      session.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running already.
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Prints each build as the other commands print a run: its findings on standard output in the
   * text format, a line about the build, and last the summary line of the files it validated.
   * Problems with the tools themselves (stylesheets that do not compile) go to standard error.
   */
  private static final class Terminal implements ServeSession.Listener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private boolean first = true;

    Terminal(PrintWriter out, PrintWriter err, boolean quiet) {
      this.out = out;
      this.err = err;
      this.quiet = quiet;
    }

    @Override
    public synchronized void built(Rebuild r) {
      for (String problem : r.problems()) {
        err.println("teikit: " + problem);
      }
      err.flush();
      Report report = new Report(r.validated(), r.findings());
      SummaryPrinter printer = new SummaryPrinter(out);
      printer.findings(report, d -> !quiet || d.isError());
      if (!quiet) {
        out.println(summary(r));
      }
      printer.summary(report);
      first = false;
    }

    private String summary(Rebuild r) {
      if (!r.editions().isEmpty()) {
        String what = r.editions().size() == 1 ? r.editions().get(0) : Catalogue.text("serve.editions", r.editions().size());
        String counts = Catalogue.text("serve.counts", Report.plural(r.documents(), "document"),
            Report.plural(r.validated().size(), "file"), Report.plural(r.errors(), "error"));
        return Catalogue.text(first ? "serve.built" : "serve.rebuilt", what, r.took().toMillis(), counts);
      }
      if (!r.validated().isEmpty()) {
        return Catalogue.text("serve.validated", r.validated().size(), r.took().toMillis(), r.errors());
      }
      if (!r.problems().isEmpty()) {
        return Catalogue.text("serve.nothing-rebuilt");
      }
      if (first) {
        return Catalogue.text("serve.empty-site");
      }
      return Catalogue.text("serve.assets-copied", r.took().toMillis());
    }

    @Override
    public synchronized void failed(Exception e) {
      err.println(Catalogue.text("serve.rebuild-failed", e.getMessage()));
      err.flush();
    }
  }
}
