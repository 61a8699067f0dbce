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
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.DiagnosticSink;
import org.teikit.xml.XmlContext;

/**
 * teikit's single-pass Schematron compiler finds exactly what SchXslt finds: tei_all's embedded
 * rules over the TEI Stylesheets' test files (which break many of them), and our letter rules.
 */
class SinglePassSchematronTest {
  static final Path TEI_ALL = Path.of("../shared/corpora/tei-schema/tei_all.rng");
  static final Path SAMPLES = Path.of("../shared/corpora/stylesheets-tests/Test");

  @Test
  void embeddedTeiRulesGiveTheSameFindingsAsSchXslt() throws Exception {
    SchemaRef rules = new SchemaRef(TEI_ALL.toAbsolutePath().toUri(), SchemaKind.SCHEMATRON);
    List<Path> documents;
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      documents = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    List<Diagnostic> fast = findings(rules, SchematronCompiler.Engine.AUTO, documents);
    List<Diagnostic> reference = findings(rules, SchematronCompiler.Engine.SCHXSLT, documents);
    assertTrue(reference.size() >= 20, "the samples break tei_all's rules: " + reference.size());
    assertEquals(reference, fast);
  }

  @Test
  void standaloneSchemaGivesTheSameFindingsAsSchXslt() throws Exception {
    Path fixtures = Path.of("src/test/resources/fixtures/validate");
    SchemaRef rules = new SchemaRef(fixtures.resolve("letter.sch").toAbsolutePath().toUri(), SchemaKind.SCHEMATRON);
    List<Path> documents = List.of(fixtures.resolve("sch-assert-report.xml"), fixtures.resolve("valid.xml"));
    List<Diagnostic> fast = findings(rules, SchematronCompiler.Engine.AUTO, documents);
    assertEquals(2, fast.size());
    assertEquals(findings(rules, SchematronCompiler.Engine.SCHXSLT, documents), fast);
  }

  private static List<Diagnostic> findings(SchemaRef ref, SchematronCompiler.Engine engine, List<Path> documents)
      throws Exception {
    XmlContext xml = XmlContext.create(List.of(), List.of());
    SchematronCompiler compiler = new SchematronCompiler(xml, null, engine);
    SchematronSchema schema = new SchematronSchema(ref, compiler.compile(ref), xml.processor().newXPathCompiler());
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
