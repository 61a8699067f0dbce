package org.teikit.publish.pdf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a PDF run is asked to do.
 *
 * @param layout sequential (default) or parallel columns
 * @param pdfa write PDF/A-3b with the TEI sources attached
 * @param fontDirs folders of extra TrueType/OpenType fonts for scripts the bundled fonts lack
 * @param jobs documents rendered at once
 * @param buildDate the date printed on the title page and stored as the PDF's creation date; when
 *     empty it is derived from the edition (see {@link BuildDate}) so that output is reproducible
 * @param tagged write a tagged PDF (structure tree, document language); on by default
 * @param facsimiles print each document's page images as plates after it; off by default
 * @param previous a folder of PDFs teikit wrote earlier (for a collection, with a folder per
 *     edition); a book whose inputs are unchanged since then is copied from there, not rendered.
 *     Empty by default: everything is rendered
 * @param apparatus how the apparatus is keyed to the text: by line numbers or by note marks
 * @param facsimiles the page images (facsimile/surface/graphic) as plates after each document
 */
public record PdfOptions(
    Layout layout,
    boolean pdfa,
    List<Path> fontDirs,
    int jobs,
    Optional<LocalDate> buildDate,
    boolean tagged,
    Optional<Path> previous,
    ApparatusKeying apparatus,
    boolean facsimiles) {

  public PdfOptions {
    Objects.requireNonNull(layout, "layout");
    fontDirs = List.copyOf(fontDirs);
    jobs = Math.max(1, jobs);
    Objects.requireNonNull(buildDate, "buildDate");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(apparatus, "apparatus");
  }

  /** Sequential layout, no PDF/A, bundled fonts only, one job per core, tagged, apparatus keyed as fits. */
  public static PdfOptions defaults() {
    return new PdfOptions(Layout.SEQUENTIAL, false, List.of(),
        Runtime.getRuntime().availableProcessors(), Optional.empty(), true, Optional.empty(),
        ApparatusKeying.AUTO, false);
  }

  public PdfOptions withLayout(Layout value) {
    return new PdfOptions(value, pdfa, fontDirs, jobs, buildDate, tagged, previous, apparatus, facsimiles);
  }

  public PdfOptions withPdfa(boolean value) {
    return new PdfOptions(layout, value, fontDirs, jobs, buildDate, tagged, previous, apparatus, facsimiles);
  }

  public PdfOptions withFontDirs(List<Path> value) {
    return new PdfOptions(layout, pdfa, value, jobs, buildDate, tagged, previous, apparatus, facsimiles);
  }

  public PdfOptions withJobs(int value) {
    return new PdfOptions(layout, pdfa, fontDirs, value, buildDate, tagged, previous, apparatus, facsimiles);
  }

  public PdfOptions withBuildDate(LocalDate value) {
    return new PdfOptions(layout, pdfa, fontDirs, jobs, Optional.of(value), tagged, previous, apparatus, facsimiles);
  }

  /** Reuse the unchanged books of the output an earlier run wrote into {@code folder}. */
  public PdfOptions withPrevious(Path folder) {
    return new PdfOptions(layout, pdfa, fontDirs, jobs, buildDate, tagged, Optional.of(folder), apparatus, facsimiles);
  }

  public PdfOptions withApparatus(ApparatusKeying value) {
    return new PdfOptions(layout, pdfa, fontDirs, jobs, buildDate, tagged, previous, value, facsimiles);
  }

  /** With the page images (facsimile/surface/graphic) as plates after each document ({@code --facsimiles}). */
  public PdfOptions withFacsimiles(boolean value) {
    return new PdfOptions(layout, pdfa, fontDirs, jobs, buildDate, tagged, previous, apparatus, value);
  }
}
