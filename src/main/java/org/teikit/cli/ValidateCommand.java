package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Report;
import org.teikit.diagnostic.ReportFormat;
import org.teikit.diagnostic.UsageException;
import org.teikit.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teikit validate}: a thin shell over {@link Validator}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
      "Check TEI documents: well-formedness, RELAX NG, W3C XML Schema, ISO Schematron (also the "
          + "rules embedded in RELAX NG) and reference integrity.",
      "Schemas: --schema wins; otherwise the document's xml-model instructions; otherwise "
          + "teikit's edition schema."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:no errors", "1:the documents have errors", "2:usage or I/O problem"})
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files, or folders searched recursively for *.xml (default: editions).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--schema", paramLabel = "FILE",
      description = "Schema for every document (.rng .rnc .xsd .sch); repeatable; overrides xml-model.")
  List<Path> schemas = new ArrayList<>();

  @Option(names = "--catalog", paramLabel = "FILE", description = "OASIS XML catalog; repeatable.")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Report format: text, json, junit, sarif (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  @Override
  public Integer call() throws IOException {
    refuseRemote(schemas, "schema");
    refuseRemote(catalogs, "catalog");
    for (Path file : concat(schemas, catalogs)) {
      if (!Files.isRegularFile(file)) {
        throw new java.nio.file.NoSuchFileException(file.toString());
      }
    }
    Validator.Builder builder = Validator.builder().jobs(common.jobs());
    schemas.forEach(builder::schema);
    catalogs.forEach(builder::catalog);
    List<Path> targets = paths.isEmpty() ? List.of(Path.of("editions")) : paths;
    ReportFile.refuseOverSources(output, targets, "validate.report-is-a-source", "validate.report-would-be-a-source");
    Report report = builder.build().validate(targets);
    write(report);
    return report.hasErrors() ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private void write(Report report) throws IOException {
    Path base = Path.of("").toAbsolutePath();
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      format.reporter().write(report, base, out);
      out.flush();
      return;
    }
    try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      format.reporter().write(report, base, writer);
    }
    if (!common.quiet()) {
      new SummaryPrinter(spec.commandLine().getOut()).summary(report);
    }
  }

  /** A URL given for a file: picocli made it a path ("http:/host/x.rng"), which is never fetched. */
  private static void refuseRemote(List<Path> files, String what) {
    for (Path file : files) {
      String named = file.toString();
      if (named.matches("(?i)(https?|ftp):.*")) {
        throw new UsageException(Catalogue.text("validate.remote-file", what, named.replaceFirst(":/(?!/)", "://")));
      }
    }
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    }
  }
}
