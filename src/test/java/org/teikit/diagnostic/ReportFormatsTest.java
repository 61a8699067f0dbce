package org.teikit.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.CliRun;

/** The json, junit and sarif reports, written by the CLI, checked against their published shapes. */
class ReportFormatsTest {
  static final String FIXTURES = "src/test/resources/fixtures/validate/";
  static final String[] FILES = {
    FIXTURES + "rng-invalid.xml", FIXTURES + "sch-assert-report.xml", FIXTURES + "valid.xml"};
  static final Processor SAXON = new Processor(false);

  @TempDir static Path out;

  @BeforeAll
  static void writeReports() {
    for (String format : new String[] {"json", "junit", "sarif", "text"}) {
      CliRun run = CliRun.of(concat("validate", "--format", format, "--output",
          out.resolve("report." + format).toString(), FILES));
      assertEquals(1, run.exitCode(), run.err());
      assertEquals("3 files, 3 errors, 1 warning", run.out().strip(), "the summary still goes to stdout");
    }
  }

  @Test
  void jsonReportHasTheDocumentedShape() throws Exception {
    String json = Files.readString(out.resolve("report.json"));
    assertEquals("teikit-validate", eval(json, "$r?format"));
    assertEquals("1", eval(json, "$r?version"));
    assertEquals("3 3 1", eval(json, "string-join(($r?summary?files, $r?summary?errors, $r?summary?warnings), ' ')"));
    assertEquals("false false true", eval(json, "string-join($r?files?*?valid ! string(.), ' ')"));
    assertEquals("7:9 error rng", eval(json,
        "let $d := $r?files?1?diagnostics?1 return $d?line || ':' || $d?column || ' ' || $d?severity || ' ' || $d?check"));
    assertEquals("letter-has-signature error", eval(json,
        "let $d := $r?files?2?diagnostics?1 return $d?code || ' ' || $d?severity"));
    assertEquals("warning", eval(json, "$r?files?2?diagnostics?2?role"));
    assertEquals("0", eval(json, "count($r?files?3?diagnostics?*)"));
  }

  @Test
  void junitReportIsValidAgainstTheJunitShapeWithOneCasePerDocument() throws Exception {
    Path junit = out.resolve("report.junit");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(Path.of("src/test/resources/schemas/junit.xsd").toFile()).newValidator()
        .validate(new StreamSource(junit.toFile()));
    String xml = Files.readString(junit);
    assertEquals("3", evalXml(xml, "count(//testcase)"));
    assertEquals("2", evalXml(xml, "count(//testcase[failure])"));
    assertEquals("2", evalXml(xml, "/testsuites/@failures/string()"));
    assertTrue(evalXml(xml, "//testcase[contains(@name, 'sch-assert')]/system-out").contains("[sch/letter-no-shouting]"));
  }

  @Test
  void sarifReportHasTheRequiredSarif210Properties() throws Exception {
    String json = Files.readString(out.resolve("report.sarif"));
    assertEquals("2.1.0", eval(json, "$r?version"));
    assertEquals("teikit", eval(json, "$r?runs?1?tool?driver?name"));
    assertEquals("4", eval(json, "count($r?runs?1?results?*)"));
    assertEquals("true", eval(json, "every $x in $r?runs?1?results?* satisfies "
        + "($x?level = ('none','note','warning','error') and $x?message?text instance of xs:string "
        + "and $x?ruleId = $r?runs?1?tool?driver?rules?*?id "
        + "and $x?locations?1?physicalLocation?artifactLocation?uri instance of xs:string "
        + "and $x?locations?1?physicalLocation?region?startLine >= 1)"));
    assertEquals(FIXTURES + "rng-invalid.xml 7", eval(json,
        "let $l := $r?runs?1?results?1?locations?1?physicalLocation return $l?artifactLocation?uri || ' ' || $l?region?startLine"));
  }

  @Test
  void textReportEndsWithTheSummaryAndIsSortedByFileThenPosition() throws Exception {
    String[] lines = Files.readString(out.resolve("report.text")).split("\n");
    assertEquals("3 files, 3 errors, 1 warning", lines[lines.length - 1]);
    assertTrue(lines[0].startsWith(FIXTURES + "rng-invalid.xml:7:9: error: "));
    assertTrue(lines[1].startsWith(FIXTURES + "rng-invalid.xml:8:10: error: "));
    assertTrue(lines[2].startsWith(FIXTURES + "sch-assert-report.xml:5:9: error: "));
  }

  /** On Linux a backslash is part of a file's name: no report may show it as a folder separator. */
  @Test
  void aBackslashInAFileNameIsKeptInEveryReport(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("back\\slash.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>unclosed</TEI>");
    String[] reports = new String[4];
    String[] formats = {"json", "junit", "sarif", "text"};
    for (int i = 0; i < formats.length; i++) {
      Path report = dir.resolve("report." + formats[i]);
      assertEquals(1, CliRun.of("validate", "--format", formats[i], "--output", report.toString(), file.toString()).exitCode());
      reports[i] = Files.readString(report);
    }
    assertTrue(eval(reports[0], "$r?files?1?path").endsWith("/back\\slash.xml"), reports[0]);
    assertTrue(evalXml(reports[1], "//testcase/@name").endsWith("/back\\slash.xml"), reports[1]);
    assertTrue(eval(reports[2], "$r?runs?1?results?1?locations?1?physicalLocation?artifactLocation?uri")
        .endsWith("/back%5Cslash.xml"), "a URI, the backslash percent-encoded: " + reports[2]);
    assertTrue(reports[3].lines().findFirst().orElseThrow().contains("/back\\slash.xml:1:"), reports[3]);
  }

  private static String eval(String json, String expression) throws Exception {
    XPathCompiler xpath = SAXON.newXPathCompiler();
    xpath.declareVariable(new net.sf.saxon.s9api.QName("json"));
    XPathSelector s = xpath.compile("let $r := parse-json($json) return string-join((" + expression + ") ! string(.), ' ')").load();
    s.setVariable(new net.sf.saxon.s9api.QName("json"), new XdmAtomicValue(json));
    return s.evaluate().toString();
  }

  private static String evalXml(String xml, String expression) throws Exception {
    XPathCompiler xpath = SAXON.newXPathCompiler();
    XPathSelector s = xpath.compile("string-join((" + expression + ") ! string(.), ' ')").load();
    s.setContextItem(SAXON.newDocumentBuilder().build(new StreamSource(new StringReader(xml))));
    XdmValue v = s.evaluate();
    return v.toString();
  }

  private static String[] concat(String a, String b, String c, String d, String e, String[] rest) {
    String[] all = new String[5 + rest.length];
    all[0] = a; all[1] = b; all[2] = c; all[3] = d; all[4] = e;
    System.arraycopy(rest, 0, all, 5, rest.length);
    return all;
  }
}
