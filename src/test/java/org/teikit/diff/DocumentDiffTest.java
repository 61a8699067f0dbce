package org.teikit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.diff.TeiBody.tei;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diff.Change.Kind;
import org.teikit.xml.Catalogs;
import org.teikit.xml.ResourcePolicy;
import org.teikit.xml.SafeParsers;
import org.teikit.xml.UnreadableDocument;

/** Small revisions, each changed in one way an editor changes a document, and what the diff calls it. */
class DocumentDiffTest {

  @TempDir Path dir;

  @Test
  void taggingANameIsAMarkupChangeAroundTheSameWords() throws IOException {
    List<Change> changes = changes("<p>Talks with Дэн Сяо-пин began.</p>",
        "<p>Talks with <persName ref=\"#deng\">Дэн Сяо-пин</persName> began.</p>");
    assertEquals(1, changes.size(), changes.toString());
    Change c = changes.get(0);
    assertEquals(Kind.ELEMENT_ADDED, c.kind());
    assertEquals("persName added around \"Дэн Сяо-пин\"", c.message());
    assertEquals(new Change.Place(2, 15), c.after());
  }

  @Test
  void aDateAttributeFixedIsAnAttributeChange() throws IOException {
    List<Change> changes = changes("<p>On <date when=\"1962-3-1\">1 March 1962</date>.</p>",
        "<p>On <date when=\"1962-03-01\">1 March 1962</date>.</p>");
    assertEquals(1, changes.size(), changes.toString());
    assertEquals(Kind.ATTRIBUTE_CHANGED, changes.get(0).kind());
    assertEquals("date @when changed 1962-3-1 → 1962-03-01", changes.get(0).message());
    assertEquals(new Change.Place(2, 7), changes.get(0).after());
  }

  @Test
  void aCorrectedWordIsATextReplacementWithItsPlaceInEachFile() throws IOException {
    List<Change> changes = changes("<p>We will recieve\n  the report.</p>", "<p>We will receive the report.</p>");
    assertEquals(1, changes.size(), changes.toString());
    Change c = changes.get(0);
    assertEquals(Kind.TEXT_REPLACED, c.kind());
    assertEquals("recieve", c.oldValue());
    assertEquals("receive", c.newValue());
    assertEquals(new Change.Place(2, 12), c.before());
    assertEquals(new Change.Place(2, 12), c.after());
    assertEquals("We will", c.contextBefore());
    assertEquals("the report.", c.contextAfter());
  }

  @Test
  void aMovedNoteIsMarkupOnlyEvenWhenItStartsRightAfterAWord() throws IOException {
    List<Change> changes = changes(
        "<p>First point.<note n=\"1\">Source: the file.</note> Second point. Third point.</p>",
        "<p>First point. Second point.<note n=\"1\">Source: the file.</note> Third point.</p>");
    assertEquals(1, changes.size(), changes.toString());
    Change c = changes.get(0);
    assertEquals(Kind.ELEMENT_MOVED, c.kind());
    assertEquals(new Change.Place(2, 16), c.before());
    assertEquals(new Change.Place(2, 30), c.after());
  }

  @Test
  void aNoteMovedOverMoreWordsThanItHoldsIsMovedToo() throws IOException {
    String old = "<p>First point.<note n=\"1\">Source: telegram 4.</note> The second point is longer than its note. Third.</p>";
    String now = "<p>First point. The second point is longer than its note.<note n=\"1\">Source: telegram 4.</note> Third.</p>";
    List<Change> changes = changes(old, now);
    assertEquals(1, changes.size(), changes.toString());
    assertEquals(Kind.ELEMENT_MOVED, changes.get(0).kind());
    assertEquals(new Change.Place(2, old.indexOf("<note") + 1), changes.get(0).before());
    assertEquals(new Change.Place(2, now.indexOf("<note") + 1), changes.get(0).after());
    assertEquals("note moved from 2:16 to 2:" + (now.indexOf("<note") + 1) + ": \"Source: telegram 4.\"",
        changes.get(0).message());
  }

