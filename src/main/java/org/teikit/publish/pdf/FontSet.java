package org.teikit.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.InternalException;

/**
 * The fonts a run may use: DejaVu Serif (Condensed for the text), Sans and Sans Mono from the jar (Latin, Greek, Cyrillic;
 * DejaVu licence, a free Bitstream Vera derivative) and Noto Serif, the bundled fallbacks
 * ({@link #FALLBACKS}: Noto Sans Symbols2), then the user's {@code --fonts} folders.
 * Knows which characters each covers and writes the FOP font configuration for them.
 */
public final class FontSet {
  /** Where the bundled TTFs live on the class path (Maven artifact net.sf.jasperreports:jasperreports-fonts). */
  static final String BUNDLED_DIR = "/net/sf/jasperreports/fonts/dejavu/";

  /** The families the stylesheet names, body face first. */
  public static final List<String> BUNDLED_FAMILIES =
      List.of("DejaVu Serif Condensed", "DejaVu Serif", "DejaVu Sans", "Noto Serif");

  /** Noto Serif Regular (SIL OFL 1.1, licence beside it): a fallback for what DejaVu lacks. */
  static final String NOTO_SERIF = "/org/teikit/fonts/NotoSerif-Regular.ttf";

  /**
   * Bundled faces (SIL OFL 1.1, licence beside them) that join a book's font list only when its
   * text has a character the families above lack, as a --fonts family does, so that a book
   * without such characters is set and embedded as before: Noto Sans Symbols2 has the Ancient
   * Greek Numbers (U+10140-1018E: acrophonic numerals, fractions, the sinusoid sign) and Ancient
   * Symbols (Roman weights and coins, U+10190-101A0) that epigraphy needs.
   */
  static final List<String[]> FALLBACKS = List.<String[]>of(
      new String[] {"Noto Sans Symbols2", "/org/teikit/fonts/NotoSansSymbols2-Regular.ttf"});

  /** One font file registered with FOP. */
  record Face(String family, String style, String weight, URI uri, BitSet coverage) {}

  private static final String[][] BUNDLED = {
    {"DejaVu Serif Condensed", "DejaVuSerifCondensed", "", "-Bold", "-Italic", "-BoldItalic"},
    {"DejaVu Serif", "DejaVuSerif", "", "-Bold", "-Italic", "-BoldItalic"},
    {"DejaVu Sans", "DejaVuSans", "", "-Bold", "-Oblique", "-BoldOblique"},
    {"DejaVu Sans Mono", "DejaVuSansMono", "", "-Bold", "-Oblique", "-BoldOblique"},
  };

  private static volatile List<Face> bundledFaces;

  private final List<Face> faces;
  private final BitSet bundledCoverage;
  private final List<Path> fontDirs;

  private FontSet(List<Face> faces, BitSet bundledCoverage, List<Path> fontDirs) {
    this.faces = faces;
    this.bundledCoverage = bundledCoverage;
    this.fontDirs = fontDirs;
  }

  /**
   * The bundled fonts plus every regular, bold, italic and bold italic TrueType or OpenType font
   * found (recursively) in {@code fontDirs}.
   *
   * @throws IOException when a folder cannot be read
   */
  public static FontSet load(List<Path> fontDirs) throws IOException {
    List<Face> all = new ArrayList<>(bundled());
    BitSet covered = new BitSet();
    for (Face face : bundled()) {
      if (face.style().equals("normal") && face.weight().equals("normal") && BUNDLED_FAMILIES.contains(face.family())) {
        covered.or(face.coverage());
      }
    }
    List<Path> dirs = new ArrayList<>();
    for (Path dir : fontDirs) {
      Path real = dir.toAbsolutePath().normalize();
      if (!Files.isDirectory(real)) {
        throw new java.nio.file.NoSuchFileException(dir.toString(), null, Catalogue.text("pdf.no-font-folder"));
      }
      dirs.add(real.toRealPath());
      all.addAll(userFaces(real));
    }
    return new FontSet(List.copyOf(all), covered, List.copyOf(dirs));
  }

  /** True when a bundled regular face has a glyph for the code point. */
  public boolean bundledCovers(int codePoint) {
    return bundledCoverage.get(codePoint);
  }

  /**
   * The family of the first font beyond the bundled families with a glyph for the code point (a
   * regular face): a bundled fallback ({@link #FALLBACKS}), else a user font in folder order.
   */
  public Optional<String> userFamilyFor(int codePoint) {
    return faces.stream()
        .filter(f -> !BUNDLED_FAMILIES.contains(f.family()))
        .filter(f -> f.style().equals("normal") && f.weight().equals("normal"))
        .filter(f -> f.coverage().get(codePoint))
        .map(Face::family)
        .findFirst();
  }

  /** The folders the user's fonts come from; the resource resolver reads fonts only there and in the jar. */
  public List<Path> fontDirs() {
    return fontDirs;
  }

