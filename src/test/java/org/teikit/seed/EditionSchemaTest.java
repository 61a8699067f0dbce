package org.teikit.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The teikit edition schema stays inside TEI: the edition and every schema fixture are valid
 * against tei_all, and the edition and the fixtures are valid against the grammar of
 * schema/teikit.rng (the fixtures break Schematron rules only, each the one it is named
 * after). The Schematron itself is run by teikit's validator and tested with it.
 */
@UsesShared
class EditionSchemaTest {
  static final Path TEI_ALL = Shared.teiAll();
  static final Path TEIKIT = Path.of("schema/teikit.rng");
  static final Path EDITION = Path.of("editions/chervonenko-deng-1962");
  static final Path FIXTURES = Path.of("src/test/resources/fixtures/schema");

  private static Grammar teiAll;
  private static Grammar teikit;

  @BeforeAll
  static void compile() throws Exception {
    teiAll = new Grammar(TEI_ALL);
    teikit = new Grammar(TEIKIT);
  }

  static Stream<Path> editionFiles() throws IOException {
    return xmlFiles(EDITION);
  }

  static Stream<Path> fixtures() throws IOException {
    return xmlFiles(FIXTURES);
  }

  @ParameterizedTest
  @MethodSource("editionFiles")
  void editionIsValidAgainstTeiAll(Path file) throws Exception {
    assertEquals(List.of(), teiAll.validate(file), file + " against tei_all");
  }

  @ParameterizedTest
  @MethodSource("editionFiles")
  void editionIsValidAgainstTheTeikitGrammar(Path file) throws Exception {
    assertEquals(List.of(), teikit.validate(file), file + " against schema/teikit.rng");
  }

  @ParameterizedTest
  @MethodSource("editionFiles")
  void editionDeclaresTheTeikitSchema(Path file) throws IOException {
    String head = Files.readString(file, StandardCharsets.UTF_8);
    head = head.substring(0, head.indexOf("<TEI"));
    for (String ns : List.of("http://relaxng.org/ns/structure/1.0", "http://purl.oclc.org/dsdl/schematron")) {
      assertTrue(head.contains("<?xml-model href=\"../../schema/teikit.rng\" type=\"application/xml\""
          + " schematypens=\"" + ns + "\"?>"), file + " declares teikit.rng for " + ns);
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureIsValidAgainstTeiAll(Path file) throws Exception {
    assertEquals(List.of(), teiAll.validate(file), file + " against tei_all");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureIsValidAgainstTheTeikitGrammar(Path file) throws Exception {
    assertEquals(List.of(), teikit.validate(file), file + " against schema/teikit.rng");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureSaysWhatItExpects(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Matcher expect = Pattern.compile("\\A<!-- expect: (valid|sch/(teikit-[a-z0-9-]+)) -->").matcher(text);
    assertTrue(expect.find(), file + " begins with <!-- expect: ... -->");
    String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
    if (expect.group(2) != null) {
      assertEquals(name, expect.group(2), "a rule's fixture is named after the rule");
    } else {
      assertTrue(name.equals("valid") || name.equals("edition"), file + " expects valid");
    }
  }

  /** Every assertion of the schema has a fixture that breaks it, and every fixture names one. */
  @Test
  void everyRuleHasAFixture() throws IOException {
    String schema = Files.readString(TEIKIT, StandardCharsets.UTF_8);
    Matcher id = Pattern.compile("<sch:(?:assert|report) id=\"(teikit-[a-z0-9-]+)\"").matcher(schema);
    List<String> rules = new ArrayList<>();
    while (id.find()) {
      rules.add(id.group(1));
    }
    long assertions = Pattern.compile("<sch:(?:assert|report)\\b").matcher(schema).results().count();
    assertTrue(assertions >= 10, "the schema has at least 10 Schematron assertions, found " + assertions);
    assertEquals(assertions, rules.size(), "every assertion has an id teikit-…, right after its name: " + rules);
    for (String rule : rules) {
      assertTrue(Files.isRegularFile(FIXTURES.resolve(rule + ".xml")), "fixture for " + rule);
    }
    try (Stream<Path> files = fixtures()) {
      files.map(f -> f.getFileName().toString().replaceFirst("\\.xml$", ""))
          .filter(n -> n.startsWith("teikit-"))
          .forEach(n -> assertTrue(rules.contains(n), n + ".xml names a rule of the schema"));
    }
  }

  private static Stream<Path> xmlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList().stream();
    }
  }

  /** A RELAX NG grammar loaded once into Jing; validate returns the errors, empty if valid. */
  static final class Grammar {
    private final List<String> errors = new ArrayList<>();
    private final ValidationDriver driver;

    Grammar(Path schema) throws IOException, SAXException {
      ErrorHandler collect = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
          errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
          error(e);
        }
      };
      PropertyMapBuilder properties = new PropertyMapBuilder();
      properties.put(ValidateProperty.ERROR_HANDLER, collect);
      driver = new ValidationDriver(properties.toPropertyMap());
      if (!driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))) {
        throw new IllegalStateException(schema + " does not load: " + errors);
      }
    }

    synchronized List<String> validate(Path file) throws IOException, SAXException {
      errors.clear();
      driver.validate(ValidationDriver.fileInputSource(file.toFile()));
      return List.copyOf(errors);
    }
  }
}