  @Test
  void aNoteMovedFarAndCorrectedIsFollowedByItsIdAndItsCorrectionIsAText() throws IOException {
    String filler = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen. ";
    String old = "<p>First.<note xml:id=\"n1\">See the file.</note> " + filler + "</p>";
    String now = "<p>First. " + filler + "<note xml:id=\"n1\">See that file.</note></p>";
    List<Change> changes = changes(old, now);
    assertEquals(List.of(Kind.ELEMENT_MOVED, Kind.TEXT_REPLACED), changes.stream().map(Change::kind).sorted(
        java.util.Comparator.comparing(Kind::name)).toList(), changes.toString());
    Change word = changes.stream().filter(Change::isText).findFirst().orElseThrow();
    assertEquals("the", word.oldValue());
    assertEquals("that", word.newValue());
    assertEquals(new Change.Place(2, now.indexOf("that file") + 1), word.after());
  }

  @Test
  void wordsSwappedAroundANameAreATextChange() throws IOException {
    List<Change> changes = changes("<p><persName>Nixon</persName> said so.</p>", "<p>said <persName>Nixon</persName> so.</p>");
    assertTrue(changes.stream().anyMatch(Change::isText), changes.toString());
    assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.ELEMENT_MOVED), changes.toString());
  }

  @Test
  void whitespaceAttributeOrderPrefixesAndCommentsAreNotChanges() throws IOException {
    List<Change> changes = changes("<p rend=\"a\" n=\"1\">One two\n three.</p>",
        "<!-- checked --><tei:p xmlns:tei=\"http://www.tei-c.org/ns/1.0\" n=\"1\"   rend=\"a\">One\ttwo three.</tei:p>");
    assertEquals(List.of(), changes);
  }

  @Test
  void aLetterChangedIsATextChangeAndAnElementRemovedIsMarkup() throws IOException {
    List<Change> changes = changes("<p>The <hi>Soviet</hi> view.</p>", "<p>The Sovjet view.</p>");
    assertEquals(List.of(Kind.TEXT_REPLACED, Kind.ELEMENT_REMOVED), changes.stream().map(Change::kind).sorted().toList(),
        changes.toString());
  }

  @Test
  void addedAndRemovedWordsCarryTheirContext() throws IOException {
    List<Change> changes = changes("<p>a b c d e f</p>", "<p>a b x c d f</p>");
    assertEquals(2, changes.size(), changes.toString());
    assertEquals(Kind.TEXT_ADDED, changes.get(0).kind());
    assertEquals("x", changes.get(0).newValue());
    assertEquals(Kind.TEXT_REMOVED, changes.get(1).kind());
    assertEquals("e", changes.get(1).oldValue());
    assertEquals(new Change.Place(2, 12), changes.get(1).before());
  }

  @Test
  void wordsAfterAnEntityReferenceAreWhereTheyAreInTheFile() throws IOException {
    String old = "<p>AT&amp;T and &#x41;B then Bx</p>";
    List<Change> changes = changes(old, "<p>AT&amp;S and &#x41;B then By</p>");
    assertEquals(List.of("AT&T → AT&S at 2:4", "Bx → By at 2:" + (old.indexOf("Bx") + 1)),
        changes.stream().map(c -> c.oldValue() + " → " + c.newValue() + " at " + c.before()).toList());
  }

  @Test
  void aDocumentThatIsNotWellFormedIsNamedWithItsPlace() throws IOException {
    Path bad = write("bad.xml", tei("<p>open\n"));
    UnreadableDocument e = assertThrows(UnreadableDocument.class, () -> reader().read(bad));
    assertEquals(4, e.diagnostic().line());
    assertTrue(e.diagnostic().column() > 0);
  }

  @Test
  void anExternalEntityIsNeverRead() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "secret");
    Path hostile = write("hostile.xml", "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"secret.txt\">]>" + tei("<p>&x;</p>"));
    UnreadableDocument e = assertThrows(UnreadableDocument.class, () -> reader().read(hostile));
    assertTrue(e.getMessage().contains("is not read"), e.getMessage());
  }

  private List<Change> changes(String oldBody, String newBody) throws IOException {
    Path a = write("a.xml", tei(oldBody));
    Path b = write("b.xml", tei(newBody));
    RevisionReader reader = reader();
    return DocumentDiff.changes(reader.read(a), reader.read(b));
  }

  private RevisionReader reader() {
    return new RevisionReader(new SafeParsers(new ResourcePolicy(Catalogs.of(List.of()), List.of(dir))));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
