package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.AtomicDirectory;
import org.teikit.xml.XmlContext;

/**
 * The seed edition in print, checked as a reader's tools see it (poppler): text complete and in
 * order, fonts embedded, footnotes on their marker's page, the index's pages, parallel columns.
 */
class SeedEditionPdfTest {
  static final Path EDITION = Path.of("editions/chervonenko-deng-1962");
  static final Path OUT = Path.of("target/test-output/pdf/seed");
  static final String TEI = "http://www.tei-c.org/ns/1.0";
  /** Text nodes a reader sees in the main text: no notes, transmitted errors or variant readings. */
  static final String SHOWN = ".//text()[not(ancestor::tei:note or ancestor::tei:sic[parent::tei:choice]"
      + " or ancestor::tei:rdg or ancestor::tei:orig[parent::tei:choice] or ancestor::tei:abbr[parent::tei:choice])]";

  static XmlContext xml;
  static XdmNode document;
  static Path document_pdf;
  static Path book_pdf;
  static Path parallel_pdf;

  @BeforeAll
  static void render() throws Exception {
    Edition edition = Editions.find(List.of(EDITION)).get(0);
    xml = XmlContext.create(List.of(), List.of(EDITION.toAbsolutePath()));
    AtomicDirectory.deleteTree(OUT);
    PdfRenderer sequential = new PdfRenderer(xml, PdfOptions.defaults());
    PdfRenderer.Result seq = sequential.render(edition, OUT.resolve("sequential"));
    assertEquals(List.of(), seq.diagnostics());
    PdfRenderer parallel = new PdfRenderer(xml, PdfOptions.defaults().withLayout(Layout.PARALLEL));
    PdfRenderer.Result par = parallel.render(edition, OUT.resolve("parallel"));
    assertEquals(List.of(), par.diagnostics());
    Path doc = edition.documents().get(0);
    String name = doc.getFileName().toString().replace(".xml", ".pdf");
    book_pdf = OUT.resolve("sequential").resolve(edition.name() + ".pdf");
    document_pdf = OUT.resolve("sequential/documents").resolve(name);
    parallel_pdf = OUT.resolve("parallel/documents").resolve(name);
    document = xml.processor().newDocumentBuilder().build(xml.source(doc.toAbsolutePath().toUri()));
  }

  /**
   * The labels of the source's pages ("p. 3") stand in the outer margin, which is the wider one:
   * right of the text block on an odd page, left of it on an even one (whose text block starts
   * 26 mm from the left edge, not 22 mm), set flush against the text.
   */
  @Test
  void pageLabelsStandInTheOuterMarginOnOddAndEvenPages() throws Exception {
    int left = 0;
    int right = 0;
    for (int page = 1; page <= Poppler.pages(document_pdf); page++) {
      List<Poppler.Word> words = Poppler.boxes(document_pdf, page);
      double textLeft = textLeft(words);
      for (Poppler.Word label : words.stream().filter(w -> w.text().equals("p.")
          && (w.x() < INNER - 1 || w.x() > Poppler.BODY_RIGHT + 2)).toList()) {
        assertTrue(inOuterMargin(words, label), "page " + page + ": its label in the outer margin: " + label);
        if (textLeft > INNER + 5) {
          assertTrue(label.x() > textLeft - 30, "page " + page + ": the label close to the text: " + label);
          left++;
        } else {
          right++;
        }
      }
    }
    assertTrue(left > 0 && right > 0, "labels on even and on odd pages: " + left + ", " + right);
  }

  /** The width of the text block: 170 mm less margins of 22 and 26 mm, in points. */
  static final double TEXT_WIDTH = 122 / 25.4 * 72;

  /** The narrow margin, inside: 22 mm in points. */
  static final double INNER = 22 / 25.4 * 72;

  /** The left edge of the page's text block: 22 mm on an odd page, 26 mm on an even one. */
  static double textLeft(List<Poppler.Word> words) {
    return words.stream().mapToDouble(Poppler.Word::x).filter(x -> x >= INNER - 1).min().orElse(INNER);
  }

