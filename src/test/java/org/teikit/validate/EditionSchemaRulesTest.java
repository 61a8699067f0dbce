package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.cli.CliRun;

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

  @Test
  void everyRuleOfTheSchemaHasAFixture() throws IOException {
    String schema = Files.readString(Path.of("schema/teikit.rng"));
    Matcher ids = Pattern.compile("<sch:(?:assert|report)[^>]*\\bid=\"([^\"]+)\"").matcher(schema);
    List<String> covered = fixtures().map(EditionSchemaRulesTest::expectation).toList();
    while (ids.find()) {
      assertTrue(covered.contains("sch/" + ids.group(1)), "no fixture breaks rule " + ids.group(1));
    }
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
