package org.teikit.publish.pdf;

import java.net.URISyntaxException;
import java.net.URL;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.InternalException;
import org.teikit.xml.XmlContext;

/**
 * The print stylesheet ({@code xslt/fo/edition.xsl}, TEI to XSL-FO), compiled apart from any
 * run: a pipeline compiles it once and hands it to every {@link PdfRenderer} it makes.
 */
public final class PrintStylesheet {
  static final String ENTRY = "/xslt/fo/edition.xsl";

  private final XsltExecutable executable;

  private PrintStylesheet(XsltExecutable executable) {
    this.executable = executable;
  }

  /**
   * Compiles the stylesheet; a working copy's modules are read in its place when the context's
   * catalog maps them there.
   *
   * @throws InternalException when it is missing or does not compile
   */
  public static PrintStylesheet compile(XmlContext xml) {
    URL url = PrintStylesheet.class.getResource(ENTRY);
    if (url == null) {
      throw new InternalException(Catalogue.text("pdf.stylesheet-missing", ENTRY));
    }
    try {
      return new PrintStylesheet(xml.processor().newXsltCompiler().compile(xml.source(url.toURI())));
    } catch (SaxonApiException | URISyntaxException e) {
      throw new InternalException(Catalogue.text("pdf.stylesheet-broken", e.getMessage()), e);
    }
  }

  XsltExecutable executable() {
    return executable;
  }
}
