package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Installed;
import org.teikit.Shared;
import org.teikit.publish.pdf.Poppler;

/** {@code teikit pdf} as a user meets it: arguments in, output, files and exit code out. */
class PdfCommandTest {
  static final Path GLYPH = Path.of("src/test/resources/fixtures/pdf/missing-glyph");


  @Test
  void aCharacterNoFontCoversFailsWithItsNameScriptAndPlace(@TempDir Path tmp) throws Exception {
    CliRun run = CliRun.of("pdf", GLYPH.toString(), "-o", tmp.resolve("out").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    String expected = GLYPH.resolve("letter.xml") + ":15:37: error: 1 character has no glyph in the bundled fonts"
        + " or the --fonts folders: 'ཀ' U+0F40 TIBETAN LETTER KA (Tibetan script) \u00d71; ";
    assertTrue(run.out().contains(expected), run.out());
    // the book is not written, and the line after the count of PDFs says which document it lacks
    assertTrue(run.out().contains("\n1 document not printed, as the findings above say: letter.xml\n"), run.out());
    assertTrue(run.out().contains("[pdf/glyph]"), run.out());
    assertFalse(run.out().contains("Exception"), run.out());
    try (Stream<Path> files = Files.walk(tmp)) {
      assertTrue(files.noneMatch(p -> p.toString().endsWith(".pdf")), "no PDF with a \"#\" in it");
    }
  }

  @Test
  void aFontFolderAddsTheMissingScript(@TempDir Path tmp) throws Exception {
    Path fonts = tmp.resolve("fonts");
    Files.createDirectories(fonts);
    Path tibetan = Installed.file("/usr/share/fonts/truetype/noto/NotoSerifTibetan-Regular.ttf", "fonts-noto-core");
    Files.copy(tibetan, fonts.resolve(tibetan.getFileName()));
    CliRun run = CliRun.of("pdf", GLYPH.toString(), "-o", tmp.resolve("out").toString(), "--fonts", fonts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Path pdf = tmp.resolve("out/letter.pdf");
    assertTrue(Files.exists(pdf), run.out());
    assertTrue(Poppler.text(pdf).contains("ཀ"));
    assertTrue(Poppler.fonts(pdf).stream().anyMatch(f -> f[0].contains("Tibetan")));
  }

  @Test
  void writesTheSeedEditionIntoTheOutputFolder(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("pdf");
    CliRun run = CliRun.of("pdf", "editions", "-o", out.toString(), "--layout", "parallel", "-q");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(Files.exists(out.resolve("chervonenko-deng-1962/chervonenko-deng-1962.pdf")), "collection: DIR/<edition>/");
    assertTrue(Files.exists(out.resolve("chervonenko-deng-1962/documents/1962-03-01-chervonenko-deng.pdf")));
    assertTrue(run.out().strip().endsWith("0 errors, 0 warnings"), run.out());
  }

  @Test
  void aSecondRunCopiesTheUnchangedPdfsUnlessClean(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("pdf");
    CliRun first = CliRun.of("pdf", "editions", "-o", out.toString());
    assertEquals(0, first.exitCode(), first.out() + first.err());
    assertFalse(first.out().contains("copied"), first.out());
    CliRun second = CliRun.of("pdf", "editions", "-o", out.toString());
    assertTrue(second.out().contains("2 PDFs (2 unchanged, copied)"), second.out());
    assertTrue(Files.exists(out.resolve("chervonenko-deng-1962/documents/1962-03-01-chervonenko-deng.pdf")));
    CliRun clean = CliRun.of("pdf", "editions", "-o", out.toString(), "--clean");
    assertFalse(clean.out().contains("copied"), clean.out());
  }

  @Test
  void theApparatusOptionKeysEntriesToLinesOrToMarks(@TempDir Path tmp) throws Exception {
    // a PTA text with 48 app: keyed to its lines by default, run on with '‖'
    Path greek = Shared.require(
        Shared.path("corpora/apparatus/pta/pta0039/pta003/pta0039.pta003.pta-grcBibex.xml"));
    String pdf = "pta0039.pta003.pta-grcBibex.pdf";
    CliRun lines = CliRun.of("pdf", greek.toString(), "-o", tmp.resolve("lines").toString(), "-q");
    CliRun marks = CliRun.of("pdf", greek.toString(), "-o", tmp.resolve("marks").toString(), "-q",
        "--apparatus", "MARKS");
    assertEquals(0, lines.exitCode(), lines.out() + lines.err());
    assertEquals(0, marks.exitCode(), marks.out() + marks.err());
    String keyed = Poppler.text(tmp.resolve("lines").resolve(pdf));
    String marked = Poppler.text(tmp.resolve("marks").resolve(pdf));
    assertTrue(keyed.contains("‖") && keyed.contains("The text carries no marks"), keyed);
    assertFalse(marked.contains("‖"), marked);
    assertTrue(marked.contains("Lettered markers point to the apparatus"), marked);
    assertEquals(2, CliRun.of("pdf", greek.toString(), "-o", tmp.resolve("x").toString(), "--apparatus", "margin")
        .exitCode());
  }

  @Test
  void usageErrorsExitWithTwo(@TempDir Path tmp) {
    assertEquals(2, CliRun.of("pdf", "--layout", "sideways", "editions").exitCode());
    assertEquals(2, CliRun.of("pdf", tmp.resolve("missing").toString()).exitCode());
    assertEquals(2, CliRun.of("pdf", "editions", "--fonts", tmp.resolve("no-fonts").toString()).exitCode());
  }

  @Test
  void badXmlIsOneLineAndTheOtherDocumentsStillRender(@TempDir Path tmp) throws Exception {
    Path edition = tmp.resolve("ed");
    Files.createDirectories(edition);
    Files.writeString(edition.resolve("a-broken.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>\n<body><p>x</body></text></TEI>");
    Files.writeString(edition.resolve("b-good.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>Good text.</p></body></text></TEI>");
    CliRun run = CliRun.of("pdf", edition.toString(), "-o", tmp.resolve("out").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.matches(".*a-broken\\.xml:2:\\d+: error: .*\\[wf\\]")), run.out());
    assertTrue(Files.exists(tmp.resolve("out/ed.pdf")), run.out());
    assertTrue(Poppler.text(tmp.resolve("out/ed.pdf")).contains("Good text."));
  }
}
