package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.publish.Goldens;
import org.teikit.xml.XmlContext;

/**
 * Golden files for the stylesheets: each folder under {@code golden/html/} holds a small TEI
 * document ({@code input.xml}, with an optional {@code edition.xml}) and, under
 * {@code expected/}, the pages it must produce, in the indented form of {@link Goldens} (one
 * element a line where the page has no text between elements; mixed content on one line as
 * made), compared as text: any change of text, attribute, element or whitespace in mixed content
 * fails, and reads as a small diff. A case without expected pages fails.
 *
 * <p>To regenerate after a reviewed change: {@code mvn test -Dtest=GoldenHtmlTest
 * -Dgolden.update=true}, then read the diff before committing it.
 */
class GoldenHtmlTest {
  static final Path CASES = Path.of("src/test/resources/golden/html");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesItsExpectedPages() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(CASES)) {
      cases = list.filter(Files::isDirectory).sorted().toList();
    }
    assertFalse(cases.isEmpty(), "no golden cases under " + CASES);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private void check(Path caseDir) throws IOException {
    String name = caseDir.getFileName().toString();
    Path edition = tmp.resolve(name).resolve(name);
    Files.createDirectories(edition);
    Files.copy(caseDir.resolve("input.xml"), edition.resolve("input.xml"));
    if (Files.exists(caseDir.resolve("edition.xml"))) {
      Files.copy(caseDir.resolve("edition.xml"), edition.resolve("edition.xml"));
    }
    Path out = tmp.resolve(name).resolve("site");
    HtmlResult result = Sites.publish(out, 1, edition);
    Path expected = caseDir.resolve("expected");
    // a case may expect findings (info: elements it does not render), one message a line
    Path findings = expected.resolve("findings.txt");
    List<String> messages = result.diagnostics().stream().map(d -> d.severity() + ": " + d.message()).toList();
    assertEquals(Files.exists(findings) ? Files.readAllLines(findings) : List.of(), messages);
    List<Path> pages = expectedPages(expected);
    if (pages.isEmpty() && Goldens.UPDATE) {
      pages = List.of(expected.resolve("doc/input.html"));
    }
    if (pages.isEmpty()) {
      fail("golden case " + name + " has no expected pages; generate them with -Dgolden.update=true and review");
    }
    XmlContext xml = Sites.context(tmp);
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      Path actual = out.resolve(expected.relativize(page).toString());
      if (!Files.exists(actual)) {
        problems.add(expected.relativize(page) + ": not generated");
        continue;
      }
      Goldens.check(page, Sites.read(xml, actual)).ifPresent(problems::add);
    }
    assertTrue(problems.isEmpty(), () -> name + ":\n" + String.join("\n", problems));
  }

  private static List<Path> expectedPages(Path expected) throws IOException {
    if (!Files.isDirectory(expected)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(expected)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
