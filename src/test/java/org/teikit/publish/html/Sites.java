package org.teikit.publish.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.Shared;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/** Builds sites for tests and reads their pages back, all through one {@link XmlContext}. */
final class Sites {
  static final Path CORPORA = Shared.path("corpora");

  private Sites() {}

  static XmlContext context(Path root) {
    return XmlContext.create(List.of(), List.of(root.toAbsolutePath()));
  }

  /** Publishes what {@code paths} name into {@code out}, like {@code teikit html}. */
  static HtmlResult publish(Path out, int jobs, Path... paths) throws IOException {
    List<Edition> editions = Editions.find(List.of(paths));
    boolean collection = editions.size() > 1;
    for (Path p : paths) {
      collection |= java.nio.file.Files.isDirectory(p) && Editions.isCollection(p);
    }
    HtmlPublisher publisher = new HtmlPublisher(context(paths[0]),
        new HtmlOptions(jobs, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD));
    return publisher.publish(editions, out, collection);
  }

  /** Publishes as {@link #publish} does with two jobs, and fails the test if that found a problem. */
  static void publishWell(Path out, Path... paths) throws IOException {
    HtmlResult result = publish(out, 2, paths);
    org.junit.jupiter.api.Assertions.assertTrue(problems(result).isEmpty(), () -> result.diagnostics().toString());
  }

  /**
   * The findings of a publication that are errors or warnings: info (what it does not render) left
   * out, and so are the warnings for images missing beside a document, which the corpora here come
   * without (FRUS's figures, I.Sicily's photographs): for them a warning is the expected outcome.
   */
  static List<org.teikit.diagnostic.Diagnostic> problems(HtmlResult result) {
    return result.diagnostics().stream()
        .filter(d -> d.severity() != org.teikit.diagnostic.Severity.INFO)
        .filter(d -> !isMissingImage(d)).toList();
  }

  /** A warning that an image a document names is not a file beside it (FiguresTest checks its wording). */
  static boolean isMissingImage(org.teikit.diagnostic.Diagnostic d) {
    return d.severity() == org.teikit.diagnostic.Severity.WARNING && "image".equals(d.code())
        && d.message().contains("is not a file in the document's folder");
  }

  /** A copy of a tree as a W3C DOM (for XMLUnit), made by Saxon: nothing is parsed again. */
  static org.w3c.dom.Document dom(XmlContext xml, XdmNode node) {
    try {
      javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      org.w3c.dom.Document doc = factory.newDocumentBuilder().newDocument();
      xml.processor().writeXdmValue(node, new net.sf.saxon.s9api.DOMDestination(doc));
      return doc;
    } catch (javax.xml.parsers.ParserConfigurationException | SaxonApiException e) {
      throw new AssertionError(e);
    }
  }

  /** A generated page (XHTML syntax) as a tree; fails the test if it is not well-formed. */
  static XdmNode read(XmlContext xml, Path page) {
    DocumentBuilder builder = xml.processor().newDocumentBuilder();
    try {
      return builder.build(xml.source(page.toUri()));
    } catch (SaxonApiException e) {
      throw new AssertionError("not well-formed: " + page + ": " + e.getMessage(), e);
    }
  }
}
