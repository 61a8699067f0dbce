package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.teikit.Installed;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.xml.XmlContext;

/**
 * Real TEI nobody here wrote (the shared corpora, read in place: {@link Shared}): every FRUS file renders and keeps
 * its words; every Greek and Latin PTA critical edition renders with the bundled fonts; the Syriac
 * ones fail with one missing-glyph finding each that names the fonts that have them, and render once
 * a folder of fonts is given.
 */
@UsesShared
class CorporaPdfTest {
  static final Path CORPORA = Shared.path("corpora");
  static final Path OUT = Path.of("target/test-output/pdf/corpora");
  /** Debian's fonts-noto-core: the folder of fonts the Syriac files need. */
  static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
  /** The text a reader sees: not the header, not the forms a choice does not print. */
  static final String PRINTED = "/*/*:text//text()[not(ancestor::*:choice/*[self::*:sic or self::*:orig"
      + " or self::*:abbr or self::*:seg[preceding-sibling::*:seg]])]";

  static List<Path> xml(Path folder) throws Exception {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  record Rendered(Path source, Path pdf, List<Diagnostic> diagnostics) {}

  /** Renders each file as an edition of its own, two at a time. */
  static List<Rendered> render(List<Path> files, PdfOptions options, String out) throws Exception {
    org.teikit.publish.AtomicDirectory.deleteTree(OUT.resolve(out));
    XmlContext xml = XmlContext.create(List.of(), List.of(CORPORA.toAbsolutePath()));
    PdfRenderer renderer = new PdfRenderer(xml, options.withJobs(1));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Rendered>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          Edition edition = Editions.find(List.of(file)).get(0);
          String name = file.getFileName().toString().replace(".xml", "");
          Path dir = OUT.resolve(out).resolve(name);
          PdfRenderer.Result result = renderer.render(edition, dir);
          Path pdf = result.written().isEmpty() ? null : result.written().get(0);
          return new Rendered(file, pdf, result.diagnostics().stream().filter(d -> !isMissingImage(d)).toList());
        }));
      }
      List<Rendered> done = new ArrayList<>();
      for (Future<Rendered> f : futures) {
        done.add(f.get());
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyFrusFileRendersAndKeepsItsWords() throws Exception {
    List<Path> files = xml(CORPORA.resolve("frus"));
    files = files.stream().filter(p -> !p.toString().contains("schema")).toList();
    assertTrue(files.size() >= 100, "FRUS volumes and frus-history: " + files.size());
    List<Rendered> rendered = render(files, PdfOptions.defaults(), "frus");
    XmlContext xml = XmlContext.create(List.of(), List.of(CORPORA.toAbsolutePath()));
    XPathCompiler xpath = xml.processor().newXPathCompiler();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    int indexed = 0;
    for (Rendered r : rendered) {
      if (!r.diagnostics().isEmpty() || r.pdf() == null) {
        problems.add(r.source() + ": " + r.diagnostics());
        continue;
      }
      XdmNode doc = xml.processor().newDocumentBuilder().build(xml.source(r.source().toAbsolutePath().toUri()));
      String text = xpath.evaluateSingle("string-join(" + PRINTED + ", ' ')", doc).getStringValue();
      // words split at hyphens: pdftotext keeps a line-end hyphen before a capital ("Moscow-|
      // Petrograd") and drops it before a small letter ("Сяо-|пин"), so a part may also stand
      // joined to its neighbour in the PDF; so may a word whose markup splits it (O<hi>ffice</hi>)
      Set<String> expected = new TreeSet<>(Poppler.parts(text));
      // -raw: a note mark stays in its own line, not pulled up beside a word hyphenated above it
      String rawText = Poppler.rawText(r.pdf());
      Set<String> printed = new HashSet<>(Poppler.parts(rawText));
      expected.removeAll(printed);
      List<String> joined = Poppler.words(rawText);
      // a word hyphenated at a line end may stand as its two parts (pdftotext drops the hyphen only)
      // ("Thir-|ty-Seventh", "aides-mé-|moire": the parts of a word that had a hyphen of its own;
      // "millbanksystem-|s.com": a part of one letter)
      Set<String> rejoined = new HashSet<>();
      List<String> parts = List.of(rawText.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"));
      for (List<String> list : List.of(joined, parts)) {
        for (int i = 0; i + 1 < list.size(); i++) {
          rejoined.add(list.get(i) + list.get(i + 1));
        }
      }
      expected.removeAll(rejoined);
      // or, broken on a page's last line, its first part ends that line and the rest goes on after
      // the footnotes and the next running head (the hyphen, before a small letter, dropped by
      // pdftotext: "universal" on one page, "ly" on the next)
      Set<String> broken = new HashSet<>();
      java.util.regex.Matcher end = Pattern.compile("(\\p{L}+)-?\\n").matcher(rawText);
      while (end.find()) {
        broken.add(end.group(1).toLowerCase(java.util.Locale.ROOT));
      }
      expected.removeIf(w -> broken.stream().anyMatch(b -> w.length() > b.length() && w.startsWith(b)
          && printed.contains(w.substring(b.length()))));
      expected.removeIf(w -> joined.stream().anyMatch(j -> j.contains(w)));
      if (!expected.isEmpty()) {
        problems.add(r.source() + ": words missing from the PDF: "
            + expected.stream().limit(20).toList());
      }
      indexed += indexedPersons(xpath, doc, Poppler.text(r.pdf()), r.source(), problems);
    }
    assertEquals(List.of(), problems);
    assertTrue(indexed >= 40, "frus1969-76v01 alone points to 40 persons of its list: " + indexed);
  }

  /**
   * A FRUS volume declares its persons as names in a list and points to them with @corresp: each
   * person a name points to heads an entry of the PDF's index, with its pages. The number checked.
   */
  static int indexedPersons(XPathCompiler xpath, XdmNode doc, String pdfText, Path source, List<String> problems)
      throws Exception {
    int index = pdfText.lastIndexOf("Index of persons, places and organisations");
    String entries = index < 0 ? "" : pdfText.substring(index);
    int checked = 0;
    for (XdmItem person : xpath.evaluate("//*:list//*:persName[@xml:id]"
        + "[concat('#', @xml:id) = //*:text//*:persName/@corresp]", doc)) {
      String name = person.getStringValue().replaceAll("\\s+", " ").strip();
      if (!Pattern.compile("(?m)^" + Pattern.quote(name) + " +\\d").matcher(entries).find()) {
        problems.add(source + ": " + name + " is not in the index with its pages");
      }
      checked++;
    }
    return checked;
  }

  @Test
  void anyTeiDocumentRendersOrNamesTheScriptItLacksAFontFor() throws Exception {
    List<Path> files = new ArrayList<>(xml(CORPORA.resolve("stylesheets-tests/Test")));
    files.addAll(xml(CORPORA.resolve("stylesheets-tests/Test2")));
    assertTrue(files.size() >= 60, "TEI Stylesheets test inputs: " + files.size());
    List<String> problems = new ArrayList<>();
    int rendered = 0;
    for (Rendered r : render(files, PdfOptions.defaults(), "stylesheets-tests")) {
      for (Diagnostic d : r.diagnostics()) {
        // CJK, Hangul, private-use and alchemical characters need --fonts; nothing else may fail
        boolean foreignScript = "glyph".equals(d.code()) && !d.message().matches(
            ".*\\((Latin|Greek|Cyrillic) script\\).*");
        // a file that is not TEI (MediaWiki, P4's TEI.2, a bare div) is left out, and says so
        boolean notTei = !d.isError() && d.message().startsWith("not a TEI document") && !isTei(r.source());
        if (!foreignScript && !notTei) {
          problems.add(r.source() + ":" + d.line() + ": " + d.message());
        }
      }
      rendered += r.pdf() != null ? 1 : 0;
    }
    assertEquals(List.of(), problems);
    long tei = files.stream().filter(f -> {
      try {
        return isTei(f);
      } catch (Exception unreadable) {
        return false;
      }
    }).count();
    assertTrue(tei >= 50, "TEI documents among them: " + tei);
    assertTrue(rendered >= tei - 10, "rendered " + rendered + " of " + tei + " TEI documents");
  }

  /**
   * A warning that an image a document names is not shown: the corpora here come without their
   * images (FRUS's figures), or keep them beside the folder of the file printed alone (the TEI
   * Stylesheets' tests name ../Images/), so for them it is the expected outcome (FiguresTest
   * checks the warnings themselves).
   */
  private static boolean isMissingImage(Diagnostic d) {
    return d.severity() == org.teikit.diagnostic.Severity.WARNING && "image".equals(d.code());
  }

  /** Whether the file's root is TEI P5's TEI or teiCorpus, read apart from teikit's own check. */
  private static boolean isTei(Path file) throws Exception {
    javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
    factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(in);
      while (reader.next() != javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
        // the prolog: declarations, comments, processing instructions
      }
      return "http://www.tei-c.org/ns/1.0".equals(reader.getNamespaceURI())
          && List.of("TEI", "teiCorpus").contains(reader.getLocalName());
    }
  }

  @Test
  void greekAndLatinPtaEditionsRenderWithTheBundledFonts() throws Exception {
    List<Path> files = xml(CORPORA.resolve("apparatus/pta")).stream()
        .filter(p -> !p.getFileName().toString().contains("-syc")).toList();
    assertEquals(49, files.size());
    List<String> problems = new ArrayList<>();
    for (Rendered r : render(files, PdfOptions.defaults(), "pta")) {
      if (!r.diagnostics().isEmpty() || r.pdf() == null) {
        problems.add(r.source() + ": " + r.diagnostics());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void syriacPtaEditionsNeedAFontFolderAndSaySo() throws Exception {
    List<Path> files = xml(CORPORA.resolve("apparatus/pta")).stream()
        .filter(p -> p.getFileName().toString().contains("-syc")).toList();
    assertEquals(8, files.size());
    for (Rendered r : render(files, PdfOptions.defaults(), "syriac-without-fonts")) {
      assertTrue(r.pdf() == null, "no PDF without Syriac fonts: " + r.source());
      // one finding for the file (not one per character), naming the font folder that has them
      List<Diagnostic> glyphs = r.diagnostics().stream().filter(d -> "glyph".equals(d.code())).toList();
      assertEquals(1, glyphs.size(), r.source() + ": " + glyphs);
      assertTrue(glyphs.get(0).line() > 0 && glyphs.get(0).message().matches("\\d+ characters have no glyph.*"
          + "'.' U\\+07[0-4][0-9A-F] SYRIAC .* \\(Syriac script\\) \u00d7\\d+.*Noto Sans Syriac.*" + NOTO + ".*"),
          r.source() + ": " + glyphs);
    }
    Installed.file(NOTO.toString(), "fonts-noto-core");
    for (Rendered r : render(files, PdfOptions.defaults().withFontDirs(List.of(NOTO)), "syriac")) {
      assertEquals(List.of(), r.diagnostics(), r.source().toString());
      assertTrue(Poppler.fonts(r.pdf()).stream().anyMatch(f -> f[0].contains("Syriac")), r.source().toString());
    }
  }
}
