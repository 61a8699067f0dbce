package org.teikit.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.fo.FOTreeBuilder;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFSerializer;
import org.teikit.diagnostic.Diagnostic;

/**
 * FOP's three uses here: a measuring layout (the pages of the mention anchors, nothing written),
 * a layout to PDF, and a layout to FOP's intermediate format (IF: positioned text, not yet PDF),
 * from which {@link PartJoiner} makes one PDF of several parts. Thread-safe.
 */
final class FopLayout {
  private final Processor processor;
  private final PdfOptions options;
  private final FontSet fonts;

  /** A part laid out to IF: its bytes, its page count and the pages of its mentions. */
  record Laid(byte[] intermediate, int pages, MentionPages mentions) {}

  /**
   * Held while a layout is set up: its user agent, its output's configurator and newFop read the
   * factory's configuration, a Xerces DOM, and reading a Xerces DOM is not thread-safe (a read
   * moves the node list's cache: serve's PDF failed once in CI with "Cannot assign field
   * fChildIndex because this.fNodeListCache is null" while another layout started). Set-ups take
   * turns (the warm-up's and the part joiner's too); the layouts themselves run at once.
   */
  static final Object CONFIGURATION = new Object();

  FopLayout(Processor processor, PdfOptions options, FontSet fonts) {
    this.processor = processor;
    this.fonts = fonts;
    this.options = options;
  }

  /** Lays {@code fo} out and returns the pages its mention anchors fall on. */
  MentionPages measure(XdmNode fo, FopFactory factory, LocalDate date, Path blame)
      throws FOPException, SaxonApiException {
    // untagged: the structure tree adds nothing to the layout and would hide the area tree handler
    Fop fop;
    synchronized (CONFIGURATION) {
      FOUserAgent agent = agent(factory, date, new ArrayList<>(), blame, false);
      fop = factory.newFop(MimeConstants.MIME_PDF, agent, OutputStream.nullOutputStream());
    }
    FOTreeBuilder tree = (FOTreeBuilder) fop.getDefaultHandler();
    processor.writeXdmValue(fo, new SAXDestination(toFop(fo, tree)));
    if (tree.getEventHandler() instanceof AreaTreeHandler area) {
      return MentionPages.measured(area, MentionPages.anchors(fo));
    }
    return MentionPages.none();
  }

  /** Sets {@code fo} as a PDF into {@code out}; returns the page count. */
  int pdf(XdmNode fo, FopFactory factory, LocalDate date, OutputStream out, List<Diagnostic> diagnostics,
      Path blame) throws FOPException, SaxonApiException {
    Fop fop;
    synchronized (CONFIGURATION) {
      FOUserAgent agent = agent(factory, date, diagnostics, blame, tagged());
      agent.setDocumentHandlerOverride(MarginLabels.pdf(agent));
      fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
    }
    processor.writeXdmValue(fo, new SAXDestination(toFop(fo, fop.getDefaultHandler())));
    return fop.getResults() == null ? 0 : fop.getResults().getPageCount();
  }

  /** Lays {@code fo} out to IF, as the PDF output would set it, measuring its mentions on the way. */
  Laid intermediate(XdmNode fo, FopFactory factory, LocalDate date, List<Diagnostic> diagnostics, Path blame)
      throws FOPException, SaxonApiException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
    Fop fop;
    synchronized (CONFIGURATION) {
      FOUserAgent agent = agent(factory, date, diagnostics, blame, tagged());
      IFSerializer serializer = new IFSerializer(new IFContext(agent));
      serializer.mimicDocumentHandler(MarginLabels.plainPdf(agent)); // the PDF output's fonts and metrics
      // the labels move as the IF is written, so that joining the parts is a plain copy to PDF
      agent.setDocumentHandlerOverride(MarginLabels.around(serializer));
      fop = factory.newFop(MimeConstants.MIME_FOP_IF, agent, out);
    }
    processor.writeXdmValue(fo, new SAXDestination(toFop(fo, fop.getDefaultHandler())));
    int pages = fop.getResults() == null ? 0 : fop.getResults().getPageCount();
    // the XMP in the IF header carries the clock's time, which would make equal parts differ
    byte[] intermediate = bindFoPrefix(Reproducible.fixHeaderClockDates(out.toByteArray()));
    // reading a large IF back costs: only when the part has mentions to measure
    MentionPages mentions = MentionPages.anchors(fo).isEmpty() ? MentionPages.none()
        : MentionPages.fromIntermediate(intermediate);
    return new Laid(intermediate, pages, mentions);
  }

  /**
   * FOP 2.11 writes the structure tree of a tagged layout into IF with elements named {@code fo:…}
   * but never declares that prefix, so the IF is not namespace-well-formed and no parser (FOP's
   * own included) reads it back. This declares it on the root element.
   */
  static byte[] bindFoPrefix(byte[] intermediate) {
    String head = new String(intermediate, 0, Math.min(intermediate.length, 512), StandardCharsets.ISO_8859_1);
    int root = head.indexOf("<document ");
    if (root < 0 || head.contains("xmlns:fo=")) {
      return intermediate;
    }
    byte[] declaration = " xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"".getBytes(StandardCharsets.US_ASCII);
    int at = root + "<document".length();
    byte[] fixed = new byte[intermediate.length + declaration.length];
    System.arraycopy(intermediate, 0, fixed, 0, at);
    System.arraycopy(declaration, 0, fixed, at, declaration.length);
    System.arraycopy(intermediate, at, fixed, at + declaration.length, intermediate.length - at);
    return fixed;
  }

  /** Whether the PDFs are tagged (a structure tree for screen readers). */
  boolean tagged() {
    return options.tagged() || options.pdfa();
  }

  /** A user agent with the book's date, teikit as producer, and FOP's events as diagnostics. */
  FOUserAgent agent(FopFactory factory, LocalDate date, List<Diagnostic> diagnostics, Path blame, boolean tagged) {
    FOUserAgent agent;
    synchronized (CONFIGURATION) {
      agent = factory.newFOUserAgent();
    }
    agent.setCreationDate(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    agent.setProducer("teikit");
    agent.setCreator("teikit");
    agent.setAccessibility(tagged);
    if (options.pdfa()) {
      agent.getRendererOptions().put("pdf-a-mode", "PDF/A-3b");
    }
    agent.getEventBroadcaster().addEventListener(new FopEvents(diagnostics, blame));
    return agent;
  }

  /** FOP's FO tree builder, given the FO as the stylesheet made it with hyphenation on and rare characters in their fonts. */
  private org.xml.sax.ContentHandler toFop(XdmNode fo, org.xml.sax.ContentHandler fop) {
    return Hyphenation.on(SupplementaryRuns.on(fop, fonts), processor, fo);
  }
}
