package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
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
import org.teikit.store.Key;
import org.teikit.xml.XmlContext;

/**
 * Makes a runnable schema of ISO Schematron: as XPath rule by rule where it can (no stylesheet
 * to compile), otherwise compiled to XSLT by the single-pass compiler or SchXslt. The rules
 * extracted from a RELAX NG grammar and the generated XSLT are cached on disk, keyed by content,
 * because extracting and generating cost more than using their result.
 */
final class SchematronCompiler {
  private static final String SCHXSLT_PIPELINE = "/xslt/2.0/pipeline-for-svrl.xsl";
  private static final String SINGLE_PASS = "/org/teikit/validate/schematron-single-pass.xsl";
  private static final String EXTRACT_EMBEDDED = "/org/teikit/validate/embedded-schematron.xsl";
  private static final String XSLT_NS = "http://www.w3.org/1999/XSL/Transform";
  private static final java.util.regex.Pattern INCLUDES =
      java.util.regex.Pattern.compile("<(\\w+:)?(include|externalRef)\\b");
  private static final String CACHE_VERSION = "schxslt-1.10.1/single-pass-4";


  /** How a schema's rules are run. */
  enum Engine {
    /**
     * As XPath, rule by rule ({@link XPathSchematron}) where the schema allows it; else the
     * single-pass stylesheet; SchXslt for what neither does.
     */
    AUTO,
    /** The single-pass stylesheet where the schema allows it, SchXslt otherwise. */
    SINGLE_PASS,
    /** SchXslt always: the reference the others are tested against. */
    SCHXSLT
  }

  private final XmlContext xml;
  private final Path cacheDir;
  private final Engine engine;
  private final TimeBound bound;
  private volatile XsltExecutable pipeline;
  private volatile XsltExecutable singlePass;
  private volatile XsltExecutable extractor;

  SchematronCompiler(XmlContext xml, Path cacheDir) {
    this(xml, cacheDir, Engine.AUTO);
  }

  SchematronCompiler(XmlContext xml, Path cacheDir, Engine engine) {
    this(xml, cacheDir, engine, new TimeBound(TimeBound.PER_DOCUMENT));
  }

  /** @param bound how long a schema may run on one document */
  SchematronCompiler(XmlContext xml, Path cacheDir, Engine engine, TimeBound bound) {
    this.xml = xml;
    this.cacheDir = cacheDir;
    this.engine = engine;
    this.bound = bound;
  }

  /** The compiled schema, or null when it holds no rules at all. */
  TreeSchema compile(SchemaRef ref) throws SchemaCompileException {
    try {
      XdmNode schema = ref.isEmbeddedSchematron() ? embedded(ref) : load(ref);
      if (!hasRules(schema)) {
        return null;
      }
      boolean schxslt = engine == Engine.SCHXSLT || needsSchXslt(schema);
      Optional<SchematronRules> rules = engine == Engine.AUTO && !schxslt ? SchematronRules.read(schema) : Optional.empty();
      if (rules.isPresent()) {
        return new XPathSchematron(ref, rules.get(), xml.processor(), bound);
      }
      XdmNode generated = generatedXslt(schema, schxslt, ref.uri());
      return new SchematronSchema(ref, validators(generated), xml.processor().newXPathCompiler(), bound);
    } catch (SaxonApiException | IOException e) {
      throw new SchemaCompileException(Messages.located(e));
    }
  }

  /**
   * The rules embedded in a RELAX NG grammar, from the cache when the grammar's bytes were read
   * before: extracting them means compiling a stylesheet and reading the whole grammar.
   */
  private XdmNode embedded(SchemaRef ref) throws SaxonApiException, IOException {
    Path cached = cacheByFile(ref);
    if (cached != null && Files.isRegularFile(cached)) {
      return builder().build(xml.source(cached.toUri()));
    }
    XdmNode extracted = extractEmbedded(ref);
    if (cached != null) {
      store(extracted, cached);
    }
    return extracted;
  }

  /**
   * A cache entry keyed by the grammar file's bytes. Only for a self-contained local file: the
   * rules of a grammar that includes others are extracted on every run.
   */
  private Path cacheByFile(SchemaRef ref) throws IOException {
    if (cacheDir == null || !"file".equals(ref.uri().getScheme())) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(Path.of(ref.uri()));
    // ISO-8859-1 maps byte to char without decoding: enough to find ASCII markup, and cheap
    if (INCLUDES.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
      return null;
    }
    return cacheDir.resolve(Key.of("embedded schematron").add("version", CACHE_VERSION).addBytes("schema", bytes).hex() + ".sch");
  }

