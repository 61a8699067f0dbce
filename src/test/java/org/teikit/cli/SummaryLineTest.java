package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command puts its findings on standard output and ends with the contract's summary line,
 * which scripts read: "N files, E errors, W warnings".
 */
class SummaryLineTest {
  private static final String GOOD = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Good</title></titleStmt>
        <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
        <text><body><p>ok</p></body></text></TEI>
      """;

  @TempDir Path tmp;

  @Test
  void everyCommandEndsWithTheSummaryLineAndListsItsFindingsOnStandardOutput() throws Exception {
    Path edition = Files.createDirectories(tmp.resolve("ed"));
    Files.writeString(edition.resolve("good.xml"), GOOD);
    Files.writeString(edition.resolve("bad.xml"), "<TEI>\n  <text><p>unclosed</text>\n</TEI>");
    for (String command : List.of("validate", "html", "pdf", "build")) {
      List<String> output = command.equals("validate") ? List.of() : List.of("-o", tmp.resolve(command).toString());
      List<String> args = new java.util.ArrayList<>(List.of(command, "--no-progress", edition.toString()));
      args.addAll(output);
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(ExitCodes.INVALID, run.exitCode(), command + ": " + run.out() + run.err());
      assertEquals("2 files, 1 error, 0 warnings", run.summary(), command + ": " + run.out());
      assertTrue(run.findings().stream().anyMatch(l -> l.matches(".*bad\\.xml:2:\\d+: error: .+ \\[wf\\]")),
          command + ": " + run.out());
      assertFalse(run.err().contains("bad.xml"), command + " told a finding on standard error: " + run.err());
    }
  }
}
