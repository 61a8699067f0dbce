package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.DiagnosticSink;
import org.teikit.xml.XmlContext;

/**
 * teikit's own ways of running Schematron (as XPath rule by rule, and the single-pass stylesheet)
 * find exactly what SchXslt finds: tei_all's embedded rules over the TEI Stylesheets' test files
 * (which break many of them), and our letter rules.
 */
class SinglePassSchematronTest {
  static final Path TEI_ALL = Shared.teiAll();
  static final Path SAMPLES = Shared.path("corpora/stylesheets-tests/Test");
  static final Path FIXTURES = Path.of("src/test/resources/fixtures/validate");

  @Test
  @UsesShared
  void embeddedTeiRulesGiveTheSameFindingsAsSchXslt() throws Exception {
    SchemaRef rules = new SchemaRef(TEI_ALL.toAbsolutePath().toUri(), SchemaKind.SCHEMATRON);
    List<Path> documents;
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      documents = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    List<Diagnostic> reference = agreedFindings(rules, documents);
    assertTrue(reference.size() >= 20, "the samples break tei_all's rules: " + reference.size());
  }

  @Test
  void standaloneSchemaGivesTheSameFindingsAsSchXslt() throws Exception {
    List<Path> documents = List.of(FIXTURES.resolve("sch-assert-report.xml"), FIXTURES.resolve("valid.xml"));
    assertEquals(2, agreedFindings(fixture("letter.sch"), documents).size());
  }

  @Test
  void letsCurrentAttributesRootTextAndRulesSharingAPatternAsSchXsltHasThem() throws Exception {
    List<Diagnostic> found = agreedFindings(fixture("sch-features.sch"), List.of(FIXTURES.resolve("sch-features.xml")));
    assertEquals(8, found.size(), found.toString());
  }

  @Test
  void aSchemaThatCallsXsltFunctionsRunsAsAStylesheet(@TempDir Path dir) throws Exception {
    Path schema = Files.writeString(dir.resolve("xslt.sch"), SCHEMA.formatted("system-property('xsl:version') = '3.0'"));
    SchemaRef ref = new SchemaRef(schema.toUri(), SchemaKind.SCHEMATRON);
    XmlContext xml = XmlContext.create(List.of(), List.of());
    assertTrue(new SchematronCompiler(xml, null).compile(ref) instanceof SchematronSchema);
  }

  @Test
  void aRuleThatDoesNotCompileIsReportedOnTheDocumentsItMeets(@TempDir Path dir) throws Exception {
    Path schema = Files.writeString(dir.resolve("broken.sch"), SCHEMA.formatted("count(p) >"));
    Path document = Files.writeString(dir.resolve("letter.xml"), "<letter><p/></letter>");
    List<Diagnostic> found = findings(new SchemaRef(schema.toUri(), SchemaKind.SCHEMATRON),
        SchematronCompiler.Engine.AUTO, List.of(document));
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().startsWith("the schema broken.sch cannot be used: "), found.get(0).message());
  }

  private static final String SCHEMA = """
      <schema xmlns="http://purl.oclc.org/dsdl/schematron">
        <pattern><rule context="letter"><assert test="%s">Checked.</assert></rule></pattern>
      </schema>""";

  private static SchemaRef fixture(String name) {
    return new SchemaRef(FIXTURES.resolve(name).toAbsolutePath().toUri(), SchemaKind.SCHEMATRON);
  }

  /** SchXslt's findings, once the XPath rules and the single-pass stylesheet are seen to agree. */
  private static List<Diagnostic> agreedFindings(SchemaRef rules, List<Path> documents) throws Exception {
    List<Diagnostic> reference = findings(rules, SchematronCompiler.Engine.SCHXSLT, documents);
    assertEquals(reference, findings(rules, SchematronCompiler.Engine.AUTO, documents));
    assertEquals(reference, findings(rules, SchematronCompiler.Engine.SINGLE_PASS, documents));
    return reference;
  }

  private static List<Diagnostic> findings(SchemaRef ref, SchematronCompiler.Engine engine, List<Path> documents)
      throws Exception {
    XmlContext xml = XmlContext.create(List.of(), List.of());
    SchematronCompiler compiler = new SchematronCompiler(xml, null, engine);
    TreeSchema schema = compiler.compile(ref);
    assertEquals(engine == SchematronCompiler.Engine.AUTO, schema instanceof XPathSchematron, "runs as XPath");
    List<Diagnostic> all = new ArrayList<>();
    for (Path document : documents) {
      XdmNode tree;
      try {
        var builder = xml.processor().newDocumentBuilder();
        builder.setLineNumbering(true);
        tree = builder.build(xml.source(document.toUri()));
      } catch (net.sf.saxon.s9api.SaxonApiException notWellFormed) {
        continue;
      }
      DiagnosticSink sink = new DiagnosticSink();
      schema.check(tree, document, sink);
      all.addAll(sink.toList());
    }
    return all.stream().sorted(Diagnostic.ORDER).toList();
  }
}
