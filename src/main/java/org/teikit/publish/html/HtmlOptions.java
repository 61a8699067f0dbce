package org.teikit.publish.html;

/**
 * How to build a web edition.
 *
 * @param jobs documents rendered at once (at least 1)
 * @param baseUrl the public URL the site will live at, ending in '/', for permanent links; empty
 *     when unknown (links are then relative)
 * @param splitThreshold documents with more characters of text than this are split into pages
 */
public record HtmlOptions(int jobs, String baseUrl, int splitThreshold) {
  public static final int DEFAULT_SPLIT_THRESHOLD = 150_000;

  public HtmlOptions {
    jobs = Math.max(1, jobs);
    baseUrl = baseUrl == null ? "" : baseUrl;
  }

  public static HtmlOptions defaults() {
    return new HtmlOptions(Runtime.getRuntime().availableProcessors(), "", DEFAULT_SPLIT_THRESHOLD);
  }
}
