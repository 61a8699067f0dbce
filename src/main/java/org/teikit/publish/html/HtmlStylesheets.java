package org.teikit.publish.html;

import java.net.URISyntaxException;
import java.net.URL;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.diagnostic.Catalogue;
import org.teikit.xml.XmlContext;

/** The web edition's stylesheets, compiled once per run and shared by all threads. */
public final class HtmlStylesheets {
  /** The entry module, packaged at the root of the jar (the pom copies xslt/ there). */
  public static final String ENTRY = "/xslt/html/edition.xsl";

  private final XsltExecutable executable;

  private HtmlStylesheets(XsltExecutable executable) {
    this.executable = executable;
  }

  public static HtmlStylesheets compile(XmlContext xml) {
    URL entry = HtmlStylesheets.class.getResource(ENTRY);
    if (entry == null) {
      throw new PublishException(Catalogue.text("html.stylesheets-missing", ENTRY));
    }
    XsltCompiler compiler = xml.processor().newXsltCompiler();
    try {
      return new HtmlStylesheets(compiler.compile(xml.source(entry.toURI())));
    } catch (SaxonApiException | URISyntaxException e) {
      throw new PublishException(Catalogue.text("html.stylesheets-broken", e.getMessage()), e);
    }
  }

  XsltExecutable executable() {
    return executable;
  }
}
