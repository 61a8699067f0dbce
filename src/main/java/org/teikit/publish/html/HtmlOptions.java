package org.teikit.publish.html;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build a web edition.
 *
 * @param jobs documents rendered at once (at least 1)
 * @param baseUrl the public URL the site will live at, ending in '/', for permanent links; empty
 *     when unknown (links are then relative)
 * @param splitThreshold documents with more characters of text than this are split into pages
 * @param previous a site teikit wrote earlier (usually the output folder itself): a document
 *     whose inputs are unchanged since then is taken from the store beside it
 *     ({@link org.teikit.store.Store#beside}) instead of being rendered again.
 *     Empty by default (everything is rendered); a folder that is missing, foreign or corrupt
 *     is ignored.
 * @param replaceUnmarked the output folder may be replaced even if teikit did not make it
 *     ({@code --force-output}; see {@link org.teikit.publish.OutputFolder})
 */
public record HtmlOptions(int jobs, String baseUrl, int splitThreshold, Optional<Path> previous,
    boolean replaceUnmarked) {
  public static final int DEFAULT_SPLIT_THRESHOLD = 150_000;

  public HtmlOptions {
    jobs = Math.max(1, jobs);
    baseUrl = baseUrl == null ? "" : baseUrl;
    previous = Objects.requireNonNullElse(previous, Optional.empty());
  }

  public HtmlOptions(int jobs, String baseUrl, int splitThreshold) {
    this(jobs, baseUrl, splitThreshold, Optional.empty(), false);
  }

  public static HtmlOptions defaults() {
    return new HtmlOptions(Runtime.getRuntime().availableProcessors(), "", DEFAULT_SPLIT_THRESHOLD);
  }

  /** These options, taking unchanged documents from the site in {@code site}. */
  public HtmlOptions withPrevious(Path site) {
    return new HtmlOptions(jobs, baseUrl, splitThreshold, Optional.of(site), replaceUnmarked);
  }

  /** These options, allowing (or not) to replace an output folder teikit did not make. */
  public HtmlOptions withOutputReplaced(boolean value) {
    return new HtmlOptions(jobs, baseUrl, splitThreshold, previous, value);
  }

  /** The options that change what a document's pages look like (not jobs, not previous). */
  String renderingKey() {
    return "base-url=" + baseUrl + "\nsplit-threshold=" + splitThreshold;
  }
}
