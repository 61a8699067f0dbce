package org.teikit.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.UsageException;

/**
 * How to serve.
 *
 * @param port the port on 127.0.0.1; 0 takes any free port (tests)
 * @param output where the web edition is built and served from (default target/serve/html)
 * @param pdfOutput where PDFs asked for from a page are built (default target/serve/pdf)
 * @param jobs documents rendered or validated at once
 * @param stylesheets a working copy of teikit's {@code xslt/} folder to build with and watch,
 *     instead of the stylesheets inside teikit; empty to use the built-in ones
 * @param schemas a {@code schema/} folder to watch: documents that point at it through xml-model
 *     are validated again when it changes
 * @param quiet how long file events must pause before a rebuild starts (an editor's save is a
 *     burst of events)
 * @param replaceUnmarked the output folders may be replaced even if teikit did not make them
 *     ({@code --force-output})
 */
public record ServeOptions(
    int port,
    Path output,
    Path pdfOutput,
    int jobs,
    Optional<Path> stylesheets,
    Optional<Path> schemas,
    Duration quiet,
    boolean replaceUnmarked) {
  public static final int DEFAULT_PORT = 8000;
  public static final Duration DEFAULT_QUIET = Duration.ofMillis(150);

  public ServeOptions {
    if (port < 0 || port > 65535) {
      throw new UsageException(Catalogue.text("serve.port-out-of-range", port));
    }
    output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
    pdfOutput = Objects.requireNonNull(pdfOutput, "pdfOutput").toAbsolutePath().normalize();
    jobs = Math.max(1, jobs);
    stylesheets = stylesheets.map(p -> p.toAbsolutePath().normalize());
    schemas = schemas.map(p -> p.toAbsolutePath().normalize());
    Objects.requireNonNull(quiet, "quiet");
  }

  /** Port 8000, output under target/serve/, built-in stylesheets, nothing extra watched. */
  public static ServeOptions defaults() {
    return new ServeOptions(DEFAULT_PORT, Path.of("target/serve/html"), Path.of("target/serve/pdf"),
        Runtime.getRuntime().availableProcessors(), Optional.empty(), Optional.empty(), DEFAULT_QUIET, false);
  }

  public ServeOptions withPort(int value) {
    return new ServeOptions(value, output, pdfOutput, jobs, stylesheets, schemas, quiet, replaceUnmarked);
  }

  public ServeOptions withOutput(Path html, Path pdf) {
    return new ServeOptions(port, html, pdf, jobs, stylesheets, schemas, quiet, replaceUnmarked);
  }

  public ServeOptions withJobs(int value) {
    return new ServeOptions(port, output, pdfOutput, value, stylesheets, schemas, quiet, replaceUnmarked);
  }

  public ServeOptions withStylesheets(Path xsltFolder) {
    return new ServeOptions(port, output, pdfOutput, jobs, Optional.of(xsltFolder), schemas, quiet, replaceUnmarked);
  }

  public ServeOptions withSchemas(Path schemaFolder) {
    return new ServeOptions(port, output, pdfOutput, jobs, stylesheets, Optional.of(schemaFolder), quiet, replaceUnmarked);
  }

  public ServeOptions withOutputReplaced(boolean value) {
    return new ServeOptions(port, output, pdfOutput, jobs, stylesheets, schemas, quiet, value);
  }
}
