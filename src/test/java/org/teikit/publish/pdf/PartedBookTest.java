package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.store.Store;
import org.teikit.xml.XmlContext;

/**
 * The edition book set in parts and joined: after one document changed only its part is laid out
 * again, the joined PDF is the one a clean run makes, and the links and bookmarks that cross parts
 * (contents → documents, index) land on their pages.
 */
class PartedBookTest {

  @Test
  void aChangedDocumentIsLaidOutAloneAndTheBookIsTheOneACleanRunMakes(@TempDir Path tmp) throws Exception {
    Edition edition = PdfReuseTest.twoDocuments(tmp);
    XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder().toAbsolutePath()));
    PdfOptions options = PdfOptions.defaults().withJobs(2);
    Path first = tmp.resolve("first");
    assertEquals(List.of(), new PdfRenderer(xml, options).render(edition, first).diagnostics());
    Set<String> before = parts(first);
    assertTrue(before.size() >= 3, "front, two documents, index: " + before);

    Path b = edition.folder().resolve("b.xml");
    Files.writeString(b, Files.readString(b, StandardCharsets.UTF_8)
        .replaceFirst("<opener>", "<opener><p>A sentence added for the test.</p>"), StandardCharsets.UTF_8);
    Path second = tmp.resolve("second");
    assertEquals(List.of(), new PdfRenderer(xml, options.withPrevious(first)).render(edition, second).diagnostics());
    Set<String> after = parts(second);
    Set<String> kept = new TreeSet<>(after);
    kept.retainAll(before);
    Set<String> laidOut = new TreeSet<>(after);
    laidOut.removeAll(before);
    assertFalse(kept.isEmpty(), "the unchanged document's part is reused");
    assertFalse(laidOut.isEmpty(), "the changed document's part is laid out again");
    assertTrue(laidOut.size() < after.size());

    Path clean = tmp.resolve("clean");
    new PdfRenderer(xml, options).render(edition, clean);
    assertArrayEquals(Files.readAllBytes(clean.resolve("two.pdf")), Files.readAllBytes(second.resolve("two.pdf")),
        "the book joined from reused parts is byte for byte the clean one");
    assertEquals(after, parts(clean));
  }

  @Test
  void anUnchangedDocumentsPartIsMadeAgainWhenAnotherDocumentDeclaresWhatItMentions(@TempDir Path tmp)
      throws Exception {
    Edition edition = PdfReuseTest.twoDocuments(tmp);
    Path a = edition.folder().resolve("a.xml");
    Path b = edition.folder().resolve("b.xml");
    // b mentions a person nobody declares yet: no index entry, no anchor in b's part
    Files.writeString(b, Files.readString(b, StandardCharsets.UTF_8).replaceFirst("<opener>",
        "<p>Seen by <persName ref=\"#tk-test-person\">Mr Test</persName>.</p><opener>"), StandardCharsets.UTF_8);
    XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder().toAbsolutePath()));
    Path first = tmp.resolve("first");
    assertEquals(List.of(), new PdfRenderer(xml, PdfOptions.defaults()).render(edition, first).diagnostics());

    // a declares that person: b's text is unchanged, but its mention now has an entity and an anchor
    Files.writeString(a, Files.readString(a, StandardCharsets.UTF_8).replaceFirst("<opener>",
        "<listPerson><person xml:id=\"tk-test-person\"><persName>Mr Test</persName></person></listPerson><opener>"),
        StandardCharsets.UTF_8);
    Path second = tmp.resolve("second");
    assertEquals(List.of(), new PdfRenderer(xml, PdfOptions.defaults().withPrevious(first))
        .render(edition, second).diagnostics());
    Path clean = tmp.resolve("clean");
    new PdfRenderer(xml, PdfOptions.defaults()).render(edition, clean);
    assertArrayEquals(Files.readAllBytes(clean.resolve("two.pdf")), Files.readAllBytes(second.resolve("two.pdf")),
        "b's part is made again with the anchor of its mention, which the index cites");
    try (PDDocument pdf = Loader.loadPDF(second.resolve("two.pdf").toFile())) {
      String index = new PDFTextStripper().getText(pdf);
      assertTrue(index.contains("Mr Test"), "the index lists the person");
    }
  }

  @Test
  void aDocumentThatGrowsByPagesMovesTheOnesAfterItAndTheContents(@TempDir Path tmp) throws Exception {
    TwoDocuments two = TwoDocuments.rendered(tmp, "first");
    Path a = two.edition().folder().resolve("a.xml");
    String pages = "<p>A paragraph added for the test, long enough to fill a few lines of the page.</p>".repeat(80);
    Files.writeString(a, Files.readString(a, StandardCharsets.UTF_8).replaceFirst("<opener>", pages + "<opener>"),
        StandardCharsets.UTF_8);
    Path second = tmp.resolve("second");
    assertEquals(List.of(), new PdfRenderer(two.xml(), PdfOptions.defaults().withPrevious(two.out()))
        .render(two.edition(), second).diagnostics());
    Path clean = tmp.resolve("clean");
    new PdfRenderer(two.xml(), PdfOptions.defaults()).render(two.edition(), clean);
    assertArrayEquals(Files.readAllBytes(clean.resolve("two.pdf")), Files.readAllBytes(second.resolve("two.pdf")));
    assertEquals(parts(clean), parts(second), "no part of the first guess is left behind");
    assertArrayEquals(Files.readAllBytes(Store.beside(clean).resolve(PartStore.FOLDER).resolve(PartStore.CONTENTS)),
        Files.readAllBytes(Store.beside(second).resolve(PartStore.FOLDER).resolve(PartStore.CONTENTS)));
    assertFalse(Arrays.equals(
        Files.readAllBytes(Store.beside(two.out()).resolve(PartStore.FOLDER).resolve(PartStore.CONTENTS)),
        Files.readAllBytes(Store.beside(second).resolve(PartStore.FOLDER).resolve(PartStore.CONTENTS))), "the pages moved");
  }

  @Test
  void aCutOffPartIsLaidOutAgain(@TempDir Path tmp) throws Exception {
    TwoDocuments two = TwoDocuments.rendered(tmp, "first");
    Edition edition = two.edition();
    XmlContext xml = two.xml();
    Path first = two.out();
    Files.delete(Store.beside(first).resolve(Manifest.FILE)); // so that the book is not simply copied
    try (Stream<Path> files = Files.list(Store.beside(first).resolve(PartStore.FOLDER))) {
      for (Path part : files.filter(f -> f.toString().endsWith(".if")).toList()) {
        byte[] bytes = Files.readAllBytes(part);
        Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
    }
    Path second = tmp.resolve("second");
    assertEquals(List.of(), new PdfRenderer(xml, PdfOptions.defaults().withPrevious(first)).render(edition, second)
        .diagnostics());
    Path clean = tmp.resolve("clean");
    new PdfRenderer(xml, PdfOptions.defaults()).render(edition, clean);
    assertArrayEquals(Files.readAllBytes(clean.resolve("two.pdf")), Files.readAllBytes(second.resolve("two.pdf")));
  }

  /** Under each document's bookmark, its headed divisions, each going to the page of its head. */
  @Test
  void aDocumentsBookmarkHoldsItsDivisions(@TempDir Path tmp) throws Exception {
    Path out = TwoDocuments.rendered(tmp, "out").out();
    try (PDDocument pdf = Loader.loadPDF(out.resolve("two.pdf").toFile())) {
      int documents = 0;
      for (PDOutlineItem document : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        if (!document.getTitle().matches("\\d+\\. .*")) {
          continue;
        }
        documents++;
        int start = pdf.getPages().indexOf(document.findDestinationPage(pdf));
        List<String> divisions = new ArrayList<>();
        for (PDOutlineItem division : document.children()) {
          divisions.add(division.getTitle());
          int page = pdf.getPages().indexOf(division.findDestinationPage(pdf));
          assertTrue(page >= start, division.getTitle() + " before its document");
          // word by word: a note's marker may stand between the words of a head
          String text = text(pdf, page);
          assertTrue(Arrays.stream(division.getTitle().split(" ")).allMatch(text::contains),
              division.getTitle() + " → page " + (page + 1) + ":\n" + text);
        }
        // the seed document: the Russian record and its English translation, each a division with a head
        assertEquals(List.of("ЗАПИСЬ БЕСЕДЫ", "TRANSCRIPT OF THE CONVERSATION"), divisions, document.getTitle());
      }
      assertEquals(2, documents);
    }
  }

  @Test
  void contentsLinksAndBookmarksGoToThePagesOfTheirDocuments(@TempDir Path tmp) throws Exception {
    Path out = TwoDocuments.rendered(tmp, "out").out();
    try (PDDocument pdf = Loader.loadPDF(out.resolve("two.pdf").toFile())) {
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        int page = pdf.getPages().indexOf(item.findDestinationPage(pdf));
        bookmarks.add(item.getTitle());
        String text = text(pdf, page);
        if (item.getTitle().matches("\\d+\\. .*")) {
          String number = item.getTitle().substring(0, item.getTitle().indexOf('.'));
          assertTrue(text.contains("DOCUMENT " + number), item.getTitle() + " → page " + (page + 1) + ":\n" + text);
        } else if (item.getTitle().equals("Index")) {
          assertTrue(text.contains("Index of persons"), "Index → page " + (page + 1));
        } else {
          assertTrue(text.contains(item.getTitle()), item.getTitle() + " → page " + (page + 1));
        }
      }
      assertEquals(4, bookmarks.size(), "Contents, two documents, Index: " + bookmarks);

      int contents = pageWith(pdf, "Contents");
      List<String> targets = new ArrayList<>();
      for (PDAnnotation annotation : pdf.getPage(contents).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go
            && go.getDestination() instanceof PDPageDestination destination) {
          int page = destination.retrievePageNumber();
          targets.add(opening(text(pdf, page)));
        }
      }
      assertTrue(targets.stream().filter(t -> t.contains("DOCUMENT 1")).count() >= 1, "links: " + targets);
      assertTrue(targets.stream().filter(t -> t.contains("DOCUMENT 2")).count() >= 1, "links: " + targets);
      assertTrue(targets.stream().anyMatch(t -> t.contains("Index of persons")), "links: " + targets);
    }
  }

  @Test
  void theIndexOfThePartedBookCitesWhatTheWholeLayoutOfEachDocumentCites(@TempDir Path tmp) throws Exception {
    Edition one = org.teikit.edition.Editions.find(List.of(PdfReuseTest.SEED)).get(0);
    Edition two = PdfReuseTest.twoDocuments(tmp);
    XmlContext xml = XmlContext.create(List.of(), List.of(one.folder().toAbsolutePath(), two.folder().toAbsolutePath()));
    Path whole = tmp.resolve("whole");
    Path parted = tmp.resolve("parted");
    new PdfRenderer(xml, PdfOptions.defaults()).render(one, whole);
    new PdfRenderer(xml, PdfOptions.defaults()).render(two, parted);
    List<Integer> once = citedPages(whole.resolve(one.name() + ".pdf"), "Deng Xiaoping");
    List<Integer> twice = citedPages(parted.resolve("two.pdf"), "Deng Xiaoping");
    int secondStart;
    try (PDDocument pdf = Loader.loadPDF(parted.resolve("two.pdf").toFile())) {
      secondStart = Integer.parseInt(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[
          pageWith(pdf, "DOCUMENT 2")]);
    }
    List<Integer> expected = new ArrayList<>(once);
    once.forEach(p -> expected.add(p + secondStart - 1));
    assertTrue(once.size() > 5, "the seed names Deng Xiaoping on many pages: " + once);
    assertEquals(expected, twice, "the second copy's pages follow the first's");
  }

  /**
   * The index's page numbers are links, each to the page it names (its label): in the seed's book,
   * set whole, and in the two-document book, set in parts whose index links into the documents'
   * parts, which the joiner places.
   */
  @Test
  void everyPageNumberOfTheIndexLinksToThatPage(@TempDir Path tmp) throws Exception {
    Edition one = org.teikit.edition.Editions.find(List.of(PdfReuseTest.SEED)).get(0);
    Path whole = tmp.resolve("whole");
    XmlContext xml = XmlContext.create(List.of(), List.of(one.folder().toAbsolutePath()));
    assertEquals(List.of(), new PdfRenderer(xml, PdfOptions.defaults()).render(one, whole).diagnostics());
    Path parted = TwoDocuments.rendered(tmp, "parted").out().resolve("two.pdf");
    for (Path book : List.of(whole.resolve(one.name() + ".pdf"), parted)) {
      try (PDDocument pdf = Loader.loadPDF(book.toFile())) {
        String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        List<String> cited = new ArrayList<>();
        for (int page = pageWith(pdf, "Index of persons, places and organisations"); page < labels.length; page++) {
          PDPage at = pdf.getPage(page);
          for (PDAnnotation annotation : at.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go
                && go.getDestination() instanceof PDPageDestination destination) {
              String number = textIn(Poppler.boxes(book, page + 1), at, link.getRectangle());
              assertEquals(number, labels[destination.retrievePageNumber()], book.getFileName() + ": the link on "
                  + number + " goes to the page of that number");
              cited.add(number);
            }
          }
        }
        List<Integer> deng = citedPages(book, "Deng Xiaoping");
        assertTrue(cited.size() > deng.size() && deng.stream().allMatch(p -> cited.contains(p.toString())),
            book.getFileName() + ": Deng Xiaoping's pages " + deng + " among the links " + cited);
      }
    }
  }

  /**
   * A cross-reference within a document is a link in a book set in parts too: each of the two
   * copies of the seed, with a ref from its fourth paragraph to its first, links to the page of
   * its own first paragraph (the links were left out of parted books).
   */
  @Test
  void aReferenceWithinADocumentLinksInABookSetInParts(@TempDir Path tmp) throws Exception {
    Edition edition = PdfReuseTest.twoDocuments(tmp);
    for (String name : List.of("a.xml", "b.xml")) {
      Path doc = edition.folder().resolve(name);
      Files.writeString(doc, Files.readString(doc, StandardCharsets.UTF_8).replace(
          "<p xml:id=\"ru-p4\" corresp=\"#en-p4\">", "<p xml:id=\"ru-p4\" corresp=\"#en-p4\">(см. <ref target=\"#ru-p1\">выше</ref>) "),
          StandardCharsets.UTF_8);
    }
    XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder().toAbsolutePath()));
    Path out = tmp.resolve("out");
    assertEquals(List.of(), new PdfRenderer(xml, PdfOptions.defaults()).render(edition, out).diagnostics());
    Path book = out.resolve("two.pdf");
    try (PDDocument pdf = Loader.loadPDF(book.toFile())) {
      List<Integer> targets = new ArrayList<>();
      for (int page = 0; page < pdf.getNumberOfPages(); page++) {
        PDPage at = pdf.getPage(page);
        List<Poppler.Word> words = Poppler.boxes(book, page + 1);
        for (PDAnnotation annotation : at.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go
              && go.getDestination() instanceof PDPageDestination destination
              && textIn(words, at, link.getRectangle()).startsWith("выше")) {
            targets.add(destination.retrievePageNumber());
          }
        }
      }
      List<Integer> first = new ArrayList<>();
      for (int page = 0; page < pdf.getNumberOfPages(); page++) {
        if (text(pdf, page).contains("В связи с поручением Центра")) {
          first.add(page);
        }
      }
      assertEquals(2, first.size(), "the first paragraph of each copy");
      assertEquals(first, targets, "each reference goes to its own document's first paragraph");
    }
  }

  /** The word pdftotext places in {@code box} (PDF coordinates, from the bottom) of {@code page}, without its comma. */
  private static String textIn(List<Poppler.Word> words, PDPage page, org.apache.pdfbox.pdmodel.common.PDRectangle box) {
    float height = page.getMediaBox().getHeight();
    return words.stream().filter(w -> w.x() > box.getLowerLeftX() - 1 && w.x() < box.getUpperRightX()
            && w.yMax() > height - box.getUpperRightY() && w.yMax() < height - box.getLowerLeftY() + 3)
        .map(w -> w.text().replaceAll(",$", "")).findFirst().orElse("");
  }

  /** The pages the index cites for {@code name}. */
  private static List<Integer> citedPages(Path file, String name) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      String index = text(pdf, pageWith(pdf, "Index of persons, places and organisations"));
      java.util.regex.Matcher entry = java.util.regex.Pattern.compile(name + " ([\\d,\\s]+)").matcher(index);
      assertTrue(entry.find(), index);
      List<Integer> pages = new ArrayList<>();
      for (String page : entry.group(1).trim().split(",\\s*")) {
        pages.add(Integer.parseInt(page.trim()));
      }
      return pages;
    }
  }

  /** The two-document copy of the seed edition, rendered into {@code tmp/folder}. */
  private record TwoDocuments(Edition edition, XmlContext xml, Path out) {
    static TwoDocuments rendered(Path tmp, String folder) throws Exception {
      Edition edition = PdfReuseTest.twoDocuments(tmp);
      XmlContext xml = XmlContext.create(List.of(), List.of(edition.folder().toAbsolutePath()));
      Path out = tmp.resolve(folder);
      new PdfRenderer(xml, PdfOptions.defaults()).render(edition, out);
      return new TwoDocuments(edition, xml, out);
    }
  }

  private static Set<String> parts(Path out) throws IOException {
    try (Stream<Path> files = Files.list(Store.beside(out).resolve(PartStore.FOLDER))) {
      Set<String> names = new TreeSet<>();
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".if")).forEach(names::add);
      return names;
    }
  }

  private static String text(PDDocument pdf, int pageIndex) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(pageIndex + 1);
    stripper.setEndPage(pageIndex + 1);
    return stripper.getText(pdf);
  }

  /** The first lines of a page: its running head or a document's heading. */
  private static String opening(String pageText) {
    return pageText.lines().limit(3).reduce("", (a, b) -> a + " " + b);
  }

  private static int pageWith(PDDocument pdf, String heading) throws IOException {
    int index = 0;
    for (PDPage ignored : pdf.getPages()) {
      if (text(pdf, index).lines().anyMatch(l -> l.strip().equals(heading) || l.strip().startsWith(heading + " "))) {
        return index;
      }
      index++;
    }
    throw new AssertionError("no page with " + heading);
  }
}
