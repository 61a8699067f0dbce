package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;

/** Files built to attack an XML tool get a clear error, quickly, and nothing is read through them. */
class HostileInputTest {
  static final String SECRET = "teikit-secret-4711";

  @TempDir Path dir;

  @Test
  void externalEntityIsReportedAndTheFileItNamesIsNeverRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    Path xxe = Files.writeString(dir.resolve("xxe.xml"), """
        <?xml version="1.0"?>
        <!DOCTYPE p [ <!ENTITY x SYSTEM "%s"> ]>
        <p>&x;</p>
        """.formatted(secret.toUri()));
    Path remote = Files.writeString(dir.resolve("remote-dtd.xml"), """
        <?xml version="1.0"?>
        <!DOCTYPE p SYSTEM "http://127.0.0.1:9/never.dtd">
        <p>text</p>
        """);
    Validator validator = Validator.builder().defaultSchema(false).build();

    long start = System.nanoTime();
    Report report = validator.validate(List.of(xxe, remote));
    long millis = (System.nanoTime() - start) / 1_000_000;

    List<Diagnostic> errors = report.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(2, errors.size(), report.diagnostics().toString());
    assertEquals(remote, errors.get(0).file());
    assertEquals(2, errors.get(0).line());
    assertTrue(errors.get(0).message().contains("external DTD (http://127.0.0.1:9/never.dtd)"), errors.get(0).message());
    assertEquals(xxe, errors.get(1).file());
    assertEquals(2, errors.get(1).line());
    assertTrue(errors.get(1).message().contains("external entity \"x\""));
    assertFalse(report.diagnostics().toString().contains(SECRET));
    assertTrue(millis < 10_000, "took " + millis + " ms"); // tells a stop from a hang: a busy CI machine is slow
  }

  @Test
  void billionLaughsStopsAtTheExpansionLimitWellUnderASecond() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE p [ <!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path laughs = Files.writeString(dir.resolve("laughs.xml"), dtd + "]>\n<p>&l10;</p>\n");
    Validator validator = Validator.builder().defaultSchema(false).build();

    long start = System.nanoTime();
    Report report = validator.validate(List.of(laughs));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(1, report.count(org.teikit.diagnostic.Severity.ERROR));
    Diagnostic error = report.diagnostics().get(0);
    assertEquals(Check.WF, error.check());
    assertEquals(2, error.line());
    assertTrue(error.message().contains("entity expansions"), error.message());
    assertTrue(millis < 10_000, "took " + millis + " ms"); // tells a stop from a hang: a busy CI machine is slow
  }

  @Test
  void anElementWithMoreAttributesThanTheLimitIsRefusedAtItsPlace() throws Exception {
    StringBuilder attributes = new StringBuilder();
    for (int i = 0; i <= org.teikit.xml.InputLimits.ELEMENT_ATTRIBUTES; i++) {
      attributes.append(" a").append(i).append("=\"x\"");
    }
    Path crowded = Files.writeString(dir.resolve("crowded.xml"),
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<p" + attributes + "/></TEI>\n");
    Path fine = Files.writeString(dir.resolve("fine.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<p a=\"x\"/></TEI>\n");
    Report report = Validator.builder().defaultSchema(false).build().validate(List.of(crowded, fine));

    List<Diagnostic> errors = report.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(crowded, errors.get(0).file());
    assertEquals(Check.WF, errors.get(0).check());
    assertEquals(2, errors.get(0).line());
    assertTrue(errors.get(0).message().contains("has 10,001 attributes"), errors.get(0).message());
  }

  @Test
  void aBrokenFileDoesNotStopTheOthers() throws Exception {
    Path broken = Files.writeString(dir.resolve("a-broken.xml"), "<p>unclosed");
    Path fine = Files.writeString(dir.resolve("b-fine.xml"), "<p xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"x\" corresp=\"#y\">text</p>");
    Report report = Validator.builder().defaultSchema(false).build().validate(List.of(dir));
    assertEquals(List.of(broken, fine), report.files());
    assertTrue(report.diagnostics().stream().anyMatch(d -> d.file().equals(broken) && d.check() == Check.WF));
    assertTrue(report.diagnostics().stream().anyMatch(d -> d.file().equals(fine) && d.check() == Check.REF));
  }
}
