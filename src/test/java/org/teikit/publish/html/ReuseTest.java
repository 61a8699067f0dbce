package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Editions;
import org.teikit.xml.KeptTrees;
import org.teikit.store.SourceDigests;
import org.teikit.store.Store;
import org.teikit.xml.UnreadableDocument;
import org.teikit.xml.XmlContext;

/**
 * Reuse of unchanged documents: after one document of an edition changes, only its pages and
 * the edition-wide pages are written anew, the others are taken from the previous site as they
 * were, and the result is byte for byte what a clean build gives. A damaged or foreign cache
 * only means more rendering.
 */
class ReuseTest {
  /** Pages every edition has, made from all documents' facts. */
  private static final List<String> EDITION_PAGES = List.of("index.html", "persons.html", "places.html",
      "orgs.html", "search.html", "conventions.html");
  /** The edition-wide pages and the search index. */
  private static final List<String> EDITION_WIDE = List.of("index.html", "persons.html", "places.html",
      "orgs.html", "search.html", "conventions.html", "search-index.js");

  private static final String ADDED = "A sentence added later.";

  @TempDir Path tmp;
  private Path edition;

  /** An edition of three documents: the seed document under three names, and its edition.xml. */
  @BeforeEach
  void copyTheSeedEdition() throws IOException {
    edition = tmp.resolve("ed");
    Files.createDirectories(edition);
    Path seed = SiteTest.SEED;
    Files.copy(seed.resolve("edition.xml"), edition.resolve("edition.xml"));
    try (Stream<Path> files = Files.list(seed)) {
      Path document = files.filter(f -> !f.endsWith("edition.xml") && f.toString().endsWith(".xml")).findFirst().orElseThrow();
      for (String name : List.of("a.xml", "b.xml", "c.xml")) {
        Files.copy(document, edition.resolve(name));
      }
    }
  }

  @Test
  void onlyTheChangedDocumentsPagesAndTheEditionWidePagesAreWrittenAnew() throws IOException {
    Path site = tmp.resolve("site");
    HtmlResult first = publish(site, site);
    assertEquals(List.of(3, 0), List.of(first.rendered(), first.reused()), first.diagnostics()::toString);
    Rebuild rebuild = rebuild(site, () -> change(edition.resolve("b.xml")));
    assertEquals(List.of(1, 2), List.of(rebuild.result().rendered(), rebuild.result().reused()));
    Map<String, Snapshot> before = rebuild.before();
    Map<String, Snapshot> after = rebuild.after();

    assertEquals(before.keySet(), after.keySet());
    // the three documents' pages and copies, the edition's pages and assets: a loop over fewer
    // files would pass without looking
    assertTrue(after.size() >= 10, () -> "files in the site: " + after.keySet());
    List<String> problems = new ArrayList<>();
    for (String file : after.keySet()) {
      Snapshot was = before.get(file);
      Snapshot is = after.get(file);
      if (ofDocument(file, "a") || ofDocument(file, "c")) {
        if (!was.sameFile(is)) {
          problems.add(file + ": an unchanged document's file was written again");
        }
      } else if (file.equals("doc/b.html")) {
        if (was.sameBytes(is)) {
          problems.add(file + ": the changed document's page did not change");
        }
      } else if (!ofDocument(file, "b") && !EDITION_WIDE.contains(file) && !file.startsWith("search/") && !was.sameBytes(is)) {
        problems.add(file + ": changed, but depends on no document");
      }
    }
    assertEquals(List.of(), problems);
    assertFalse(before.get("search-index.js").sameBytes(after.get("search-index.js")),
        "the search index holds the changed text");

    assertSameAsACleanBuild(site);
  }

  @Test
  void aChangeThatNoEditionWidePageShowsLeavesThemAsTheyWere() throws IOException {
    Path site = tmp.resolve("site");
    publish(site, site);
    // a paragraph at the end of the text: no entity, title or date changes, and no element after it
    Path b = edition.resolve("b.xml");
    Rebuild rebuild = rebuild(site, () -> {
      String xml = Files.readString(b);
      int end = xml.lastIndexOf("</body>");
      Files.writeString(b, xml.substring(0, end) + "<p>A paragraph added later.</p>" + xml.substring(end));
    });
    assertEquals(List.of(1, 2), List.of(rebuild.result().rendered(), rebuild.result().reused()));
    for (String page : EDITION_PAGES) {
      assertTrue(rebuild.before().get(page).sameFile(rebuild.after().get(page)), page + " was made again");
    }
    assertFalse(rebuild.before().get("search-index.js").sameBytes(rebuild.after().get("search-index.js")),
        "the search index holds the changed text");
    assertSameAsACleanBuild(site);
  }