  /**
   * The single-pass compiler's output is compiled per document with only the rules it can fire
   * (see {@link PrunedValidators}); SchXslt's output whole, once.
   */
  private SchematronValidators validators(XdmNode generated) throws SaxonApiException, IOException {
    List<String> contexts = ruleContexts(generated);
    if (contexts.isEmpty()) {
      return SchematronValidators.fixed(compileTelling(validatorCompiler(), generated.asSource()));
    }
    return new PrunedValidators(generated, contexts, this::validatorCompiler).warmedUp();
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

  /**
   * The stylesheet generated from this schema: from the cache when its content was compiled
   * before. Either way it stands at the schema's address, against which its relative URIs
   * resolve (doc('codes.xml')), as they would in the schema.
   */
  private XdmNode generatedXslt(XdmNode schema, boolean schxslt, java.net.URI at) throws SaxonApiException, IOException {
    String content = schema.toString();
    String key = sha256(CACHE_VERSION + (schxslt ? "/schxslt" : "/single-pass") + content);
    Path cached = cacheDir == null ? null : cacheDir.resolve(key + ".xsl");
    if (cached != null && Files.isRegularFile(cached)) {
      try (InputStream bytes = Files.newInputStream(cached)) {
        javax.xml.transform.sax.SAXSource source = xml.source(cached.toUri());
        source.getInputSource().setByteStream(bytes);
        source.setSystemId(at.toString());
        return builder().build(source);
      }
    }
    XsltTransformer transformer = (schxslt ? pipeline() : singlePass()).load();
    transformer.setMessageHandler(message -> { });
    transformer.setInitialContextNode(schema);
    XdmDestination out = new XdmDestination();
    out.setBaseURI(at);
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

  /**
   * Whether the schema uses what only SchXslt does (abstract patterns and rules, includes,
   * phases, diagnostics, parameters, XSLT declarations); read without XPath, which would have to be compiled first.
   */
  private static boolean needsSchXslt(XdmNode schema) {
    return schema.select(net.sf.saxon.s9api.streams.Steps.descendant()).anyMatch(SchematronCompiler::schXsltOnly);
  }

  private static boolean schXsltOnly(XdmNode node) {
    if (node.getNodeKind() != net.sf.saxon.s9api.XdmNodeKind.ELEMENT) {
      return false;
    }
    if (XSLT_NS.equals(node.getNodeName().getNamespace())) {
      // xsl:function, xsl:key, xsl:variable…: ISO Schematron allows them with queryBinding xslt2,
      // and only SchXslt copies them into the stylesheet it makes
      return true;
    }
    if (!SchemaKind.ISO_SCHEMATRON_NS.equals(node.getNodeName().getNamespace())) {
      return false;
    }
    return switch (node.getNodeName().getLocalName()) {
      case "extends", "include", "phase", "diagnostics", "param" -> true;
      case "pattern" -> "true".equals(node.attribute("abstract")) || node.attribute("is-a") != null;
      case "rule" -> "true".equals(node.attribute("abstract"));
      case "assert", "report" -> node.attribute("diagnostics") != null;
      default -> false;
    };
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

  /** A compiler for the stylesheets made from schemas: with stop points, for the time bound. */
  private XsltCompiler validatorCompiler() {
    XsltCompiler compiler = compiler();
    compiler.getUnderlyingCompilerInfo().setCodeInjector(StopPoints.INJECTOR);
    return compiler;
  }

  /**
   * Compiles {@code stylesheet}; a failure says what the first error was, where Saxon's own
   * exception says only that there were errors.
   */
  static XsltExecutable compileTelling(XsltCompiler compiler, javax.xml.transform.Source stylesheet)
      throws SaxonApiException {
    List<net.sf.saxon.s9api.XmlProcessingError> errors = new java.util.ArrayList<>();
    compiler.setErrorList(errors);
    try {
      return compiler.compile(stylesheet);
    } catch (SaxonApiException e) {
      if (errors.isEmpty()) {
        throw e;
      }
      throw new SaxonApiException(errors.get(0).getMessage(), e);
    }
  }

  private DocumentBuilder builder() {
    Processor processor = xml.processor();
    DocumentBuilder builder = processor.newDocumentBuilder();
    builder.setLineNumbering(true);
    return builder;
  }

  private static String sha256(String content) {
    return Key.content(content.getBytes(StandardCharsets.UTF_8));
  }


}
