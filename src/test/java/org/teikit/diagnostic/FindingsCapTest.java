package org.teikit.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.validate.Validator;

/** A rule that fires a thousand times in a file is listed a hundred times and summed up once. */
class FindingsCapTest {
  static final Path FILE = Path.of("flood.xml");

  @Test
  void aSinkKeepsTheFirstHundredOfARuleAndCountsTheRest() {
    DiagnosticSink sink = new DiagnosticSink();
    for (int i = 0; i < 1000; i++) {
      sink.add(Diagnostic.error(FILE, 1, i + 1, Check.RNG, "attribute \"a" + i + "\" not allowed here"));
    }
    sink.add(Diagnostic.error(FILE, 2, 1, Check.RNG, "element \"TEI\" incomplete"));
    List<Diagnostic> kept = sink.toList();
    assertEquals(102, kept.size());
    assertEquals("attribute \"a99\" not allowed here", kept.get(99).message());
    Diagnostic summary = kept.get(101);
    assertEquals("… and 900 more like this", summary.message());
    assertEquals(101, summary.column(), "at the first finding left out");
  }

  @Test
  void aMessageShapeLeavesOutQuotedNamesAndNumbers() {
    assertEquals("attribute \"\" not allowed here; expected \"\" or \"\"",
        FindingsCap.shape("attribute \"a12\" not allowed here; expected \"n\" or \"xml:id\""));
    assertEquals("no xml:id '' in line 0", FindingsCap.shape("no xml:id 'p1' in line 1234"));
    assertEquals("an unclosed \"", FindingsCap.shape("an unclosed \"quote to the end"));
  }

  @Test
  void theCapIsPerRuleAndFileCodesNamingTheRule() {
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      found.add(finding(FILE, "letter-no-shouting", "shouting in line " + i));
      found.add(finding(FILE, "other-rule", "something else"));
      found.add(finding(Path.of("other.xml"), "letter-no-shouting", "shouting"));
    }
    Report report = new Report(List.of(FILE, Path.of("other.xml")), found);
    assertEquals(3 * 101, report.diagnostics().size());
    assertEquals(3, report.diagnostics().stream().filter(d -> d.message().equals("… and 50 more like this")).count());
  }

  @Test
  void everyReportFormatEndsTheFloodWithOneLine() throws Exception {
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      found.add(finding(FILE, "probe", "finding " + i));
    }
    Report report = new Report(List.of(FILE), found);
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter out = new StringWriter();
      format.reporter().write(report, Path.of(""), out);
      assertTrue(out.toString().contains("… and 400 more like this"), format.toString());
      assertTrue(!out.toString().contains("finding 100"), format.toString());
    }
  }

  /** Stray attributes short of what one element may carry (more are refused by the parser, InputLimits). */
  @Test
  void nineThousandStrayAttributesMakeAShortReport(@TempDir Path dir) throws Exception {
    StringBuilder attributes = new StringBuilder();
    for (int i = 0; i < 9_000; i++) {
      attributes.append(" a").append(i).append("=\"x\"");
    }
    Path flood = Files.writeString(dir.resolve("flood.xml"),
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"" + attributes + "><teiHeader/></TEI>");
    Report report = Validator.builder().jobs(1).build().validate(List.of(flood));
    assertTrue(report.diagnostics().size() <= 103, String.valueOf(report.diagnostics().size()));
    assertTrue(report.diagnostics().stream().anyMatch(d -> d.message().equals("… and 8900 more like this")),
        report.diagnostics().toString());
  }

  private static Diagnostic finding(Path file, String code, String message) {
    return new Diagnostic(file, 3, 1, Severity.ERROR, Check.SCH, code, null, message);
  }
}
