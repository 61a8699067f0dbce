package org.teikit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TestEdition;
import org.teikit.cli.CliRun;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.pdf.PdfOptions;

/**
 * After one document changes, a build rewrites that document's pages and PDF and the pages and
 * book of the whole edition, nothing of the other documents, and its output is byte for byte
 * what a clean build writes.
 */
class IncrementalBuildTest {
  static final String WITH_NAME = TestEdition.VALID.replace("<p xml:id=\"p1\">%s</p>",
      "<p xml:id=\"p1\">%s <persName ref=\"edition.xml#deng\">Deng</persName></p>");
  static final String EDITION = """
      <?xml version="1.0" encoding="UTF-8"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0">
        <teiHeader><fileDesc><titleStmt><title>Letters</title></titleStmt>
          <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
        <standOff><listPerson><person xml:id="deng"><persName>Deng Xiaoping</persName></person></listPerson></standOff>
        <text><body><p>%s</p></body></text>
      </TEI>
      """;

  @TempDir Path dir;

  @Test
  void oneChangedDocumentRewritesItsOwnFilesAndTheEditionsAndEqualsACleanBuild() throws Exception {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Files.writeString(edition.resolve("edition.xml"), EDITION.formatted("An introduction."));
    for (String name : new String[] {"a", "b", "c"}) {
      Files.writeString(edition.resolve(name + ".xml"), WITH_NAME.formatted("Letter " + name, "The first words of " + name + "."));
    }
    Path out = dir.resolve("out");
    assertEquals(0, build(out, edition).exitCode());
    Map<String, byte[]> before = snapshot(out);

    Files.writeString(edition.resolve("b.xml"), WITH_NAME.formatted("Letter b", "Other words in b."));
    CliRun again = build(out, edition);
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertTrue(again.out().contains("(1 parsed, 3 unchanged)"), again.out());
    assertTrue(again.out().contains("web edition: 1 document rendered, 2 reused"), again.out());
    Map<String, byte[]> after = snapshot(out);

    Set<String> changed = changedFiles(before, after);
    assertTrue(changed.containsAll(Set.of("html/doc/b.html", "html/doc/b.xml", "pdf/documents/b.pdf", "pdf/letters.pdf")),
        changed.toString());
    for (String file : changed) {
      assertTrue(!file.matches("(html/doc|pdf/documents)/[ac][.].*"), "a file of an unchanged document was rewritten: " + file);
    }

    Path clean = dir.resolve("clean");
    assertEquals(0, CliRun.of("build", "-q", "--clean", "-o", clean.toString(), edition.toString()).exitCode());
    assertEquals(Set.of(), changedFiles(after, snapshot(clean)), "the incremental build equals a clean one");
  }

  /**
   * A document saved while a build runs (here once validation has parsed it, as the web edition
   * starts) is published as parsed, and the build is stamped with the text it first read: the
   * next build is not "up to date" and publishes the saved text. A stamp made of the text on disk
   * when the build ends would keep the stale pages for good.
   */
  @Test
  void aSourceSavedDuringABuildIsSeenByTheNext() throws Exception {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Path a = Files.writeString(edition.resolve("a.xml"), TestEdition.VALID.formatted("A", "Read first."));
    Path out = dir.resolve("out");
    BuildProgress savesAfterParsing = new BuildProgress() {
      @Override
      public void begin(Stage stage, int total) {
        if (stage == Stage.HTML) {
          try {
            Files.writeString(a, TestEdition.VALID.formatted("A", "Saved during the build."));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }

      @Override
      public void advance(String done) {}

      @Override
      public void end(String summary) {}
    };
    EditionBuild.Options options = new EditionBuild.Options(out, false, false, 1,
        HtmlOptions.defaults(), PdfOptions.defaults(), false);
    assertEquals(false, new EditionBuild(options, savesAfterParsing).run(List.of(edition)).upToDate());
    assertTrue(Files.readString(out.resolve("html/doc/a.html")).contains("Read first."), "published as parsed");

    BuildOutcome next = new EditionBuild(options, BuildProgress.NONE).run(List.of(edition));
    assertEquals(false, next.upToDate(), "the build saw the file saved during the last one");
    assertTrue(Files.readString(out.resolve("html/doc/a.html")).contains("Saved during the build."));
    assertEquals(true, new EditionBuild(options, BuildProgress.NONE).run(List.of(edition)).upToDate());
  }

  @Test
  void aChangedEditionFileRebuildsEveryPageThatShowsIt() throws Exception {
    Path edition = Files.createDirectories(dir.resolve("letters"));
    Files.writeString(edition.resolve("edition.xml"), EDITION.formatted("An introduction."));
    for (String name : new String[] {"a", "b"}) {
      Files.writeString(edition.resolve(name + ".xml"), WITH_NAME.formatted("Letter " + name, "Words of " + name + "."));
    }
    Path out = dir.resolve("out");
    assertEquals(0, build(out, edition).exitCode());

    Files.writeString(edition.resolve("edition.xml"), EDITION.formatted("An introduction.")
        .replace("<title>Letters</title>", "<title>Letters, second edition</title>"));
    CliRun again = build(out, edition);
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertTrue(again.out().contains("web edition: 2 documents rendered, 0 reused"), again.out());
    assertTrue(Files.readString(out.resolve("html/doc/a.html")).contains("second edition"));

    Path clean = dir.resolve("clean");
    assertEquals(0, CliRun.of("build", "-q", "--clean", "-o", clean.toString(), edition.toString()).exitCode());
    assertEquals(Set.of(), changedFiles(snapshot(out), snapshot(clean)));
  }

  private static CliRun build(Path out, Path edition) {
    return CliRun.of("build", "--no-progress", "-o", out.toString(), edition.toString());
  }

  /** Every file under {@code root} by its path relative to root, with its bytes. */
  static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** Files added, removed, or with other bytes. */
  static Set<String> changedFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    Set<String> changed = new TreeSet<>();
    Set<String> all = new TreeSet<>(before.keySet());
    all.addAll(after.keySet());
    for (String file : all) {
      if (!Arrays.equals(before.get(file), after.get(file))) {
        changed.add(file);
      }
    }
    return changed;
  }
}
