package org.teikit.serve;

import java.nio.file.Path;
import java.util.function.Function;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.publish.html.HtmlStylesheets;
import org.teikit.publish.html.PublishException;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.XmlContext;
import org.teikit.work.Pool;

/**
 * The web stylesheets as serve uses them: compiled once (and again only when they change), shared
 * by two publishers. One renders every document (the first build, and after the stylesheets
 * changed: pages made by other stylesheets must not be reused, and a working copy's changes do not
 * show in teikit's own identity, which the reuse keys carry); the other takes the documents that
 * did not change from the site it serves (every save).
 */
final class SitePublishers {
  private final XmlContext xml;
  private final DocumentTrees trees;
  private final HtmlOptions options;
  private final Path site;
  /** The session's threads, on which both publishers work. */
  private final Pool pool;
  /** How the stylesheets are compiled; a test counts the compiles through it. */
  private final Function<XmlContext, HtmlStylesheets> compiler;
  private HtmlPublisher everything;
  private HtmlPublisher changed;

  /** @throws PublishException when the stylesheets do not compile */
  SitePublishers(XmlContext xml, DocumentTrees trees, ServeOptions serve, Pool pool) {
    this(xml, trees, serve, pool, HtmlStylesheets::compile);
  }

  SitePublishers(XmlContext xml, DocumentTrees trees, ServeOptions serve, Pool pool,
      Function<XmlContext, HtmlStylesheets> compiler) {
    this.xml = xml;
    this.pool = pool;
    this.trees = trees;
    this.options = new HtmlOptions(serve.jobs(), "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD)
        .withOutputReplaced(serve.replaceUnmarked());
    this.site = serve.output();
    this.compiler = compiler;
    recompile();
  }

  /**
   * Compiles the stylesheets again, once for both publishers; until they compile, the last good
   * ones stay in use.
   *
   * @throws PublishException when they do not compile
   */
  void recompile() {
    HtmlStylesheets compiled = compiler.apply(xml);
    everything = HtmlPublisher.using(compiled, xml, trees, options, pool);
    changed = HtmlPublisher.using(compiled, xml, trees, options.withPrevious(site), pool);
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
