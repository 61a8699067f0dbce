package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Report;

/**
 * teikit and the jing command line agree, file by file, on which FRUS files are valid against
 * tei_all.rng (RELAX NG only: jing runs no Schematron).
 */
class JingAgreementTest {
  static final Path TEI_ALL = Path.of("../shared/corpora/tei-schema/tei_all.rng");
  static final Path FRUS = Path.of("../shared/corpora/frus");

  @Test
  void teikitAndJingAgreeOnWhichFrusFilesAreRelaxNgValid() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/jing")), "the Debian jing package is not installed");
    List<Path> files = frusFiles();
    assertTrue(files.size() >= 100, "the FRUS corpus is in place");

    Set<Path> jingInvalid = invalidByJing(files);
    Report report = Validator.builder().schema(TEI_ALL).build().validate(List.of(FRUS));
    Set<Path> teikitInvalid = report.diagnostics().stream()
        .filter(d -> d.check() == Check.RNG && d.isError())
        .map(d -> d.file().toAbsolutePath().normalize()).collect(Collectors.toCollection(TreeSet::new));

    assertEquals(jingInvalid, teikitInvalid);
    assertTrue(jingInvalid.size() > 0 && jingInvalid.size() < files.size(), "the corpus has both kinds");
  }

  private static Set<Path> invalidByJing(List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/usr/bin/jing", TEI_ALL.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process jing = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(jing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jing.waitFor();
    Set<Path> invalid = new TreeSet<>();
    for (String line : out.split("\n")) {
      int colon = line.indexOf(".xml:");
      if (colon > 0 && line.contains(": error: ")) {
        invalid.add(Path.of(line.substring(0, colon + 4)).toAbsolutePath().normalize());
      }
    }
    return invalid;
  }

  private static List<Path> frusFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(FRUS)) {
      return walk.filter(p -> p.toString().endsWith(".xml")).map(p -> p.toAbsolutePath().normalize())
          .sorted().toList();
    }
  }
}
