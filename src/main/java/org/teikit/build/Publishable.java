package org.teikit.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;
import org.teikit.edition.Edition;

/**
 * What validation leaves to publish: each edition without its documents that have errors (none of
 * an edition whose edition.xml has errors); and the documents left out. Forced, documents with
 * errors are published too, except those that could not be read at all (not well-formed, not
 * XML, not checked to the end): no stage can render them, and each would report the same error again.
 */
record Publishable(List<Edition> editions, List<Path> skipped) {

  static Publishable of(List<Edition> editions, Report validation, boolean force) {
    Set<Path> failed = force ? unreadable(validation) : filesWithErrors(validation);
    List<Edition> kept = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (Edition edition : editions) {
      if (!force && edition.editionFile().map(f -> failed.contains(normal(f))).orElse(false)) {
        skipped.addAll(edition.documents());
        continue;
      }
      List<Path> passed = new ArrayList<>();
      for (Path document : edition.documents()) {
        (failed.contains(normal(document)) ? skipped : passed).add(document);
      }
      kept.add(new Edition(edition.name(), edition.folder(), edition.editionFile(), passed));
    }
    return new Publishable(List.copyOf(kept), List.copyOf(skipped));
  }

  /** Every file the publishers read: edition.xml files and documents. */
  List<Path> files() {
    return editions.stream().flatMap(e -> Stream.concat(e.editionFile().stream(), e.documents().stream())).toList();
  }

  /**
   * Files whose parse failed or could not be finished: a well-formedness error is fatal (no tree
   * is built), an {@code io} error means the file could not be read or its check ran out of
   * memory or depth, which rendering it would only meet again.
   */
  private static Set<Path> unreadable(Report report) {
    Set<Path> failed = new HashSet<>();
    report.diagnostics().stream().filter(d -> d.isError() && (d.check() == Check.WF || d.check() == Check.IO))
        .forEach(d -> failed.add(normal(d.file())));
    return failed;
  }

  private static Set<Path> filesWithErrors(Report report) {
    Set<Path> failed = new HashSet<>();
    report.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> failed.add(normal(d.file())));
    return failed;
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