  /** True when {@code label} stands in the outer margin: left of the text on an even page, right on an odd one. */
  static boolean inOuterMargin(List<Poppler.Word> words, Poppler.Word label) {
    double textLeft = textLeft(words);
    return textLeft > INNER + 5 ? label.xMax() < textLeft - 5 : label.x() > Poppler.BODY_RIGHT;
  }

  static XPathCompiler xpath() {
    XPathCompiler c = xml.processor().newXPathCompiler();
    c.declareNamespace("tei", TEI);
    return c;
  }

  static List<XdmNode> nodes(XdmNode context, String path) throws Exception {
    List<XdmNode> result = new ArrayList<>();
    for (XdmItem i : xpath().evaluate(path, context)) {
      result.add((XdmNode) i);
    }
    return result;
  }

  static String string(XdmNode context, String expr) throws Exception {
    return xpath().evaluateSingle("string-join(" + expr + ", '')", context).getStringValue();
  }

  @Test
  void writesTheBookAndOneFilePerDocument() throws Exception {
    assertTrue(Files.size(book_pdf) > 10_000);
    // an edition of one document is one book: the document's PDF is that book
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(book_pdf), Files.readAllBytes(document_pdf)));
  }

  /** Physical pages before the page printed "1" (the front matter), found by the document heading. */
  static int frontMatter(Path pdf) throws Exception {
    int pages = Poppler.pages(pdf);
    for (int i = 1; i <= pages; i++) {
      if (Poppler.body(pdf, i).contains("DOCUMENT 1")) {
        return i - 1;
      }
    }
    throw new AssertionError("no document heading in " + pdf);
  }

  /** The physical page where the document's text begins, after its own front matter (its header). */
  static int textStart(Path pdf) throws Exception {
    int pages = Poppler.pages(pdf);
    for (int i = frontMatter(pdf) + 1; i <= pages; i++) {
      if (Poppler.body(pdf, i).contains(ORIGINAL_HEADING)) {
        return i;
      }
    }
    throw new AssertionError("no heading of the original in " + pdf);
  }

  static final String ORIGINAL_HEADING = "ORIGINAL · RUSSIAN";

  @Test
  void everyRussianAndEnglishParagraphIsInThePdfInOrder() throws Exception {
    for (Path pdf : List.of(book_pdf, document_pdf)) {
      // -raw: the text in the order FOP wrote it, a note mark in its own line (not pulled up beside a
      // word hyphenated on the line above)
      List<String> words = Poppler.words(Poppler.rawText(pdf));
      int at = 0;
      List<XdmNode> paragraphs = nodes(document, "//tei:text[@xml:lang = ('ru', 'en')]//tei:p");
      assertTrue(paragraphs.size() >= 20, "the seed has its paragraphs");
      for (XdmNode p : paragraphs) {
        List<String> expected = Poppler.words(string(p, SHOWN));
        int next = Poppler.find(words, expected, at, 250);
        if (next < 0) {
          fail(pdf.getFileName() + ": paragraph " + p.getAttributeValue(new net.sf.saxon.s9api.QName(
              "http://www.w3.org/XML/1998/namespace", "id")) + " is not (in order) in the PDF: " + expected);
        }
        at = next;
      }
    }
  }

  @Test
  void everyFontIsEmbeddedAndSubset() throws Exception {
    for (Path pdf : List.of(book_pdf, document_pdf, parallel_pdf)) {
      List<String[]> fonts = Poppler.fonts(pdf);
      assertFalse(fonts.isEmpty());
      for (String[] f : fonts) {
        String row = String.join(" ", f);
        assertTrue(f[0].contains("DejaVu") || f[0].contains("Noto"), "bundled font: " + row);
        assertEquals("yes", f[f.length - 5], "embedded: " + row);
        assertEquals("yes", f[f.length - 4], "subset: " + row);
      }
    }
  }

  /**
   * The pages (1-based) that hold the last words of {@code anchor}: as many of them as one page
   * holds, fewer when a page break falls among them.
   */
  private static List<Integer> pagesOf(List<List<String>> page, List<String> anchor) {
    for (int n = anchor.size(); n >= 3; n -= 2) {
      List<String> last = anchor.subList(anchor.size() - n, anchor.size());
      List<Integer> found = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        if (Poppler.find(page.get(i), last, 0, 3) >= 0) {
          found.add(i + 1);
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  @Test
  void footnoteTextIsOnThePageOfItsMarker() throws Exception {
    Path pdf = document_pdf;
    int pages = Poppler.pages(pdf);
    List<List<String>> page = new ArrayList<>();
    for (int i = 1; i <= pages; i++) {
      page.add(Poppler.words(Poppler.body(pdf, i)));
    }
    // notes, and notes of apparatus entries (printed in the entry's footnote)
    List<XdmNode> notes = nodes(document, "/tei:TEI/tei:text//tei:note[not(ancestor::tei:note"
        + " or ancestor::tei:rdg or ancestor::tei:lem or ancestor::tei:choice)]");
    assertTrue(notes.size() >= 10);
    int checked = 0;
    for (XdmNode note : notes) {
      List<String> body = Poppler.words(string(note, ".//text()"));
      // the words before the marker. An apparatus entry's marker follows its lemma, which may run
      // across a page break: the words before the entry or those through its lemma (before the
      // note, in no reading) stand on the marker's page.
      String words = "[not(ancestor::tei:note or ancestor::tei:rdg or ancestor::tei:sic[parent::tei:choice])]";
      String block = "(ancestor::tei:p | ancestor::tei:head | ancestor::tei:ab)[last()]//text()";
      List<String> before = Poppler.words(string(note,
          "let $n := (parent::tei:app, .)[1] return " + block + "[. << $n]" + words));
      List<String> through = Poppler.words(string(note, "let $n := . return " + block + "[. << $n]" + words));
      if (body.size() < 3 || before.size() < 6) {
        continue;
      }
      List<String> start = body.subList(0, Math.min(12, body.size()));
      int notePage = -1;
      for (int i = 0; i < pages; i++) {
        if (notePage < 0 && Poppler.find(page.get(i), start, 0, 0) >= 0) {
          notePage = i + 1;
        }
      }
      java.util.Set<Integer> markerPages = new TreeSet<>();
      markerPages.addAll(pagesOf(page, before.subList(Math.max(0, before.size() - 8), before.size() - 1)));
      markerPages.addAll(pagesOf(page, through.subList(Math.max(0, through.size() - 7), through.size())));
      assertTrue(notePage > 0, "note text not found: " + start);
      assertFalse(markerPages.isEmpty(), "marker context not found: " + before);
      assertTrue(markerPages.contains(notePage), "note " + start + " is on page " + notePage
          + ", its marker's context (after " + before + ") on " + markerPages);
      checked++;
    }
    assertTrue(checked >= 10, "checked " + checked + " notes");
  }

  @Test
  void theIndexListsDengXiaopingWithThePagesHeIsNamedOn() throws Exception {
    Path pdf = document_pdf;
    int pages = Poppler.pages(pdf);
    int front = frontMatter(pdf);
    String index = Poppler.body(pdf, pages - 2) + Poppler.body(pdf, pages - 1) + Poppler.body(pdf, pages);
    Matcher m = Pattern.compile("Deng Xiaoping\\s+([\\d, ]+)").matcher(index);
    assertTrue(m.find(), "index entry for Deng Xiaoping:\n" + index);
    TreeSet<Integer> listed = new TreeSet<>();
    for (String n : m.group(1).split("[,\\s]+")) {
      if (!n.isBlank()) {
        listed.add(Integer.parseInt(n));
      }
    }
    TreeSet<Integer> named = new TreeSet<>();
    // the document's own front matter (its header: title, participants, summary) is not indexed:
    // the text begins under its first text's heading
    boolean inText = false;
    for (int i = front + 1; i < pages; i++) {
      String body = Poppler.body(pdf, i);
      if (body.contains("Index of persons")) {
        break;
      }
      if (!inText) {
        int heading = body.indexOf(ORIGINAL_HEADING);
        if (heading < 0) {
          continue;
        }
        inText = true;
        body = body.substring(heading);
      }
      // after the text, the document's description (its header, which the index does not cover)
      boolean described = body.contains("About this document");
      body = described ? body.substring(0, body.indexOf("About this document")) : body;
      String lower = body.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("дэн") || lower.contains("deng")) {
        named.add(i - front);
      }
      if (described) {
        break;
      }
    }
    assertFalse(listed.isEmpty());
    assertTrue(named.containsAll(listed), "every listed page names him: listed " + listed + ", named " + named);
    assertTrue(listed.size() >= named.size() - 1,
        "the index lists (nearly) every page that names him: listed " + listed + ", named " + named);
  }

  @Test
  void parallelLayoutSetsEachRussianParagraphOnThePageOfItsEnglishCounterpart() throws Exception {
    Path pdf = parallel_pdf;
    int pages = Poppler.pages(pdf);
    List<List<String>> left = new ArrayList<>();
    List<List<String>> right = new ArrayList<>();
    for (int i = 1; i <= pages; i++) {
      left.add(Poppler.words(Poppler.crop(pdf, i, 0, Poppler.BODY_TOP, Poppler.GUTTER, 560)));
      right.add(Poppler.words(Poppler.crop(pdf, i, Poppler.GUTTER, Poppler.BODY_TOP,
          Poppler.PAGE_WIDTH - Poppler.GUTTER, 560)));
    }
    // a Russian paragraph that shares its English one with the paragraph before it (2:1) sits
    // in that paragraph's row, below it: only the first of them starts beside the English
    List<XdmNode> pairs = nodes(document, "//tei:text[@xml:lang = 'ru']//tei:p[@corresp]"
        + "[not(tokenize(@corresp)[1] = preceding-sibling::tei:p[1]/tokenize(@corresp))]");
    assertTrue(pairs.size() >= 15);
    int ruFrom = 0;
    int enFrom = 0;
    for (XdmNode ru : pairs) {
      String target = ru.getAttributeValue(new net.sf.saxon.s9api.QName("corresp")).strip().split("\\s+")[0]
          .replaceFirst("^#", "");
      XdmNode en = nodes(document, "//tei:p[@xml:id = '" + target + "']").get(0);
      int ruPage = firstPage(left, Poppler.words(string(ru, SHOWN)), ruFrom);
      int enPage = firstPage(right, Poppler.words(string(en, SHOWN)), enFrom);
      ruFrom = Math.max(0, ruPage - 1);
      enFrom = Math.max(0, enPage - 1);
      assertTrue(ruPage > 0 && enPage > 0, "paragraph pair " + target + " found: " + ruPage + "/" + enPage);
      assertEquals(ruPage, enPage, "Russian and English of " + target + " start on the same page");
    }
  }

  /**
   * In the parallel layout the English header starts beside the Russian one (not after the whole
   * Russian header), the signatures face each other, and the declassification stamp is one box on
   * one line.
   */
  @Test
  void parallelHeaderAndSignaturesFaceEachOtherAndTheStampKeepsToOneLine() throws Exception {
    Poppler.Word classified = word(parallel_pdf, "СОВ.", "СЕКРЕТНО.");
    Poppler.Word secret = word(parallel_pdf, "COMPLETELY", "SECRET");
    assertTrue(secret.yMax() <= classified.yMax() + 1, "the English header starts beside the Russian: "
        + secret + " / " + classified);
    Poppler.Word ambassador = word(parallel_pdf, "Ambassador", "of");
    Poppler.Word posol = word(parallel_pdf, "ПОСОЛ", "СССР");
    assertEquals(posol.yMax(), ambassador.yMax(), 1, "the signatures start on one line");
    Poppler.Word stamp = word(parallel_pdf, "РАССЕКРЕЧЕНО", "19");
    Poppler.Word year = word(parallel_pdf, "19", "г.");
    assertEquals(stamp.yMax(), year.yMax(), 1, "the stamp on one line");
  }

  /**
   * The first word {@code text} of the document's text followed by {@code next}, with its page in
   * {@code yMax} (page × 10,000 added).
   */
  private static Poppler.Word word(Path pdf, String text, String next) throws Exception {
    for (int page = frontMatter(pdf) + 1; page <= Poppler.pages(pdf); page++) {
      List<Poppler.Word> words = Poppler.boxes(pdf, page);
      for (int i = 0; i + 1 < words.size(); i++) {
        Poppler.Word w = words.get(i);
        if (w.text().equals(text) && words.get(i + 1).text().equals(next)) {
          return new Poppler.Word(w.text(), w.x(), page * 10_000 + w.yMax(), w.xMax());
        }
      }
    }
    throw new AssertionError(text + " " + next + " is not printed");
  }

  /** The first page (from index {@code from} on) where the paragraph's opening words stand. */
  private static int firstPage(List<List<String>> pages, List<String> words, int from) {
    // eight words are unambiguous; four still fit when the paragraph starts at a page's foot
    for (int n : new int[] {8, 4}) {
      List<String> start = words.subList(0, Math.min(n, words.size()));
      for (int i = from; i < pages.size(); i++) {
        if (Poppler.find(pages.get(i), start, 0, 2) >= 0) {
          return i + 1;
        }
      }
    }
    return -1;
  }

  @Test
  void sameInputSameBytes() throws Exception {
    Edition edition = Editions.find(List.of(EDITION)).get(0);
    PdfRenderer again = new PdfRenderer(xml, PdfOptions.defaults());
    Path out = OUT.resolve("again");
    again.render(edition, out);
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(book_pdf),
        Files.readAllBytes(out.resolve(edition.name() + ".pdf"))), "the book is reproducible");
  }

  @Test
  void titlePageContentsAndRunningHeads() throws Exception {
    String first = Poppler.run("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "2", book_pdf.toString(), "-");
    assertTrue(first.contains("Chervonenko"), first);
    assertTrue(first.contains("Edited by"), first);
    assertTrue(first.contains("Built with teikit on"), first);
    assertTrue(first.contains("Contents"), first);
    assertTrue(Pattern.compile("1\\. From the Diary.*\\d", Pattern.DOTALL).matcher(first).find(), first);
    int front = frontMatter(book_pdf);
    String head = Poppler.crop(book_pdf, front + 3, 0, 0, Poppler.PAGE_WIDTH, Poppler.BODY_TOP);
    assertTrue(head.contains("3") && (head.contains("Chervonenko") || head.contains("Diary")), head);
  }

  /** The introduction's own heading titles its page and its line in the contents, once. */
  @Test
  void theIntroductionIsTitledByItsOwnHeading(@TempDir Path tmp) throws Exception {
    String frontPages = Poppler.run("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "3", book_pdf.toString(), "-");
    assertEquals(2, occurrences(frontPages, "Introduction"), "a line in the contents, a title: " + frontPages);

    Path copy = Files.createDirectories(tmp.resolve("retitled"));
    try (var files = Files.list(EDITION)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName().toString()));
      }
    }
    Path editionXml = copy.resolve("edition.xml");
    Files.writeString(editionXml, Files.readString(editionXml).replace("<head>Introduction</head>",
        "<head>About this edition</head>"));
    Path out = tmp.resolve("out");
    // the copy is an input of its own: a context for the seed edition does not read outside it
    XmlContext copyContext = XmlContext.create(List.of(), List.of(copy));
    new PdfRenderer(copyContext, PdfOptions.defaults()).render(Editions.find(List.of(copy)).get(0), out);
    String retitled = Poppler.run("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "3",
        out.resolve("retitled.pdf").toString(), "-");
    assertEquals(2, occurrences(retitled, "About this edition"), retitled);
    assertEquals(0, occurrences(retitled, "Introduction"), retitled);
  }

  /**
   * Witnesses, hands and the editor's emendations print by their sigla (the witness's @n, the
   * hand's number in handDesc, "ed."), as the web apparatus gives them, never by their ids.
   */
  @Test
  void apparatusAndHandsShowSiglaNotIds() throws Exception {
    String text = Poppler.text(document_pdf).replaceAll("\\s+", " ");
    assertTrue(text.contains("TRANSCRIPT T] ЗАПИСЬ R; RECORD ed."), text);
    assertTrue(text.contains("hand 2"), "the distribution list's hand: " + text);
    assertTrue(text.contains("РАСЕКРЕЧЕНО source; corr. ed."), "the editors' correction: " + text);
    for (String id : List.of("wit-avp", "wit-wcda", "hand-distribution")) {
      assertEquals(0, occurrences(text, id), id + " in " + text);
    }
  }

  /** The key to the sigla stands once, before the text: each witness and hand with what it is. */
  @Test
  void theSiglaKeyPrintsOnceBeforeTheText() throws Exception {
    String text = Poppler.text(document_pdf).replaceAll("\\s+", " ");
    assertEquals(1, occurrences(text, "Sigla "), text);
    int key = text.indexOf("Sigla ");
    assertTrue(text.indexOf("R The Russian typescript (AVP RF)", key) > key, text);
    assertTrue(text.indexOf("T The English translation by Benjamin Aldrich-Moodie", key) > key, text);
    assertTrue(text.indexOf("hand 2 The hand that wrote the distribution list", key) > key, text);
    assertTrue(key < text.indexOf("РАССЕКРЕЧЕНО"), "before the text: " + text);
  }

  private static int occurrences(String text, String word) {
    return text.split(Pattern.quote(word), -1).length - 1;
  }

  @Test
  void aPageBreakInsideAParagraphHasItsNumberInTheMarginBesideItsLine() throws Exception {
    List<XdmNode> inline = nodes(document, "//tei:text[@xml:lang = 'ru']//tei:p//tei:pb[@n]");
    assertTrue(inline.size() >= 3, "the seed has page breaks inside paragraphs");
    int page = textStart(document_pdf); // the document's front matter speaks of pages too ("p. 1, ...")
    for (XdmNode pb : inline) {
      String label = "p. " + pb.getAttributeValue(new net.sf.saxon.s9api.QName("n"));
      Poppler.Word number = null;
      List<Poppler.Word> words = List.of();
      for (; number == null && page <= Poppler.pages(document_pdf); page++) {
        words = Poppler.boxes(document_pdf, page);
        for (int i = 0; i + 1 < words.size(); i++) {
          if (words.get(i).text().equals("p.") && label.equals("p. " + words.get(i + 1).text())) {
            number = words.get(i);
          }
        }
      }
      assertTrue(number != null, label + " is printed");
      Poppler.Word at = number;
      assertTrue(inOuterMargin(words, at), label + " stands in the outer margin: " + at);
      double textLeft = textLeft(words);
      assertTrue(words.stream().anyMatch(w -> w.text().equals("|") && w.x() > textLeft - 1
          && w.x() < textLeft + TEXT_WIDTH && Math.abs(w.yMax() - at.yMax()) < 3),
          label + " stands beside the bar that marks the break");
      page--;
    }
  }

  /**
   * Justified text is hyphenated in its own language (xml:lang): lines of the Russian original and
   * of the English translation end in a word broken at a hyphen, where the source has the word whole.
   */
  @Test
  void justifiedRussianAndEnglishAreHyphenatedInTheirLanguage() throws Exception {
    String source = string(document, "//tei:text" + SHOWN.substring(1));
    java.util.Set<String> words = new java.util.HashSet<>(Poppler.parts(source));
    String[] lines = Poppler.rawText(document_pdf).split("\n");
    Pattern broken = Pattern.compile("(\\p{L}+)-$");
    Pattern rest = Pattern.compile("^(\\p{Ll}+)");
    List<String> russian = new ArrayList<>();
    List<String> english = new ArrayList<>();
    for (int i = 0; i + 1 < lines.length; i++) {
      Matcher head = broken.matcher(lines[i].strip());
      Matcher tail = rest.matcher(lines[i + 1].strip());
      if (!head.find() || !tail.find()) {
        continue;
      }
      String word = head.group(1) + tail.group(1);
      // a word the source has whole, not a compound it spells with a hyphen (Сяо-пин)
      if (words.contains(word.toLowerCase(java.util.Locale.ROOT))
          && !source.contains(head.group(1) + "-" + tail.group(1))) {
        (word.matches("\\p{IsCyrillic}+") ? russian : english).add(head.group(1) + "-|" + tail.group(1));
      }
    }
    assertTrue(russian.size() >= 5, "Russian words broken at line ends: " + russian);
    assertTrue(english.size() >= 5, "English words broken at line ends: " + english);
  }
}
