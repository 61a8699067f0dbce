package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.TextReporter;
import org.teikit.diagnostic.UsageException;
import org.teikit.diff.Comparison;
import org.teikit.diff.DiffHtml;
import org.teikit.diff.DiffReport;
import org.teikit.diff.FileDiff;
import org.teikit.diff.GitRevision;
import org.teikit.work.Pool;
import org.teikit.xml.UnreadableDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teikit diff}: a thin shell over {@link Comparison} and {@link DiffReport}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {
      "What a revision changed: the words of the text (added, removed, replaced) apart from the "
          + "markup (elements added around words, removed or moved; attributes added, removed or changed).",
      "Compares two files, two folders (files paired by relative path), or with --git REV the working "
          + "files against their version at a git revision. Whitespace between words, attribute order, "
          + "namespace prefixes and comments are not compared."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:compared (with --text-preserved: the words of the text are unchanged)",
      "1:--text-preserved and the words changed, or a document cannot be read",
      "2:usage or I/O problem"})
public final class DiffCommand implements Callable<Integer> {
  /** The formats of {@code --format}. */
  enum Format { TEXT, JSON, HTML }

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "OLD NEW (two files or two folders); with --git, the files or folders to compare (default: .).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--git", paramLabel = "REV",
      description = "Compare the working files with their version at this git revision (a commit, branch or tag).")
  String revision;

  @Option(names = "--text-preserved",
      description = "Exit 1 if the words of the text changed (each change is an error); markup may change.")
  boolean textPreserved;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Report format: text, json, html (default: ${DEFAULT-VALUE}); html needs -o.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (format == Format.HTML && output == null) {
      throw new UsageException(Catalogue.text("diff.output-needed"));
    }
    ReportFile.refuseOverSources(output, paths.isEmpty() ? List.of(Path.of(".")) : paths,
        "diff.report-is-a-source", "diff.report-would-be-a-source");
    List<FileDiff> files;
    try (Pool pool = Pool.of(common.jobs())) {
      files = compare(new Comparison(pool));
    } catch (UnreadableDocument unreadable) {
      return unreadable(unreadable.diagnostic());
    }
    DiffReport report = new DiffReport(files, textPreserved);
    write(report);
    return report.errors() > 0 ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private List<FileDiff> compare(Comparison comparison) throws IOException {
    Path here = Path.of("").toAbsolutePath();
    if (revision != null) {
      return comparison.compare(new GitRevision(revision, here), paths.isEmpty() ? List.of(Path.of(".")) : paths, here);
    }
    if (paths.size() != 2) {
      throw new UsageException(Catalogue.text("diff.arguments"));
    }
    return comparison.compare(paths.get(0), paths.get(1));
  }

  /** A document that cannot be read: its place and the parser's words on standard error, exit 1. */
  private int unreadable(Diagnostic d) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("teikit: " + TextReporter.line(d, Path.of("").toAbsolutePath()));
    err.flush();
    return ExitCodes.INVALID;
  }

  private void write(DiffReport report) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
      if (format == Format.JSON) {
        report.writeJson(out);
      } else {
        report.writeText(out, colour, common.quiet());
      }
      out.flush();
      return;
    }
    try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      switch (format) {
        case TEXT -> report.writeText(writer, false, false);
        case JSON -> report.writeJson(writer);
        case HTML -> DiffHtml.write(report, writer);
      }
    }
    if (!common.quiet()) {
      out.println(report.counts());
    }
    out.println(report.summary());
    out.flush();
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
  }
}
