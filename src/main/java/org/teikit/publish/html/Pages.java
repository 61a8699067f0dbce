package org.teikit.publish.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import net.sf.saxon.event.PipelineConfiguration;
import net.sf.saxon.event.Receiver;
import net.sf.saxon.s9api.AbstractDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.serialize.SerializationProperties;
import org.teikit.diagnostic.Catalogue;

/**
 * Where a transformation's pages go: a destination that streams each {@code tk:output}
 * element into its file (see {@link PageStream}), and the rules every page is written by.
 */
final class Pages {
  /** HTML5 in XHTML syntax, as the stylesheets' xsl:output says; no indentation. */
  static final Properties HTML_OUTPUT = htmlOutput();

  private Pages() {}

  /**
   * What a transformation produced: the paths of the pages written (relative to the folder) and
   * the other elements it returned.
   */
  record Written(List<String> pages, List<XdmNode> rest) {}

  /** A transformation that delivers its result to a destination. */
  @FunctionalInterface
  interface Transformation {
    void into(net.sf.saxon.s9api.Destination destination) throws SaxonApiException;
  }

  /**
   * Runs a transformation whose pages go into {@code dir}; returns what it wrote and returned.
   * A transformation that fails leaves no page behind: the pages it had begun are deleted, so
   * that a document that cannot be rendered is left out whole, not published half-written.
   */
  static Written write(Path dir, Transformation transformation) throws SaxonApiException {
    Destination destination = new Destination(dir);
    boolean done = false;
    try {
      transformation.into(destination);
      done = true;
    } finally {
      destination.close();
      if (!done) {
        destination.discard();
      }
    }
    return destination.written();
  }

  /** The file for a page path; a path that would leave the folder is refused. */
  static Path inside(Path dir, String href) throws IOException {
    if (href == null || href.isEmpty() || href.startsWith("/") || href.contains("\\")) {
      throw new IOException(Catalogue.text("html.unsafe-output-path", href));
    }
    Path file = dir.resolve(href).normalize();
    if (!file.startsWith(dir.normalize()) || file.equals(dir.normalize())) {
      throw new IOException(Catalogue.text("html.output-path-outside", href));
    }
    return file;
  }

  private static Properties htmlOutput() {
    Properties p = new Properties();
    p.setProperty("method", "xhtml");
    p.setProperty("html-version", "5");
    p.setProperty("encoding", "UTF-8");
    p.setProperty("omit-xml-declaration", "yes");
    p.setProperty("include-content-type", "no");
    p.setProperty("indent", "no");
    p.setProperty("doctype-system", "about:legacy-compat");
    return p;
  }

  /** The destination of one transformation, writing its pages into a folder. */
  static final class Destination extends AbstractDestination {
    private final Path dir;
    private PageStream stream;

    Destination(Path dir) {
      this.dir = dir;
    }

    @Override
    public Receiver getReceiver(PipelineConfiguration pipe, SerializationProperties params) {
      stream = new PageStream(pipe, dir);
      return stream;
    }

    /** Closes a page a failed transformation left open; harmless after a complete one. */
    @Override
    public void close() {
      if (stream != null) {
        stream.close();
      }
    }

    /** Deletes the pages written so far. */
    void discard() {
      for (String page : written().pages()) {
        try {
          Files.deleteIfExists(inside(dir, page));
        } catch (IOException notThere) {
          // a page that cannot be deleted goes with the temporary site if the build fails
        }
      }
    }

    Written written() {
      return stream == null ? new Written(List.of(), List.of()) : new Written(stream.pages(), stream.rest());
    }
  }
}
