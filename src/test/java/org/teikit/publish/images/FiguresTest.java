package org.teikit.publish.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Installed;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.cli.CliRun;

/** Figures in the web and the print edition: shown, converted, embedded, or a placeholder with a warning. */
class FiguresTest {
  @TempDir
  Path dir;

  @Test
  @UsesShared
  void aMissingImageOfFrusIsAWarningAtItsGraphic() {
    Path volume = Shared.require(Shared.path("corpora/frus/volumes/frus1917-72PubDip.xml"));
    CliRun run = CliRun.of("html", volume.toString(), "-o", dir.resolve("html").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> missing = run.findings().stream().filter(f -> f.contains("[publish/image]")).toList();
    assertEquals(12, missing.size(), run.out());
    // <graphic width="26pc" url="Document A.1"/> on line 4792, its tag ending at column 67
    assertTrue(missing.get(0).matches(".*frus1917-72PubDip\\.xml:4792:67: warning: the image \"Document A\\.1\" is not a file.*"),
        missing.get(0));
  }

  @Test
  void localImagesAreCopiedTiffConvertedTheMissingOnesPlaceholders() throws IOException {
    Path edition = figures();
    Path site = dir.resolve("html");
    CliRun run = CliRun.of("html", edition.toString(), "-o", site.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String page = Files.readString(site.resolve("doc/figures.html"));
    assertTrue(page.contains("<img class=\"tk-image\" src=\"../images/figures/img/photo.png\" alt=\"Readers at long tables\""), page);
    assertTrue(page.contains("src=\"../images/figures/img/scan.png\""), page);
    // TIFF, which browsers do not show, is a PNG in the site, of the same size
    Path converted = site.resolve("images/figures/img/scan.png");
    assertEquals(320, ImageIO.read(converted.toFile()).getWidth());
    assertTrue(Files.readString(converted, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("\u0089PNG"));
    assertTrue(page.contains("tk-image-missing-url\">img/lost.jpg</span>"), page);
    assertTrue(page.contains("<span class=\"tk-image-missing-label\">Image not available</span>"), page);
    assertTrue(page.contains("A photograph now lost"), page);
    // a remote image is a link, not fetched and not shown by default
    assertTrue(page.contains("<a class=\"tk-image-link\" href=\"https://example.org/x.jpg\""), page);
    assertFalse(page.contains("<img class=\"tk-image\" src=\"https://"), page);
    assertTrue(run.findings().stream().anyMatch(f -> f.matches(".*figures\\.xml:6:\\d+: warning: the image \"img/lost\\.jpg\".*")),
        run.out());
  }

  @Test
  void anImageOutsideTheDocumentsFolderIsRefusedNeverRead() throws IOException {
    Path edition = figures();
    Path secret = Files.writeString(dir.resolve("secret.png"), "not for the site");
    Files.createSymbolicLink(edition.resolve("img/linked.png"), secret);
    Path site = dir.resolve("html");
    CliRun run = CliRun.of("html", edition.toString(), "-o", site.toString());
    List<String> refused = run.findings().stream().filter(f -> f.contains("is not read: it leads out")).toList();
    assertEquals(List.of("\"../secret.png\"", "\"img/linked.png\"", "\"/etc/hostname\""),
        refused.stream().map(f -> f.replaceAll(".*the image (\"[^\"]*\").*", "$1")).toList(), run.out());
    try (var files = Files.walk(site)) {
      assertTrue(files.filter(Files::isRegularFile).noneMatch(f -> {
        try {
          return Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("not for the site");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }));
    }
  }

  @Test
  void printEmbedsTheFoundImagesAndShowsPlaceholders() throws Exception {
    Installed.program("/usr/bin/pdfimages", "poppler-utils");
    Path edition = figures();
    Path out = dir.resolve("pdf");
    CliRun run = CliRun.of("pdf", edition.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Path pdf = out.resolve("figures.pdf");
    String list = PdfImages.list(pdf);
    // the PNG and the TIFF, at their own pixel size
    assertEquals(2, list.lines().filter(l -> l.matches("\\s*\\d+\\s+\\d+\\s+image\\s+320\\s+200\\s.*")).count(), list);
    String text = org.teikit.publish.pdf.Poppler.text(pdf);
    assertTrue(text.contains("img/lost.jpg") && text.contains("A photograph now lost"), text);
    assertTrue(text.contains("https://example.org/x.jpg"), text);
  }

  /** An edition with a PNG, a TIFF, a missing image, three that lead outside, and a remote one. */
  private Path figures() throws IOException {
    Path edition = dir.resolve("edition");
    Files.createDirectories(edition.resolve("img"));
    var image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ImageIO.write(image, "png", edition.resolve("img/photo.png").toFile());
    ImageIO.write(image, "tiff", edition.resolve("img/scan.tif").toFile());
    Files.writeString(edition.resolve("figures.xml"), """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Figures</title></titleStmt>
        <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
        <text><body><div><head>Plates</head>
        <figure><head>Fig. 1</head><graphic url="img/photo.png"/><figDesc>Readers at long tables</figDesc></figure>
        <figure><head>Fig. 2</head><graphic url="img/scan.tif"/><figDesc>A scan</figDesc></figure>
        <figure><head>Fig. 3</head><graphic url="img/lost.jpg"/><figDesc>A photograph now lost</figDesc></figure>
        <figure><head>Fig. 4</head><graphic url="../secret.png"/></figure>
        <figure><head>Fig. 5</head><graphic url="img/linked.png"/></figure>
        <figure><head>Fig. 6</head><graphic url="/etc/hostname"/></figure>
        <figure><head>Fig. 7</head><graphic url="https://example.org/x.jpg"/><figDesc>Remote</figDesc></figure>
        </div></body></text></TEI>
        """);
    return edition;
  }
}
