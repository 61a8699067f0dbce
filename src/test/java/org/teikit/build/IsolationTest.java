package org.teikit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.CliRun;

/**
 * A document that fails in any stage is reported (file, stage, plain words) and left out of that
 * stage; every other document is published, and the edition's own pages and its book are built
 * without it. Each case builds a valid control document beside the hostile one and checks the
 * control's page, its PDF and the edition's book afterwards.
 */
class IsolationTest {
  static final String TEI = """
      <?xml version="1.0" encoding="UTF-8"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0">
        <teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
          <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
        <text><body>%s</body></text>
      </TEI>
      """;

  @TempDir Path dir;

  /** 100,000 nested divisions: valid, but too deep for the web and print stylesheets. */
  @Test
  void aDocumentTooDeepToRenderIsLeftOutOfBothEditionsAndTheRestIsPublished() throws IOException {
    Path edition = editionWith("nested.xml", TEI.formatted("Nested",
        "<div>".repeat(100_000) + "<p>Deep.</p>" + "</div>".repeat(100_000)));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("build", "--no-progress", "-o", out.toString(), edition.toString());

    assertEquals(1, run.exitCode(), "a document error, not a problem of the run: " + run.out() + run.err());
    assertControlPublished(out);
    assertFalse(Files.exists(out.resolve("html/doc/nested.html")), "no half-written page is left");
    assertFalse(Files.exists(out.resolve("pdf/documents/nested.pdf")));
    List<String> nested = run.findings().stream().filter(l -> l.contains("nested.xml")).toList();
    assertTrue(nested.stream().anyMatch(l -> l.contains("nest too deeply") && l.endsWith("[html]")), run.out());
    assertTrue(nested.stream().anyMatch(l -> l.contains("nest too deeply") && l.contains("[pdf")), run.out());
    assertTrue(nested.stream().anyMatch(l -> l.contains("left out of the edition's book")), run.out());
    assertPlain(run);
  }

  /** A character no font has fails the document's print; the edition's book is set without it. */
  @Test
  void aDocumentThatCannotBeSetForPrintIsLeftOutOfTheBookOnly() throws IOException {
    Path edition = editionWith("linear-b.xml", TEI.formatted("Linear B", "<p>𐀀𐀁</p>"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("build", "--no-progress", "-o", out.toString(), edition.toString());

    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertControlPublished(out);
    assertTrue(Files.isRegularFile(out.resolve("html/doc/linear-b.html")), "its web page is published");
    assertFalse(Files.exists(out.resolve("pdf/documents/linear-b.pdf")));
    assertTrue(run.out().contains("linear-b.xml: warning: left out of the edition's book"), run.out());
    assertPlain(run);
  }

  /**
   * Forced, a file that is not well-formed cannot be published by any stage: it is left out and
   * its parse error reported once, not again by the web and print stages (it was three times,
   * and the error count doubled).
   */
  @Test
  void forcedAFileThatCannotBeReadIsReportedOnceAndLeftOut() throws IOException {
    Path edition = editionWith("broken.xml", TEI.formatted("Broken", "<p>unclosed</body>"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("build", "--force", "--no-progress", "-o", out.toString(), edition.toString());

    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertControlPublished(out);
    List<String> broken = run.findings().stream().filter(l -> l.contains("broken.xml")).toList();
    assertEquals(1, broken.size(), run.out());
    assertTrue(broken.get(0).endsWith("[wf]"), broken.get(0));
    assertTrue(run.out().contains("2 documents published, 1 skipped for errors; 1 error;"), run.out());
  }

  private Path editionWith(String name, String hostile) throws IOException {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Files.writeString(edition.resolve("control.xml"), TEI.formatted("Control", "<p>The control document.</p>"));
    // a second one, so that the edition's book holds documents whatever is left out
    Files.writeString(edition.resolve("control-2.xml"), TEI.formatted("Control 2", "<p>Another one.</p>"));
    Files.writeString(edition.resolve(name), hostile);
    return edition;
  }

  /** The control's page and PDF, the edition's own pages and its book. */
  private static void assertControlPublished(Path out) {
    for (String file : List.of("html/doc/control.html", "html/doc/control.xml", "html/index.html",
        "html/search-index.js", "pdf/documents/control.pdf", "pdf/letters.pdf")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file + " was published");
    }
  }

  /** Nothing of Java's or Saxon's own wording reaches the user. */
  private static void assertPlain(CliRun run) {
    String all = run.out() + run.err();
    for (String java : List.of("Exception", "\tat ", ".xsl#", "java.", "net.sf.saxon", "Too many nested")) {
      assertFalse(all.contains(java), "'" + java + "' in: " + all);
    }
  }
}
