package org.teikit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.UsageException;

/**
 * The file a command writes its report to (validate's and diff's {@code --output}), which is never
 * a source: a report file that is one of the inputs, or an XML file inside an input folder (which
 * the next run would take for a document), is refused.
 */
final class ReportFile {
  private ReportFile() {}

  /**
   * Refuses {@code output} over the {@code inputs}; the messages {@code keyIs} and {@code
   * keyWouldBe} take the report file and the input.
   */
  static void refuseOverSources(Path output, List<Path> inputs, String keyIs, String keyWouldBe) throws IOException {
    if (output == null) {
      return;
    }
    Path report = real(output);
    for (Path target : inputs) {
      Path input = real(target);
      boolean isSource = report.equals(input);
      boolean becomesSource = Files.isDirectory(input) && report.startsWith(input)
          && report.getFileName().toString().endsWith(".xml");
      if (isSource || becomesSource) {
        throw new UsageException(Catalogue.text(isSource ? keyIs : keyWouldBe, output, target));
      }
    }
  }

  /** The path with symbolic links resolved as far as it exists (the report file itself may not). */
  private static Path real(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      return absolute.toRealPath();
    }
    Path parent = absolute.getParent();
    return parent == null ? absolute : real(parent).resolve(absolute.getFileName());
  }
}