  /** The FOP configuration: every face embedded (subset), no font cache, no system fonts. */
  public String fopConfiguration() {
    StringBuilder xml = new StringBuilder();
    xml.append("<fop version=\"1.0\"><use-cache>false</use-cache>")
        .append("<renderers><renderer mime=\"application/pdf\"><fonts>");
    for (Face f : faces) {
      xml.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"")
          .append(escape(f.uri().toString())).append("\">");
      triplet(xml, f.family(), f.style(), f.weight());
      // a family without bold or italic faces sets those styles in its regular face: FOP would
      // otherwise pass the family over for italic text and print "#" for its script
      if (f.style().equals("normal") && f.weight().equals("normal")) {
        for (String[] styled : new String[][] {{"italic", "normal"}, {"normal", "bold"}, {"italic", "bold"}}) {
          boolean present = faces.stream().anyMatch(o -> o.family().equals(f.family())
              && o.style().equals(styled[0]) && o.weight().equals(styled[1]));
          if (!present) {
            triplet(xml, f.family(), styled[0], styled[1]);
          }
        }
      }
      xml.append("</font>");
    }
    xml.append("</fonts></renderer></renderers></fop>");
    return xml.toString();
  }

  private static void triplet(StringBuilder xml, String family, String style, String weight) {
    xml.append("<font-triplet name=\"").append(escape(family)).append("\" style=\"").append(style)
        .append("\" weight=\"").append(weight).append("\"/>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  private static List<Face> bundled() {
    List<Face> faces = bundledFaces;
    if (faces == null) {
      synchronized (FontSet.class) {
        if (bundledFaces == null) {
          bundledFaces = loadBundled();
        }
        faces = bundledFaces;
      }
    }
    return faces;
  }

  private static List<Face> loadBundled() {
    String[][] styles = {{"normal", "normal"}, {"normal", "bold"}, {"italic", "normal"}, {"italic", "bold"}};
    List<Face> faces = new ArrayList<>();
    for (String[] family : BUNDLED) {
      for (int i = 0; i < 4; i++) {
        String resource = BUNDLED_DIR + family[1] + family[2 + i] + ".ttf";
        URL url = FontSet.class.getResource(resource);
        if (url == null) {
          throw new InternalException(Catalogue.text("pdf.font-missing", resource));
        }
        BitSet coverage = new BitSet();
        if (i == 0) {
          try (InputStream in = url.openStream()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            coverage = coverage(ttf);
            ttf.close();
          } catch (IOException e) {
            throw new UncheckedIOException(Catalogue.text("pdf.font-unreadable", resource), e);
          }
        }
        try {
          faces.add(new Face(family[0], styles[i][0], styles[i][1], url.toURI(), coverage));
        } catch (URISyntaxException e) {
          throw new InternalException(Catalogue.text("pdf.font-without-uri", url), e);
        }
      }
    }
    List<String[]> regular = new ArrayList<>();
    regular.add(new String[] {"Noto Serif", NOTO_SERIF});
    regular.addAll(FALLBACKS);
    for (String[] face : regular) {
      URL url = FontSet.class.getResource(face[1]);
      if (url == null) {
        throw new InternalException(Catalogue.text("pdf.font-missing", face[1]));
      }
      try (InputStream in = url.openStream()) {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        faces.add(new Face(face[0], "normal", "normal", url.toURI(), coverage(ttf)));
        ttf.close();
      } catch (IOException e) {
        throw new UncheckedIOException(Catalogue.text("pdf.font-unreadable", face[1]), e);
      } catch (URISyntaxException e) {
        throw new InternalException(Catalogue.text("pdf.font-without-uri", url), e);
      }
    }
    return List.copyOf(faces);
  }

  /** The URIs of the bundled font files: the only files outside the font folders FOP may read. */
  static java.util.Set<URI> bundledUris() {
    java.util.Set<URI> uris = new java.util.HashSet<>();
    bundled().forEach(f -> uris.add(f.uri()));
    return uris;
  }

  /** The regular, bold, italic and bold italic faces of the .ttf/.otf fonts under {@code dir}, in path order. */
  static List<Face> userFaces(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf)"))
          .sorted().toList();
    }
    List<Face> faces = new ArrayList<>();
    for (Path file : files) {
      readFace(file).ifPresent(faces::add);
    }
    return faces;
  }

  /** A user font's family and style from its name table; fonts that cannot be read are skipped. */
  private static Optional<Face> readFace(Path file) {
    boolean otf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".otf");
    try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.toFile())) {
      TrueTypeFont font = otf ? new OTFParser().parse(in) : new TTFParser().parse(in);
      try {
        NamingTable naming = font.getNaming();
        if (naming == null || naming.getFontFamily() == null) {
          return Optional.empty();
        }
        String sub = String.valueOf(naming.getFontSubFamily()).toLowerCase(Locale.ROOT).replace(" ", "");
        String style;
        String weight;
        switch (sub) {
          case "regular", "normal", "book", "roman" -> { style = "normal"; weight = "normal"; }
          case "bold" -> { style = "normal"; weight = "bold"; }
          case "italic", "oblique" -> { style = "italic"; weight = "normal"; }
          case "bolditalic", "boldoblique" -> { style = "italic"; weight = "bold"; }
          default -> { return Optional.empty(); }
        }
        return Optional.of(new Face(naming.getFontFamily(), style, weight, file.toUri(), coverage(font)));
      } finally {
        font.close();
      }
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  private static BitSet coverage(TrueTypeFont font) throws IOException {
    BitSet covered = new BitSet();
    CmapLookup cmap = font.getUnicodeCmapLookup(false);
    if (cmap == null) {
      return covered;
    }
    int glyphs = font.getNumberOfGlyphs();
    for (int gid = 1; gid < glyphs; gid++) {
      List<Integer> codes = cmap.getCharCodes(gid);
      if (codes != null) {
        codes.forEach(covered::set);
      }
    }
    return covered;
  }
}