  @Test
  void nothingChangedMeansNothingRenderedAndNothingWritten() throws IOException {
    Path site = tmp.resolve("site");
    HtmlResult first = publish(site, site);
    Rebuild rebuild = rebuild(site, () -> { });
    assertEquals(List.of(0, 3), List.of(rebuild.result().rendered(), rebuild.result().reused()));
    assertTrue(Sites.problems(rebuild.result()).isEmpty());
    // a reused document names the pages it was rendered to, as serve reads them
    assertEquals(3, first.pages().size(), first.pages()::toString);
    assertEquals(first.pages(), rebuild.result().pages());
    first.pages().values().forEach(pages -> assertTrue(pages.stream().anyMatch(p -> p.startsWith("doc/")
        && p.endsWith(".html") && Files.isRegularFile(site.resolve(p))), pages::toString));
    assertEquals(rebuild.before().keySet(), rebuild.after().keySet());
    assertTrue(rebuild.after().size() >= 10, () -> "files in the site: " + rebuild.after().keySet());
    for (String file : rebuild.after().keySet()) {
      assertTrue(rebuild.before().get(file).sameFile(rebuild.after().get(file)), file + " was written again");
    }
  }

  @Test
  void aDamagedOrForeignCacheIsIgnoredAndTheDocumentRenderedAgain() throws IOException {
    Path site = tmp.resolve("site");
    publish(site, site);
    Files.writeString(kept(site, "doc/a.html").resolve("entry"), "<html>not an entry</html>");
    Files.writeString(kept(site, "doc/b.html").resolve("facts.xml"), "<tk:facts xmlns:tk='https://teikit.org/ns/xslt'/>");
    Path entry = kept(site, "doc/c.html").resolve("entry");
    Files.writeString(entry, Files.readString(entry).replace("file doc/c.html", "file ../outside.html"));
    Files.writeString(tmp.resolve("outside.html"), "not ours");

    HtmlResult again = publish(site, site);
    assertEquals(List.of(3, 0), List.of(again.rendered(), again.reused()), again.diagnostics()::toString);
    assertTrue(Sites.problems(again).isEmpty(), again.diagnostics()::toString);
    assertSameAsACleanBuild(site);
  }

  @Test
  void theSiteHoldsOnlyTheEditionAndTheStoreLiesBesideIt() throws IOException {
    Path site = tmp.resolve("site");
    publish(site, site);
    Files.createDirectories(site.resolve(".teikit-html")); // an older teikit's cache, inside the site
    Files.writeString(site.resolve(".teikit-html/a.entry"), "teikit-html-cache 2\nkey 0\n");
    Path clean = tmp.resolve("clean");
    publish(clean, tmp.resolve("nothing-there"));

    HtmlResult again = publish(site, site);
    assertEquals(List.of(0, 3), List.of(again.rendered(), again.reused()), again.diagnostics()::toString);
    assertEquals(List.of(), differences(clean, site), "no cache folder in the site, old or new");
    assertEquals(tmp.resolve(".site.teikit"), Store.beside(site));
    assertTrue(Files.isDirectory(kept(site, "doc/a.html").resolve("site")), "the store holds a's pages");
  }

  @Test
  void resultsNoLongerUsedLeaveTheStore() throws IOException {
    Path site = tmp.resolve("site");
    publish(site, site);
    Path b = kept(site, "doc/b.html");
    change(edition.resolve("b.xml"));
    publish(site, site);
    assertFalse(Files.exists(b), "the result of b's old text is deleted");
    assertTrue(Files.isDirectory(kept(site, "doc/b.html")), "and the new one kept");
  }

  @Test
  void otherOptionsRenderEverythingAgain() throws IOException {
    Path site = tmp.resolve("site");
    publish(site, site);
    HtmlResult again = new HtmlPublisher(Sites.context(edition),
        new HtmlOptions(2, "https://example.org/", HtmlOptions.DEFAULT_SPLIT_THRESHOLD).withPrevious(site))
        .publish(Editions.find(List.of(edition)), site, false);
    assertEquals(List.of(3, 0), List.of(again.rendered(), again.reused()));
  }

  /** The site's files before and after a change and a build into the same folder. */
  private record Rebuild(Map<String, Snapshot> before, HtmlResult result, Map<String, Snapshot> after) {}

  @FunctionalInterface
  private interface Change {
    void apply() throws IOException;
  }

