package org.teikit.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.teikit.diagnostic.Diagnostic;

/**
 * What one build did.
 *
 * @param build the number open pages compare with their own to know they are stale
 * @param editions the editions whose pages were written again (all of them for a full build)
 * @param documents documents rendered by this build (the others' pages were kept as they were)
 * @param validated files validated by this build
 * @param findings what validating and publishing those files found, sorted
 * @param problems what kept the build from using new stylesheets, schemas or folders (the last
 *     good ones stay in use)
 * @param took from the start of the build to the new files being in place
 */
public record Rebuild(
    long build,
    List<String> editions,
    int documents,
    List<Path> validated,
    List<Diagnostic> findings,
    List<String> problems,
    Duration took) {
  public Rebuild {
    editions = List.copyOf(editions);
    validated = List.copyOf(validated);
    findings = findings.stream().sorted(Diagnostic.ORDER).toList();
    problems = List.copyOf(problems);
  }

  public long errors() {
    return findings.stream().filter(Diagnostic::isError).count();
  }
}
