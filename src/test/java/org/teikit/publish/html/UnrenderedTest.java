package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;

/**
 * Nothing is dropped silently: an element of the text that no rule renders is reported, counted
 * per edition, as an info finding; and the list of elements with a rule (xslt/common/coverage.xsl)
 * is the web's templates' list.
 */
class UnrenderedTest {
  private static final String DOC = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:x="urn:example:other"><teiHeader><fileDesc>
        <titleStmt><title>%s</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt>
        <sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader>
        <text><body><p>A <metamark>mark</metamark> and <x:thing>a thing</x:thing>%s.</p></body></text></TEI>""";

  @Test
  void anUnrenderedElementIsReportedWithItsCountOverTheEditionAlsoWhenReused(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("ed"));
    Files.writeString(folder.resolve("a.xml"), DOC.formatted("A", ", <metamark>another</metamark>"));
    Files.writeString(folder.resolve("b.xml"), DOC.formatted("B", ", <p>rendered</p>"));
    HtmlResult first = Sites.publish(tmp.resolve("site"), 1, folder);

    // in the order of the run's findings (by message)
    List<String> expected = List.of(
        "2 <x:thing> elements are not rendered: only their text, if any, is shown",
        "3 <tei:metamark> elements are not rendered: only their text, if any, is shown");
    assertEquals(expected, infos(first, folder));
    assertFalse(first.hasErrors());
    // the next build takes every page over, and says the same
    HtmlPublisher again = new HtmlPublisher(Sites.context(folder),
        new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD).withPrevious(tmp.resolve("site")));
    HtmlResult second = again.publish(org.teikit.edition.Editions.find(List.of(folder)), tmp.resolve("site2"), false);
    assertEquals(2, second.reused());
    assertEquals(expected, infos(second, folder));
  }

  /** Our own edition renders everything its text encodes (its idno numbers were reported once). */
  @Test
  void theSeedEditionHasNothingUnrendered(@TempDir Path tmp) throws Exception {
    Path seed = Path.of("editions/chervonenko-deng-1962");
    HtmlResult result = Sites.publish(tmp.resolve("site"), 1, seed);
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.message().contains("not rendered")).toList());
  }

  private static List<String> infos(HtmlResult result, Path folder) {
    List<Diagnostic> infos = result.diagnostics().stream().filter(d -> d.severity() == Severity.INFO).toList();
    assertTrue(infos.stream().allMatch(d -> d.file().equals(folder) && d.check() == Check.PUBLISH), infos::toString);
    return infos.stream().map(Diagnostic::message).toList();
  }

  /** Every element a template of mode tk:html matches is one coverage.xsl counts as rendered, and no other. */
  @Test
  void theListOfRenderedElementsIsTheWebTemplatesList() throws Exception {
    Set<String> matched = new TreeSet<>();
    Pattern template = Pattern.compile("<xsl:template\\s([^>]*)>");
    Pattern match = Pattern.compile("match=\"([^\"]*)\"");
    Pattern mode = Pattern.compile("mode=\"([^\"]*)\"");
    try (var files = Files.list(Path.of("xslt/html"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xsl")).toList()) {
        Matcher t = template.matcher(Files.readString(f));
        while (t.find()) {
          Matcher m = match.matcher(t.group(1));
          Matcher md = mode.matcher(t.group(1));
          if (m.find() && md.find() && List.of(md.group(1).split("\\s+")).contains("tk:html")) {
            for (String alternative : withoutPredicates(m.group(1)).split("\\|")) {
              String[] steps = alternative.strip().split("/");
              Matcher name = Pattern.compile("tei:(\\w+)").matcher(steps[steps.length - 1]);
              while (name.find()) {
                matched.add(name.group(1));
              }
            }
          }
        }
      }
    }
    assertTrue(matched.size() > 100, "the templates were read: " + matched);
    String coverage = Files.readString(Path.of("xslt/common/coverage.xsl"));
    String list = coverage.substring(coverage.indexOf("map:merge(("), coverage.indexOf("(: set by the rule"));
    Set<String> listed = new TreeSet<>();
    Matcher quoted = Pattern.compile("'(\\w+)'").matcher(list);
    while (quoted.find()) {
      listed.add(quoted.group(1));
    }
    assertEquals(matched, listed);
  }

  private static String withoutPredicates(String pattern) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : pattern.toCharArray()) {
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
