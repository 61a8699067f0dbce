package org.teikit.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.TextReporter;
import org.teikit.edition.Edition;
import org.teikit.edition.OutputMarker;
import org.teikit.pipeline.Pipeline;
import org.teikit.publish.AtomicDirectory;
import org.teikit.publish.pdf.PdfOptions;
import org.teikit.publish.pdf.PdfRenderer;
import org.teikit.store.SourceDigests;
import org.teikit.store.Store;

/**
 * The print edition as serve makes it: an edition's PDF is set when a reader follows its link,
 * not on every save (a book takes seconds to minutes), and kept until its edition or the print
 * stylesheets change. One is set at a time, into a folder swapped in whole, by the session's
 * pipeline.
 */
final class PdfOnRequest {
  private final Pipeline pipeline;
  private final ServeOptions options;
  private final Path base = Path.of("").toAbsolutePath();
  /** Editions (by key) whose PDF on disk no longer shows their sources. */
  private final Set<String> stale = ConcurrentHashMap.newKeySet();
  /** Made when a PDF is first asked for, and again after the print stylesheets change. */
  private PdfRenderer printer;

  PdfOnRequest(Pipeline pipeline, ServeOptions options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  /** The editions' sources changed: their PDFs are set again when next asked for. */
  void sourcesChanged(Collection<String> editions) {
    stale.addAll(editions);
  }

  /** The print stylesheets changed: every PDF is set again, by a stylesheet compiled again. */
  synchronized void stylesheetsChanged(Collection<String> editions) {
    printer = null;
    pipeline.forgetPrint();
    stale.addAll(editions);
  }

  /**
   * The PDF of {@code edition} (its book), set now unless the one on disk is up to date.
   *
   * @param key the edition's folder under the PDF output
   * @throws IOException when it cannot be set; the message says why
   */
  synchronized Path pdf(Edition edition, String key) throws IOException {
    Path folder = options.pdfOutput().resolve(key);
    if (!Files.isDirectory(options.pdfOutput())) {
      OutputMarker.createMarked(options.pdfOutput()); // serve's output, as the site is
    }
    Optional<Path> existing = firstPdf(folder);
    if (existing.isPresent() && !stale.contains(key)) {
      return existing.get();
    }
    if (printer == null) {
      printer = pipeline.print(PdfOptions.defaults().withJobs(options.jobs()), new SourceDigests());
    }
    stale.remove(key);
    boolean done = false;
    try (AtomicDirectory dir = AtomicDirectory.create(folder, options.replaceUnmarked())) {
      PdfRenderer.Result result = printer.render(edition, dir.path(), Store.claim(Store.beside(folder)));
      if (result.written().isEmpty()) {
        throw new IOException(result.diagnostics().isEmpty() ? Catalogue.text("serve.no-pdf")
            : TextReporter.line(result.diagnostics().get(0), base));
      }
      Path book = folder.resolve(dir.path().relativize(result.written().get(0)));
      dir.commit();
      done = true;
      return book;
    } finally {
      if (!done) {
        stale.add(key);
      }
    }
  }

  private static Optional<Path> firstPdf(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().findFirst();
    }
  }
}
