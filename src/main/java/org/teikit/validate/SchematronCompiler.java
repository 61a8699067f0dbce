package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.teikit.edition.ContentDigest;
import org.teikit.xml.XmlContext;

/**
 * Compiles ISO Schematron to XSLT with SchXslt, then to a Saxon executable. The generated XSLT
 * is cached on disk, keyed by the schema's content, because SchXslt's own pass over a large
 * schema (tei_all's embedded rules) costs more than compiling its result.
 */
final class SchematronCompiler {
  private static final String SCHXSLT_PIPELINE = "/xslt/2.0/pipeline-for-svrl.xsl";
  private static final String SINGLE_PASS = "/org/teikit/validate/schematron-single-pass.xsl";
  private static final String EXTRACT_EMBEDDED = "/org/teikit/validate/embedded-schematron.xsl";
  private static final String XSLT_NS = "http://www.w3.org/1999/XSL/Transform";
  private static final java.util.regex.Pattern INCLUDES =
      java.util.regex.Pattern.compile("<(\\w+:)?(include|externalRef)\\b");
  private static final String CACHE_VERSION = "schxslt-1.10.1/single-pass-3";
  /** Features the single-pass compiler leaves to SchXslt. */
  private static final String NEEDS_SCHXSLT = "exists(//(sch:pattern[@abstract = 'true' or @is-a]"
      + " | sch:rule[@abstract = 'true'] | sch:extends | sch:include | sch:phase | sch:diagnostics"
      + " | sch:param | sch:assert[@diagnostics] | sch:report[@diagnostics]))";

  /** Which compiler turns Schematron into XSLT. */
  enum Engine {
    /** teikit's single-pass compiler where the schema allows it, SchXslt otherwise. */
    AUTO,
    /** SchXslt always: the reference the single-pass compiler is tested against. */
    SCHXSLT
  }

  private final XmlContext xml;
  private final Path cacheDir;
  private final Engine engine;
  private volatile XsltExecutable pipeline;
  private volatile XsltExecutable singlePass;
  private volatile XsltExecutable extractor;

  SchematronCompiler(XmlContext xml, Path cacheDir) {
    this(xml, cacheDir, Engine.AUTO);
  }

  SchematronCompiler(XmlContext xml, Path cacheDir, Engine engine) {
    this.xml = xml;
    this.cacheDir = cacheDir;
    this.engine = engine;
  }

  /** The validators of the schema, or null when it holds no rules at all. */
  SchematronValidators compile(SchemaRef ref) throws SchemaCompileException {
    try {
      Path byFile = cacheByFile(ref);
      if (byFile != null && Files.isRegularFile(byFile)) {
        return validators(builder().build(xml.source(byFile.toUri())));
      }
      XdmNode schema = ref.isEmbeddedSchematron() ? extractEmbedded(ref) : load(ref);
      if (!hasRules(schema)) {
        return null;
      }
      XdmNode generated = generatedXslt(schema);
      if (byFile != null) {
        store(generated, byFile);
      }
      return validators(generated);
    } catch (SaxonApiException | IOException e) {
      throw new SchemaCompileException(Messages.plain(e.getMessage()));
    }
  }

  /**
   * A cache entry keyed by the schema file's bytes, which spares reading and extracting the
   * rules of a large grammar on every run. Only for a self-contained local file: a schema that
   * includes others is keyed by its assembled rules instead (in {@link #generatedXslt}).
   */
  private Path cacheByFile(SchemaRef ref) throws IOException {
    if (cacheDir == null || !"file".equals(ref.uri().getScheme())) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(Path.of(ref.uri()));
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (INCLUDES.matcher(text).find()) {
      return null;
    }
    return cacheDir.resolve(sha256(CACHE_VERSION + "/file/" + engine + "/" + ref.kind() + "/" + text) + ".xsl");
  }

  /**
   * The single-pass compiler's output is compiled per document with only the rules it can fire
   * (see {@link PrunedValidators}); SchXslt's output whole, once.
   */
  private SchematronValidators validators(XdmNode generated) throws SaxonApiException, IOException {
    List<String> contexts = ruleContexts(generated);
    if (contexts.isEmpty()) {
      return SchematronValidators.fixed(compiler().compile(generated.asSource()));
    }
    return new PrunedValidators(generated, contexts, this::compiler).warmedUp();
  }

