package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;
import org.teikit.diagnostic.ReportFormat;
import org.teikit.xml.XmlContext;

/**
 * A Schematron schema comes with a document, so from whoever wrote it: whatever it asks Saxon to
 * read, a secret file outside the inputs never reaches the report, in any format.
 */
class SchematronSandboxTest {
  static final String SECRET = "teikit-secret-4711";
  static final String XSLT_FUNCTION = """
      <xsl:function name="f:read" as="xs:string?" xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xsl:param name="href" as="xs:string"/>
        <xsl:sequence select="unparsed-text($href)"/>
      </xsl:function>
      """;

  @TempDir Path dir;
  Path inputs;
  Path secret;
  Path secretXml;

  @BeforeEach
  void secretsOutsideTheInputs() throws Exception {
    inputs = Files.createDirectories(dir.resolve("edition"));
    secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    secretXml = Files.writeString(dir.resolve("secret.xml"), "<secret>" + SECRET + "</secret>");
  }

  @Test
  void unparsedTextOfAFileOutsideTheInputsIsRefusedOnBothEngines() throws Exception {
    // as XPath rule by rule, and (a schema with an xsl:function) as a stylesheet
    String xpath = report("unparsed-text('%s')".formatted(secret.toUri()), "");
    String xslt = report("f:read('%s')".formatted(secret.toUri()), XSLT_FUNCTION);
    for (String found : List.of(xpath, xslt)) {
      assertFalse(found.contains(SECRET), found);
      assertTrue(found.contains("cannot be used"), found);
    }
  }

  @Test
  void everyWayToReadOrProbeAFileSeesNothingOutsideTheInputs() throws Exception {
    String probes = String.join(" || '|' || ",
        "string(doc-available('%s'))".formatted(secretXml.toUri()),
        "string(unparsed-text-available('%s'))".formatted(secret.toUri()),
        "string(unparsed-text-available('/etc/shadow'))",
        "string(count(available-environment-variables()))",
        "string(string(environment-variable('HOME')) = '')");
    String found = report(probes, "");
    assertFalse(found.contains(SECRET), found);
    assertTrue(found.contains("error: false|false|false|0|true [sch/probe]"), found);
    for (String read : List.of("string-join(collection('%s')//text())".formatted(dir.toUri()),
        "string-join(unparsed-text-lines('%s'))".formatted(secret.toUri()),
        "string(doc('%s'))".formatted(secretXml.toUri()))) {
      String refused = report(read, "");
      assertFalse(refused.contains(SECRET), refused);
      assertTrue(refused.contains("is not read"), refused);
    }
  }

  @Test
  void filesInsideTheInputsAreStillRead() throws Exception {
    Files.writeString(inputs.resolve("codes.txt"), "alpha beta");
    Files.writeString(inputs.resolve("codes.xml"), "<codes><code>gamma</code></codes>");
    String probe = "unparsed-text('codes.txt') || ' ' || doc('codes.xml') || ' ' || count(collection('.'))";
    String xpath = report(probe, "");
    assertTrue(xpath.contains("alpha beta gamma 2"), xpath);
    String xslt = report("f:read('codes.txt') || ' ' || " + probe, XSLT_FUNCTION);
    assertTrue(xslt.contains("alpha beta alpha beta gamma 2"), xslt);
  }

  @Test
  void anExternalEntityInTheSchemaIsAnErrorAtItsLineNeverAnEmptyFinding() throws Exception {
    Files.writeString(inputs.resolve("rules.sch"), """
        <?xml version="1.0"?>
        <!DOCTYPE schema [
          <!ENTITY leak SYSTEM "%s">
        ]>
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
          <pattern><rule context="/*"><report id="leak" test="true()">&leak;</report></rule></pattern>
        </schema>
        """.formatted(secret.toUri()));
    Files.writeString(inputs.resolve("doc.xml"), document());
    Report report = validator().validate(List.of(inputs));
    Diagnostic error = only(report);
    assertFalse(error.message().contains(SECRET));
    assertTrue(error.message().contains("rules.sch:3:"), error.message());
    assertTrue(error.message().contains("external entity \"leak\""), error.message());
  }

  @Test
  void anXslFunctionRunsAndAJavaCallIsRefusedInPlainWords() throws Exception {
    String function = """
        <xsl:function name="f:shout" as="xs:boolean" xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xsl:param name="s" as="xs:string"/>
          <xsl:sequence select="upper-case($s) = $s"/>
        </xsl:function>
        """;
    String shout = report("if (f:shout('LOUD')) then 'loud' else 'quiet'", function);
    assertTrue(shout.contains("error: loud [sch/probe]"), shout);
    for (String java : List.of("", "<xsl:function name=\"f:home\"><xsl:sequence select=\"sys:getProperty('user.home')\"/></xsl:function>")) {
      String found = report(java.isEmpty() ? "sys:getProperty('user.home')" : "f:home()", java);
      assertTrue(found.contains("the schema calls the Java method getProperty of java.lang.System"), found);
      assertFalse(found.contains("External function calls"), found);
    }
  }

  @Test
  void aSchemaThatWritesAFileIsRefusedAndNothingIsWritten() throws Exception {
    Path written = dir.resolve("written.txt");
    String function = "<xsl:function name='f:write'><xsl:result-document href='%s' method='text'>"
        .formatted(written.toUri()) + "x</xsl:result-document></xsl:function>";
    String found = report("f:write()", function);
    assertTrue(found.contains("the schema writes files (xsl:result-document), which teikit never lets a schema do"), found);
    assertFalse(Files.exists(written));
  }

  /** The reports (text, json, sarif) of a document checked by a schema that reports {@code probe}. */
  private String report(String probe, String xslt) throws Exception {
    Files.writeString(inputs.resolve("rules.sch"), """
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
            xmlns:f="urn:f" queryBinding="xslt2">
          <ns prefix="f" uri="urn:f"/>
          <ns prefix="sys" uri="java:java.lang.System"/>
          %s
          <pattern><rule context="/*"><report id="probe" test="true()"><value-of select="%s"/></report></rule></pattern>
        </schema>
        """.formatted(xslt, probe.replace("\"", "&quot;")));
    Path doc = Files.writeString(inputs.resolve("doc.xml"), document());
    Report report = validator().validate(List.of(doc));
    StringWriter all = new StringWriter();
    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.SARIF)) {
      format.reporter().write(report, dir, all);
    }
    return all.toString();
  }

  private Validator validator() {
    return Validator.builder().context(XmlContext.create(List.of(), List.of(inputs)))
        .schematronCache(null).jobs(1).build();
  }

  private static String document() {
    return """
        <?xml-model href="rules.sch" schematypens="http://purl.oclc.org/dsdl/schematron"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><p>x</p></TEI>
        """;
  }

  private static Diagnostic only(Report report) {
    assertEquals(1, report.diagnostics().size(), report.diagnostics().toString());
    return report.diagnostics().get(0);
  }
}
