package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;
import org.teikit.edition.Edition;
import org.teikit.edition.Selection;
import org.teikit.publish.AtomicDirectory;
import org.teikit.store.Store;
import org.teikit.publish.OutputFolder;
import org.teikit.publish.WriteFailures;
import org.teikit.publish.pdf.ApparatusKeying;
import org.teikit.publish.pdf.Layout;
import org.teikit.publish.pdf.PdfOptions;
import org.teikit.publish.pdf.PdfRenderer;
import org.teikit.xml.XmlContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teikit pdf}: a thin shell over {@link PdfRenderer}. */
@Command(name = "pdf", mixinStandardHelpOptions = true,
    description = {
      "Print edition: one PDF for each edition (title page, contents, introduction, documents, "
          + "index) and one per document, with notes and apparatus as footnotes.",
      "Fonts (DejaVu and Noto Serif: Latin, Greek, Cyrillic; Noto Sans Symbols2: Greek numerals, ancient "
          + "symbols) come with teikit and are embedded; a character no "
          + "font covers is an error, never a \"#\". The title-page date is SOURCE_DATE_EPOCH, else "
          + "the edition's latest recorded date, so the same input gives the same bytes."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:all PDFs written", "1:the documents have errors (e.g. a missing glyph)",
        "2:usage or I/O problem"})
public final class PdfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin ForceOutputOption replace;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Edition folders, collections of them, or single documents (default: editions).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/edition/pdf",
      description = "Output folder (default: ${DEFAULT-VALUE}); a collection gets DIR/<edition>/ per edition. "
          + "Replaced as a whole: it must lie apart from the sources and be new, empty or made by teikit.")
  Path output;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "sequential",
      converter = LayoutConverter.class,
      description = "sequential (original, then translation) or parallel (facing columns); "
          + "default: ${DEFAULT-VALUE}.")
  Layout layout;

  @Option(names = "--apparatus", paramLabel = "KEYING", defaultValue = "auto",
      converter = ApparatusConverter.class,
      description = "lines (entries keyed to line numbers, no marks in the text), marks (a footnote "
          + "and mark per entry) or auto (lines where the text has an apparatus and numbered lines); "
          + "default: ${DEFAULT-VALUE}.")
  ApparatusKeying apparatus;

  @Option(names = "--pdfa", description = "PDF/A-3b, with the TEI sources attached.")
  boolean pdfa;

  @Option(names = "--fonts", paramLabel = "DIR",
      description = "A folder of extra .ttf/.otf fonts for scripts the bundled fonts lack; repeatable.")
  List<Path> fonts = new ArrayList<>();

  @Option(names = "--facsimiles", description = "Print each document's page images (facsimile) as plates after it, or with --layout parallel each facing its page's text.")
  boolean facsimiles;

  @Option(names = "--clean",
      description = "Render every PDF; without it, a PDF whose sources, options and teikit are unchanged "
          + "since the last run into DIR is copied from there.")
  boolean clean;

  @Override
  public Integer call() throws IOException {
    Selection selection = Selection.of(paths);
    OutputFolder.check(output, selection.inputs(), replace.forceOutput());
    List<Edition> editions = selection.editions();
    boolean perEdition = selection.collection();
    PdfOptions options = PdfOptions.defaults().withLayout(layout).withPdfa(pdfa).withFontDirs(fonts)
        .withJobs(common.jobs()).withFacsimiles(facsimiles).withApparatus(apparatus);
    if (!clean) {
      options = options.withPrevious(output);
    }
    PdfRenderer renderer = new PdfRenderer(XmlContext.create(List.of(), selection.roots()), options);
    PrintWriter out = spec.commandLine().getOut();
    List<Diagnostic> diagnostics = new ArrayList<>();
    int pages = 0;
    int written = 0;
    int reused = 0;
    List<Path> notPrinted = new ArrayList<>();
    try (AtomicDirectory dir = AtomicDirectory.create(output, replace.forceOutput())) {
      Optional<Path> records = Store.claim(Store.beside(output));
      for (Edition edition : editions) {
        Path into = perEdition ? dir.path().resolve(edition.name()) : dir.path();
        PdfRenderer.Result result = renderer.render(edition, into,
            records.map(r -> perEdition ? r.resolve(edition.name()) : r));
        diagnostics.addAll(result.diagnostics());
        pages += result.pages();
        written += result.written().size();
        reused += result.reused().size();
        notPrinted.addAll(result.notPrinted());
      }
      dir.commit();
    } catch (IOException | RuntimeException e) {
      WriteFailures.explain(e, output);
      throw e;
    }
    Report report = new Report(SummaryPrinter.files(editions), diagnostics);
    SummaryPrinter printer = new SummaryPrinter(out);
    printer.findings(report);
    if (!common.quiet()) {
      String where = display(output, Path.of("").toAbsolutePath());
      out.println(reused == 0 ? Catalogue.text("pdf.written", written, pages, where)
          : Catalogue.text("pdf.written-some-copied", written, reused, pages, where));
      printer.notPrinted(notPrinted);
    }
    printer.summary(report);
    return report.hasErrors() ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private static String display(Path p, Path base) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
  }

  /** Accepts an option's value names in any case; a name not among them is refused with {@code message}. */
  abstract static class NameConverter<E extends Enum<E>> implements picocli.CommandLine.ITypeConverter<E> {
    private final Class<E> type;
    private final String message;

    NameConverter(Class<E> type, String message) {
      this.type = type;
      this.message = message;
    }

    @Override
    public E convert(String value) {
      try {
        return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(Catalogue.text(message, value));
      }
    }
  }

  /** Accepts the layout names in any case. */
  static final class LayoutConverter extends NameConverter<Layout> {
    LayoutConverter() {
      super(Layout.class, "pdf.unknown-layout");
    }
  }

  /** Accepts the apparatus keyings in any case. */
  static final class ApparatusConverter extends NameConverter<ApparatusKeying> {
    ApparatusConverter() {
      super(ApparatusKeying.class, "pdf.unknown-apparatus");
    }
  }
}
