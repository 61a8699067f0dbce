package org.teikit.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words reports print and caches store for each check are the ones they always were. */
class CheckTest {

  @Test
  void everyCheckKeepsItsWireName() {
    Map<Check, String> expected = new LinkedHashMap<>();
    expected.put(Check.WF, "wf");
    expected.put(Check.IO, "io");
    expected.put(Check.SCHEMA, "schema");
    expected.put(Check.RNG, "rng");
    expected.put(Check.XSD, "xsd");
    expected.put(Check.SCH, "sch");
    expected.put(Check.REF, "ref");
    expected.put(Check.HTML, "html");
    expected.put(Check.PUBLISH, "publish");
    expected.put(Check.PDF, "pdf");
    assertEquals(Arrays.asList(Check.values()), expected.keySet().stream().toList(), "a check was added or removed");
    expected.forEach((check, name) -> assertEquals(name, check.wireName(), check.name()));
  }

  @Test
  void aWireNameReadsBackAsItsCheck() {
    for (Check check : Check.values()) {
      assertEquals(Optional.of(check), Check.ofWireName(check.wireName()));
    }
    assertEquals(Optional.empty(), Check.ofWireName("RNG"));
  }

  @Test
  void theRuleTagIsTheWireNameAndTheCode() {
    Diagnostic plain = Diagnostic.error(Path.of("a.xml"), 1, 1, Check.RNG, "m");
    Diagnostic coded = new Diagnostic(Path.of("a.xml"), 1, 1, Severity.ERROR, Check.SCH, "code", null, "m");
    assertEquals("rng", plain.rule());
    assertEquals("sch/code", coded.rule());
  }
}
