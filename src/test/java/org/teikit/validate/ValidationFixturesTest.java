package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.cli.CliRun;

/**
 * One small fixture per kind of finding. Each fixture states what it must produce in comments:
 * {@code <!-- expect: [file.xml:]LINE:COL severity rule [words of the message] -->}, or
 * {@code <!-- expect: valid -->}. The fixture is validated through the CLI, as a user would.
 */
@UsesShared
class ValidationFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures/validate");
  /** TEI's schema in the shared corpora ({@link Shared}). */
  static final Path TEI_SCHEMA_FOLDER = Shared.teiAll().getParent();
  /** Where TEI publishes tei_all.rng: the fixtures name it so, as TEI's own documents do. */
  static final String TEI_SCHEMA_URL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/";
  private static final Pattern EXPECT = Pattern.compile(
      "<!-- expect: (?:(\\S+\\.xml):)?(\\d+):(\\d+) (error|warning|info) (\\S+)(?: (.*?))? -->");

  record Expected(String file, int line, int column, String severity, String rule, String words) {
    boolean matches(String finding, Path fixture) {
      String path = (file == null ? fixture : fixture.resolveSibling(file)).toString().replace('\\', '/');
      String prefix = path + ":" + line + ":" + column + ": " + severity + ": ";
      return finding.startsWith(prefix) && finding.endsWith("[" + rule + "]")
          && (words == null || finding.contains(words));
    }
  }

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      return walk.filter(p -> p.toString().endsWith(".xml")).filter(ValidationFixturesTest::hasExpectations)
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureProducesExactlyItsExpectedFindings(Path fixture) throws IOException {
    String source = Files.readString(fixture);
    List<Expected> expected = expectations(source);
    CliRun run = CliRun.of("validate", "--catalog", corporaCatalog().toString(), fixture.toString());

    List<String> findings = run.findings();
    for (Expected e : expected) {
      assertTrue(findings.stream().anyMatch(f -> e.matches(f, fixture)),
          "missing " + e + " in:\n" + run.out() + run.err());
    }
    assertEquals(expected.size(), findings.size(), "unexpected findings:\n" + run.out());
    boolean errors = expected.stream().anyMatch(e -> e.severity().equals("error"));
    assertEquals(errors ? 1 : 0, run.exitCode(), run.out() + run.err());
    assertTrue(run.summary().startsWith("1 file, "), run.out());
    assertEquals("", run.err(), "nothing on stderr");
  }

  /**
   * A catalog that maps TEI's address for its schema to the shared copy, and the shared copy and
   * the fixtures' own schemas onto themselves, so that teikit reads them although they lie outside
   * the folder of the fixture it is given (xinclude/main.xml names ../letter.rng). It is written at
   * run time because a catalog holds absolute URIs, and the shared folder may be anywhere.
   */
  static Path corporaCatalog() throws IOException {
    StringBuilder rules = new StringBuilder();
    String teiSchema = TEI_SCHEMA_FOLDER.toAbsolutePath().normalize().toUri().toString();
    rules.append("  <rewriteURI uriStartString=\"%s\" rewritePrefix=\"%s\"/>\n".formatted(TEI_SCHEMA_URL, teiSchema));
    for (Path folder : List.of(TEI_SCHEMA_FOLDER, FIXTURES)) {
      String uri = folder.toAbsolutePath().normalize().toUri().toString();
      for (String form : List.of(uri, "file:" + uri.substring("file://".length()))) {
        rules.append("  <rewriteURI uriStartString=\"%1$s\" rewritePrefix=\"%1$s\"/>\n".formatted(form));
      }
    }
    Path catalog = Files.createTempFile("corpora-catalog", ".xml");
    catalog.toFile().deleteOnExit();
    Files.writeString(catalog, "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n"
        + rules + "</catalog>\n");
    return catalog;
  }

  static List<Expected> expectations(String source) {
    List<Expected> all = new ArrayList<>();
    Matcher m = EXPECT.matcher(source);
    while (m.find()) {
      all.add(new Expected(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          m.group(4), m.group(5), m.group(6)));
    }
    return all;
  }

  private static boolean hasExpectations(Path p) {
    try {
      return Files.readString(p).contains("<!-- expect: ");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
