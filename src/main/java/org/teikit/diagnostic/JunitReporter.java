package org.teikit.diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML as Jenkins and GitLab read it: one {@code testsuite}, one {@code testcase} per
 * document, a {@code failure} holding the document's errors, warnings in {@code system-out}.
 */
public final class JunitReporter implements Reporter {

  @Override
  public void write(Report report, Path base, Appendable out) throws IOException {
    Map<Path, List<Diagnostic>> byFile = report.byFile();
    long failures = byFile.values().stream().filter(JunitReporter::failed).count();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"teikit validate\" tests=\"").append(String.valueOf(byFile.size()))
        .append("\" failures=\"").append(String.valueOf(failures)).append("\" errors=\"0\">\n");
    out.append("  <testsuite name=\"teikit validate\" tests=\"").append(String.valueOf(byFile.size()))
        .append("\" failures=\"").append(String.valueOf(failures))
        .append("\" errors=\"0\" skipped=\"0\">\n");
    for (Map.Entry<Path, List<Diagnostic>> file : byFile.entrySet()) {
      writeCase(file.getKey(), file.getValue(), base, out);
    }
    out.append("  </testsuite>\n</testsuites>\n");
  }

  private static boolean failed(List<Diagnostic> found) {
    return found.stream().anyMatch(Diagnostic::isError);
  }

  private static void writeCase(Path file, List<Diagnostic> found, Path base, Appendable out)
      throws IOException {
    String name = Reporter.display(file, base);
    out.append("    <testcase classname=\"teikit.validate\" name=\"").append(Xml.attribute(name)).append('"');
    if (found.isEmpty()) {
      out.append("/>\n");
      return;
    }
    out.append(">\n");
    List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      out.append("      <failure type=\"validation\" message=\"")
          .append(Xml.attribute(errors.size() + (errors.size() == 1 ? " error: " : " errors, first: ")
              + errors.get(0).message()))
          .append("\">").append(Xml.text(lines(errors, base))).append("</failure>\n");
    }
    List<Diagnostic> others = found.stream().filter(d -> !d.isError()).toList();
    if (!others.isEmpty()) {
      out.append("      <system-out>").append(Xml.text(lines(others, base))).append("</system-out>\n");
    }
    out.append("    </testcase>\n");
  }

  private static String lines(List<Diagnostic> found, Path base) {
    return found.stream().map(d -> TextReporter.line(d, base)).collect(Collectors.joining("\n"));
  }
}
