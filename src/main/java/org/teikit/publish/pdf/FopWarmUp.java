package org.teikit.publish.pdf;

import java.io.OutputStream;
import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

/**
 * Sets a one-page book while the stylesheet compiles on the other core: FOP's classes load and
 * initialise and the bundled fonts are read then, not on the first real book's critical path,
 * which shortens a FRUS volume's wall time. Nothing it does is kept but FOP's own caches.
 */
final class FopWarmUp {
  private static final String FO = """
      <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="%s" font-size="10pt" xml:lang="en">
        <fo:layout-master-set>
          <fo:simple-page-master master-name="p" page-width="170mm" page-height="240mm" margin="12mm">
            <fo:region-body margin-top="12mm"/><fo:region-before extent="8mm"/>
          </fo:simple-page-master>
        </fo:layout-master-set>
        <fo:page-sequence master-reference="p" language="en">
          <fo:static-content flow-name="xsl-region-before">
            <fo:block text-align-last="justify" font-style="italic">Head<fo:leader/><fo:page-number/></fo:block>
          </fo:static-content>
          <fo:static-content flow-name="xsl-footnote-separator"><fo:block border-top="0.5pt solid black"/></fo:static-content>
          <fo:flow flow-name="xsl-region-body">
            <fo:block id="a" font-size="14pt" font-weight="bold" role="H1">Title Ελληνικά Кириллица</fo:block>
            <fo:block text-align="justify" space-after.minimum="2pt" space-after.optimum="4pt" space-after.maximum="9pt">
              Text <fo:inline font-style="italic">italic</fo:inline> and <fo:inline font-weight="bold">bold</fo:inline>
              with a note<fo:footnote><fo:inline baseline-shift="super" font-size="7pt">1</fo:inline>
              <fo:footnote-body><fo:block font-size="8pt">1 A note.</fo:block></fo:footnote-body></fo:footnote>
              on page <fo:page-number-citation ref-id="a"/>.
            </fo:block>
            <fo:table width="100%%" table-layout="fixed"><fo:table-column column-width="50%%"/><fo:table-column column-width="50%%"/>
              <fo:table-body><fo:table-row><fo:table-cell><fo:block>a</fo:block></fo:table-cell>
              <fo:table-cell><fo:block>b</fo:block></fo:table-cell></fo:table-row></fo:table-body></fo:table>
          </fo:flow>
        </fo:page-sequence>
      </fo:root>
      """;

  private FopWarmUp() {}

  /** Renders the sample book into nothing; any failure is ignored (the real books will report it). */
  static void run(Processor processor, FopFactory factory, String fontFamily, boolean tagged) {
    try {
      Fop fop;
      synchronized (FopLayout.CONFIGURATION) {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setAccessibility(tagged);
        fop = factory.newFop(MimeConstants.MIME_PDF, agent, OutputStream.nullOutputStream());
      }
      var fo = processor.newDocumentBuilder().build(new StreamSource(new StringReader(String.format(FO, fontFamily))));
      processor.writeXdmValue(fo, new SAXDestination(fop.getDefaultHandler()));
    } catch (FOPException | SaxonApiException | RuntimeException ignored) {
      // a warm-up only
    }
  }
}
