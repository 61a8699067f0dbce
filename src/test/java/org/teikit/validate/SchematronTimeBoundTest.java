package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.DiagnosticSink;
import org.teikit.xml.XmlContext;

/** A Schematron rule that would loop for ages is stopped at the time bound, with a finding that names it. */
class SchematronTimeBoundTest {
  static final String ENDLESS = "every $i in 1 to 10000000, $j in 1 to 1000000 satisfies $i + $j gt 0";
  static final TimeBound ONE_SECOND = new TimeBound(Duration.ofSeconds(1));

  @TempDir Path dir;
  XmlContext xml = XmlContext.create(List.of(), List.of());

  @Test
  void anEndlessAssertionIsStoppedAndNamedAndTheNextDocumentIsChecked() throws Exception {
    TreeSchema schema = compile("", ENDLESS);
    Diagnostic endless = stoppedInTime(schema, "rule");
    assertTrue(endless.message().contains("rule on \"tei:p\" (pattern slow)"), endless.message());
    assertTrue(endless.message().contains("within 1 s"), endless.message());
    // and another document (the rule finds nothing where there is no p) is checked as usual
    assertEquals(List.of(), check(schema, "<TEI xmlns='http://www.tei-c.org/ns/1.0'><ab>fine</ab></TEI>"));
  }

  @Test
  void aSchemaRunAsAStylesheetIsBoundedToo() throws Exception {
    TreeSchema schema = compile("<xsl:function name='f:all' as='xs:boolean'><xsl:sequence select='" + ENDLESS + "'/></xsl:function>",
        "f:all()");
    assertTrue(schema instanceof SchematronSchema);
    Diagnostic found = stoppedInTime(schema, "stylesheet");
    assertTrue(found.message().contains("rule on \"tei:p\" of rules.sch did not finish within 1 s"), found.message());
  }

  /**
   * Checks a document whose p the endless rule meets: one sch/timeout finding, within 10 s (it stops after 1 s), and
   * the rule's thread stops too, not only the wait for it.
   */
  private Diagnostic stoppedInTime(TreeSchema schema, String what) throws Exception {
    java.util.Set<Thread> before = ruleThreads();
    long start = System.nanoTime();
    List<Diagnostic> found = check(schema, "<TEI xmlns='http://www.tei-c.org/ns/1.0'><p>loop</p></TEI>");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(1, found.size(), found.toString());
    assertEquals("sch/timeout", found.get(0).rule(), found.get(0).message());
    assertTrue(millis < 10_000, "took " + millis + " ms"); // the rule is stopped after 1 s; 10 s tells that from a hang on a busy machine
    assertTrue(stopsWithin(Duration.ofSeconds(2), before), "the stopped " + what + " still runs");
    return found.get(0);
  }

  private TreeSchema compile(String xslt, String test) throws Exception {
    Path schema = Files.writeString(dir.resolve("rules.sch"), """
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
            xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:f" queryBinding="xslt2">
          <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
          <ns prefix="f" uri="urn:f"/>
          %s
          <pattern id="slow"><rule context="tei:p"><assert id="endless" test="%s">never</assert></rule></pattern>
        </schema>
        """.formatted(xslt, test));
    return new SchematronCompiler(xml, null, SchematronCompiler.Engine.AUTO, ONE_SECOND)
        .compile(new SchemaRef(schema.toUri(), SchemaKind.SCHEMATRON));
  }

  private List<Diagnostic> check(TreeSchema schema, String text) throws Exception {
    Path file = Files.writeString(dir.resolve("doc.xml"), text);
    XdmNode document = xml.processor().newDocumentBuilder().build(file.toFile());
    DiagnosticSink sink = new DiagnosticSink();
    schema.check(document, file, sink);
    return sink.toList();
  }

  /** Whether every rule thread but those in {@code before} ends in time. */
  private static boolean stopsWithin(Duration wait, java.util.Set<Thread> before) throws InterruptedException {
    long until = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < until) {
      if (before.containsAll(ruleThreads())) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private static java.util.Set<Thread> ruleThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("teikit-schematron") && t.isAlive()).collect(java.util.stream.Collectors.toSet());
  }
}
