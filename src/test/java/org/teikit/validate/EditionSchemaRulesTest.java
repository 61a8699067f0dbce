package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.cli.CliRun;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The teikit edition schema's Schematron rules: each fixture in fixtures/schema breaks one rule
 * (it says which in {@code <!-- expect: sch/<id> -->}) and must fail with that rule's message;
 * valid.xml and our own edition pass. Run through the CLI, with the schema the files declare.
 */
class EditionSchemaRulesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures/schema");
  private static final Pattern EXPECT = Pattern.compile("<!-- expect: (sch/[\\w\\-]+|valid) -->");

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.filter(p -> p.toString().endsWith(".xml")).filter(p -> expectation(p) != null)
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureFailsWithItsRule(Path fixture) {
    String expected = expectation(fixture);
    CliRun run = CliRun.of("validate", fixture.toString());
    if (expected.equals("valid")) {
      assertEquals(0, run.exitCode(), run.out());
      return;
    }
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.contains(": error: ") && l.endsWith("[" + expected + "]")),
        "no error [" + expected + "] in:\n" + run.out());
  }

  /**
   * The rules are read as XML (by namespace, whatever prefix the schema uses), so a schema that
   * renames its prefix or a rule without an id cannot make this pass by finding nothing.
   */
  @Test
  void everyRuleOfTheSchemaHasAFixture() throws Exception {
    List<Element> rules = schematronAssertionsAndReports(Path.of("schema/teikit.rng"));
    assertTrue(rules.size() >= 10, "the edition schema has at least 10 Schematron rules, found " + rules.size());
    List<String> covered = fixtures().map(EditionSchemaRulesTest::expectation).toList();
    for (Element rule : rules) {
      String id = rule.getAttribute("id");
      assertFalse(id.isEmpty(), "a rule without an id cannot be named by a fixture: " + rule.getAttribute("test"));
      assertTrue(covered.contains("sch/" + id), "no fixture breaks rule " + id);
    }
  }

  private static List<Element> schematronAssertionsAndReports(Path schema) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(schema.toFile());
    List<Element> rules = new ArrayList<>();
    for (String name : List.of("assert", "report")) {
      NodeList found = doc.getElementsByTagNameNS(SchemaKind.ISO_SCHEMATRON_NS, name);
      for (int i = 0; i < found.getLength(); i++) {
        rules.add((Element) found.item(i));
      }
    }
    return rules;
  }

  @Test
  void ourEditionIsValidAgainstItsDeclaredSchema() {
    CliRun run = CliRun.of("validate", "editions");
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.summary().endsWith(" 0 errors, 0 warnings"), run.out());
  }

  private static String expectation(Path fixture) {
    try {
      Matcher m = EXPECT.matcher(Files.readString(fixture));
      return m.find() ? m.group(1) : null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
