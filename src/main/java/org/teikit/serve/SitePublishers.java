package org.teikit.serve;

import java.nio.file.Path;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.publish.html.PublishException;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.XmlContext;
import org.teikit.work.Pool;

/**
 * The web stylesheets as serve uses them, compiled twice from the same files: one publisher
 * renders every document (the first build, and after the stylesheets changed: pages made by other
 * stylesheets must not be reused, and a working copy's changes do not show in teikit's own
 * identity, which the reuse keys carry); the other takes the documents that did not change from
 * the site it serves (every save). The second compiles in the background.
 */
final class SitePublishers {
  private final XmlContext xml;
  private final DocumentTrees trees;
  private final HtmlOptions options;
  private final Path site;
  /** The session's threads, on which both publishers work. */
  private final Pool pool;
  private HtmlPublisher everything;
  private HtmlPublisher changed;

  /** @throws PublishException when the stylesheets do not compile */
  SitePublishers(XmlContext xml, DocumentTrees trees, ServeOptions serve, Pool pool) {
    this.xml = xml;
    this.pool = pool;
    this.trees = trees;
    this.options = new HtmlOptions(serve.jobs(), "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD)
        .withOutputReplaced(serve.replaceUnmarked());
    Path site = serve.output();
    this.site = site;
    recompile();
  }

  /**
   * Compiles the stylesheets again; until they compile, the last good ones stay in use.
   *
   * @throws PublishException when they do not compile
   */
  void recompile() {
    HtmlPublisher all = new HtmlPublisher(xml, trees, options, pool);
    changed = HtmlPublisher.compilingInBackground(xml, trees, options.withPrevious(site), pool);
    everything = all;
  }

  /** Renders every document. */
  HtmlPublisher everything() {
    return everything;
  }

  /** Renders only the documents whose pages in the served site are out of date. */
  HtmlPublisher changed() {
    return changed;
  }
}
