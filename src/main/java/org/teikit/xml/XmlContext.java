package org.teikit.xml;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import org.xml.sax.InputSource;

/**
 * Everything XML for one run: the resource policy, safe parsers, and one Saxon processor that
 * reads only through them. Thread-safe; create one per run and share it.
 */
public final class XmlContext {
  private final ResourcePolicy policy;
  private final SafeParsers parsers;
  private final Processor processor;

  private XmlContext(ResourcePolicy policy) {
    this.policy = policy;
    this.parsers = new SafeParsers(policy);
    this.processor = newProcessor();
  }

  /**
   * @param catalogs user catalogs, consulted before the bundled one; their folders may be read
   * @param documentRoots the input folders: what documents may name (XInclude, schemas) lies there
   */
  public static XmlContext create(List<Path> catalogs, List<Path> documentRoots) {
    ResourcePolicy policy = new ResourcePolicy(Catalogs.of(catalogs), documentRoots);
    catalogs.forEach(catalog -> policy.allowFolder(catalog.toAbsolutePath().normalize().getParent()));
    return new XmlContext(policy);
  }

  public ResourcePolicy policy() {
    return policy;
  }

  public SafeParsers parsers() {
    return parsers;
  }

  public Processor processor() {
    return processor;
  }

  /**
   * A source for Saxon that is parsed by a safe reader (no XInclude), from where the catalogs map
   * {@code uri}: so a working copy of teikit's stylesheets stands in for the bundled ones, the
   * entry module included (serve). An external entity declared in it is an error at its line:
   * the parser would leave the entity empty without a word.
   */
  public SAXSource source(URI uri) {
    URI local = policy.catalogs().lookup(uri.toString()).orElse(uri);
    return new SAXSource(new NoEntityDeclarations(parsers.newReader(false)), new InputSource(local.toString()));
  }

  /**
   * A source for Saxon of one document given to teikit, checked by the policy first (a regular
   * file inside the inputs, not too large) and parsed by a safe reader (no XInclude).
   *
   * @throws UnsafeResourceException when the policy refuses the file: nothing of it was read
   */
  public SAXSource documentSource(Path file) {
    return new SAXSource(parsers.newReader(false), parsers.document(file));
  }

  /** A JAXP URI resolver with the same policy, for libraries that take one (Jing). */
  public javax.xml.transform.URIResolver uriResolver() {
    return (href, base) -> {
      try {
        return source(policy.resolve(href, base));
      } catch (UnsafeResourceException | IllegalArgumentException refused) {
        throw new javax.xml.transform.TransformerException(refused.getMessage());
      }
    };
  }

  private Processor newProcessor() {
    Processor saxon = new Processor(false);
    saxon.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
    saxon.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
    saxon.setConfigurationProperty(Feature.XINCLUDE, false);
    saxon.setConfigurationProperty(Feature.LINE_NUMBERING, true);
    SaxonSandbox.install(saxon.getUnderlyingConfiguration(), policy, this::source);
    // before any stylesheet compiles, so that every one (web and print) sees the same functions
    ElementNumbers.register(saxon);
    return saxon;
  }
}