  /**
   * The contexts of the single-pass compiler's rule templates (those it marks with use-when), in
   * the order of their numbers; none in SchXslt's output.
   */
  private static List<String> ruleContexts(XdmNode generated) {
    List<String> contexts = new java.util.ArrayList<>();
    for (XdmNode stylesheet : generated.children()) {
      for (XdmNode child : stylesheet.children()) {
        if (child.getNodeName() != null && XSLT_NS.equals(child.getNodeName().getNamespace())
            && "template".equals(child.getNodeName().getLocalName()) && child.attribute("use-when") != null) {
          contexts.add(child.attribute("match"));
        }
      }
    }
    return contexts;
  }

  private XdmNode load(SchemaRef ref) throws SaxonApiException {
    return builder().build(xml.source(ref.uri()));
  }

  private XdmNode extractEmbedded(SchemaRef ref) throws SaxonApiException, IOException {
    XsltTransformer transformer = extractor().load();
    transformer.setSource(xml.source(ref.uri()));
    XdmDestination out = new XdmDestination();
    out.setBaseURI(ref.uri());
    transformer.setDestination(out);
    transformer.transform();
    return out.getXdmNode();
  }

  private static boolean hasRules(XdmNode schema) {
    return schema.select(net.sf.saxon.s9api.streams.Steps.descendant(
        SchemaKind.ISO_SCHEMATRON_NS, "rule")).findFirst().isPresent();
  }

  /** The SchXslt output for this schema: from the cache when its content was compiled before. */
  private XdmNode generatedXslt(XdmNode schema) throws SaxonApiException, IOException {
    String content = schema.toString();
    boolean schxslt = engine == Engine.SCHXSLT || needsSchXslt(schema);
    String key = sha256(CACHE_VERSION + (schxslt ? "/schxslt" : "/single-pass") + content);
    Path cached = cacheDir == null ? null : cacheDir.resolve(key + ".xsl");
    if (cached != null && Files.isRegularFile(cached)) {
      return builder().build(xml.source(cached.toUri()));
    }
    XsltTransformer transformer = (schxslt ? pipeline() : singlePass()).load();
    transformer.setMessageHandler(message -> { });
    transformer.setInitialContextNode(schema);
    XdmDestination out = new XdmDestination();
    transformer.setDestination(out);
    transformer.transform();
    XdmNode generated = out.getXdmNode();
    if (cached != null) {
      store(generated, cached);
    }
    return generated;
  }

  private void store(XdmNode generated, Path target) {
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), "schematron", ".tmp");
      Serializer serializer = xml.processor().newSerializer(temp.toFile());
      serializer.serializeNode(generated);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | SaxonApiException | UnsupportedOperationException cacheUnavailable) {
      // The cache only saves time; a read-only home folder must not stop validation.
    }
  }

  private XsltExecutable pipeline() throws SaxonApiException, IOException {
    if (pipeline == null) {
      pipeline = compileResource(SCHXSLT_PIPELINE);
    }
    return pipeline;
  }

  private XsltExecutable singlePass() throws SaxonApiException, IOException {
    if (singlePass == null) {
      singlePass = compileResource(SINGLE_PASS);
    }
    return singlePass;
  }

  private boolean needsSchXslt(XdmNode schema) throws SaxonApiException {
    net.sf.saxon.s9api.XPathCompiler xpath = xml.processor().newXPathCompiler();
    xpath.declareNamespace("sch", SchemaKind.ISO_SCHEMATRON_NS);
    return xpath.evaluateSingle(NEEDS_SCHXSLT, schema).getStringValue().equals("true");
  }

  private XsltExecutable extractor() throws SaxonApiException, IOException {
    if (extractor == null) {
      extractor = compileResource(EXTRACT_EMBEDDED);
    }
    return extractor;
  }

  private XsltExecutable compileResource(String name) throws SaxonApiException, IOException {
    URL url = SchematronCompiler.class.getResource(name);
    if (url == null) {
      throw new IOException("missing resource " + name);
    }
    try (InputStream in = url.openStream()) {
      return compiler().compile(new StreamSource(in, url.toString()));
    }
  }

  /** A compiler whose errors end up in the exception, not on the console. */
  private XsltCompiler compiler() {
    XsltCompiler compiler = xml.processor().newXsltCompiler();
    compiler.setErrorReporter(error -> { });
    return compiler;
  }

  private DocumentBuilder builder() {
    Processor processor = xml.processor();
    DocumentBuilder builder = processor.newDocumentBuilder();
    builder.setLineNumbering(true);
    return builder;
  }

  private static String sha256(String content) {
    return ContentDigest.of(content.getBytes(StandardCharsets.UTF_8));
  }


}
