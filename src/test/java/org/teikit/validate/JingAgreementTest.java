package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.teikit.Installed;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Report;

/**
 * teikit and the jing command line agree, file by file, on which FRUS files are valid against
 * tei_all.rng (RELAX NG only: jing runs no Schematron).
 */
@UsesShared
class JingAgreementTest {
  static final Path TEI_ALL = Shared.teiAll();
  static final Path FRUS = Shared.path("corpora/frus");

  @Test
  void teikitAndJingAgreeOnWhichFrusFilesAreRelaxNgValid() throws Exception {
    Path jing = Installed.program("/usr/bin/jing", "jing");
    List<Path> files = frusFiles();
    assertTrue(files.size() >= 100, "the FRUS corpus is in place");

    Set<Path> jingInvalid = invalidByJing(jing, files);
    Report report = Validator.builder().schema(TEI_ALL).build().validate(List.of(FRUS));
    Set<Path> teikitInvalid = report.diagnostics().stream()
        .filter(d -> d.check() == Check.RNG && d.isError())
        .map(d -> d.file().toAbsolutePath().normalize()).collect(Collectors.toCollection(TreeSet::new));

    assertEquals(jingInvalid, teikitInvalid);
    assertTrue(jingInvalid.size() > 0 && jingInvalid.size() < files.size(), "the corpus has both kinds");
  }

  private static Set<Path> invalidByJing(Path jing, List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(jing.toString(), TEI_ALL.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
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