  private Rebuild rebuild(Path site, Change change) throws IOException {
    Map<String, Snapshot> before = snapshot(site);
    change.apply();
    HtmlResult result = publish(site, site);
    return new Rebuild(before, result, snapshot(site));
  }

  /**
   * A document saved after the run parsed it (a build validates first, then publishes): its pages
   * show the text that was parsed and are keyed by it, so the next run renders the saved text
   * instead of keeping pages of the old one under the new one's key.
   */
  @Test
  void aDocumentSavedAfterItWasParsedIsRenderedAgainByTheNextRun() throws IOException, UnreadableDocument {
    Path b = edition.resolve("b.xml");
    XmlContext xml = Sites.context(edition);
    KeptTrees trees = new KeptTrees(xml);
    SourceDigests sources = new SourceDigests();
    sources.readAll(List.of(b)); // the run reads b first,
    trees.keep(b, trees.tree(b)); // parses it, as validation does,
    change(b); // and the editor saves it before the pages are made
    Path site = tmp.resolve("site");
    HtmlOptions options = new HtmlOptions(2, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD).withPrevious(site);
    new HtmlPublisher(xml, trees, options).publish(Editions.find(List.of(edition)), site, false, sources);
    assertFalse(Files.readString(site.resolve("doc/b.html")).contains(ADDED), "made from the parsed text");

    HtmlResult next = publish(site, site);
    assertEquals(List.of(1, 2), List.of(next.rendered(), next.reused()), "b rendered again, a and c reused");
    assertTrue(Files.readString(site.resolve("doc/b.html")).contains(ADDED), "the saved text shows");
  }

  private HtmlResult publish(Path out, Path previous) throws IOException {
    HtmlOptions options = new HtmlOptions(2, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD).withPrevious(previous);
    return new HtmlPublisher(Sites.context(edition), options).publish(Editions.find(List.of(edition)), out, false);
  }

  private void assertSameAsACleanBuild(Path site) throws IOException {
    Path clean = tmp.resolve("clean");
    publish(clean, tmp.resolve("nothing-there"));
    assertEquals(List.of(), differences(clean, site));
  }

  /** Adds a sentence ({@link #ADDED}) to the first paragraph of the text. */
  private static void change(Path document) throws IOException {
    String xml = Files.readString(document);
    int paragraphEnd = xml.indexOf("</p>", xml.indexOf("<body"));
    Files.writeString(document, xml.substring(0, paragraphEnd) + " " + ADDED + xml.substring(paragraphEnd));
  }

  /** A document's own files: its pages and its source copy. */
  private static boolean ofDocument(String file, String name) {
    return file.startsWith("doc/" + name + ".");
  }

  /** The folder of the result the store beside {@code site} keeps for the page {@code page}. */
  private static Path kept(Path site, String page) throws IOException {
    try (Stream<Path> results = Files.list(Store.beside(site))) {
      List<Path> found = new ArrayList<>();
      for (Path result : results.filter(Files::isDirectory).toList()) {
        Path entry = result.resolve("entry");
        if (Files.isRegularFile(entry) && Files.readAllLines(entry).contains("file " + page)) {
          found.add(result);
        }
      }
      assertEquals(1, found.size(), () -> "results kept for " + page + ": " + found);
      return found.get(0);
    }
  }

  private record Snapshot(byte[] bytes, FileTime modified, Object fileKey) {
    boolean sameBytes(Snapshot other) {
      return java.util.Arrays.equals(bytes, other.bytes);
    }

    /** The very same file (a hard link to it, or an untouched copy): same bytes, same time. */
    boolean sameFile(Snapshot other) {
      return sameBytes(other) && modified.equals(other.modified)
          && (fileKey == null || fileKey.equals(other.fileKey));
    }
  }

  private static Map<String, Snapshot> snapshot(Path site) throws IOException {
    Map<String, Snapshot> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        files.put(site.relativize(file).toString().replace('\\', '/'),
            new Snapshot(Files.readAllBytes(file), attributes.lastModifiedTime(), attributes.fileKey()));
      }
    }
    return files;
  }

  private static List<String> differences(Path expected, Path actual) throws IOException {
    Map<String, Snapshot> a = snapshot(expected);
    Map<String, Snapshot> b = snapshot(actual);
    List<String> differ = new ArrayList<>();
    for (String file : a.keySet()) {
      if (!b.containsKey(file) || !a.get(file).sameBytes(b.get(file))) {
        differ.add(file);
      }
    }
    b.keySet().stream().filter(f -> !a.containsKey(f)).forEach(f -> differ.add(f + " (extra)"));
    return differ;
  }
}
