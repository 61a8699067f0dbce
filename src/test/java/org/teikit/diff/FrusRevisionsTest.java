package org.teikit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.diff.Change.Kind;
import org.teikit.diff.Change.Place;
import org.teikit.xml.Catalogs;
import org.teikit.xml.ResourcePolicy;
import org.teikit.xml.SafeParsers;

/**
 * A real FRUS volume (frus1969-76v01, 1.9 MB) revised as its editors revise it: a name tagged, a
 * date attribute corrected, a word corrected, a footnote moved; each change must come out as its
 * kind, at the line:col of the edit in each file, and nothing else may.
 */
@UsesShared
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrusRevisionsTest {
  private static final Path VOLUME = Shared.path("corpora/frus/volumes/frus1969-76v01.xml");
  private static final String NOTE = "<note n=\"2\" xml:id=\"d12fn2\">";
  private static final String NOTE_MOVED_AFTER = "objectives of his forthcoming visit to Europe.";

  @TempDir static Path dir;
  private String original;
  private RevisionReader reader;
  private Revision old;

  @BeforeAll
  void readTheVolume() throws IOException {
    original = Files.readString(Shared.require(VOLUME), StandardCharsets.UTF_8);
    reader = new RevisionReader(new SafeParsers(new ResourcePolicy(Catalogs.of(List.of()), List.of(VOLUME.getParent(), dir))));
    old = reader.read(VOLUME);
    assertTrue(old.words().size() > 100_000, "the volume's words were read: " + old.words().size());
  }

  @Test
  void eachEditIsReportedAsItsKindAtItsPlace() throws IOException {
    String revised = original;
    // tag a name
    revised = once(revised, "Agnew, Helms,", "<persName corresp=\"#p_ASA1\">Agnew</persName>, Helms,");
    // fix a date attribute
    revised = once(revised, "<date when=\"1969-02-19\">February 19,", "<date when=\"1969-02-18\">February 19,");
    // correct a word (one letter)
    revised = once(revised, "Cabinet Room of the White House. Eight Senators", "Cabinet room of the White House. Eight Senators");
    // move a note: from after "Hill.)" to the end of the next paragraph's sentence
    int noteStart = revised.indexOf(NOTE);
    int noteEnd = revised.indexOf("</note>", noteStart) + "</note>".length();
    String note = revised.substring(noteStart, noteEnd);
    revised = revised.substring(0, noteStart) + revised.substring(noteEnd);
    revised = once(revised, NOTE_MOVED_AFTER, NOTE_MOVED_AFTER + note);

    List<Change> changes = DocumentDiff.changes(old, read(revised));

    assertEquals(List.of(Kind.ELEMENT_MOVED, Kind.TEXT_REPLACED, Kind.ATTRIBUTE_CHANGED, Kind.ELEMENT_ADDED)
        .stream().sorted().toList(), changes.stream().map(Change::kind).sorted().toList(), changes.toString());

    Change tagged = only(changes, Kind.ELEMENT_ADDED);
    assertEquals(place(revised, revised.indexOf("<persName corresp=\"#p_ASA1\">")), tagged.after());
    assertEquals("persName added around \"Agnew\"", tagged.message());

    Change date = only(changes, Kind.ATTRIBUTE_CHANGED);
    assertEquals("date @when changed 1969-02-19 → 1969-02-18", date.message());
    assertEquals(place(original, original.indexOf("<date when=\"1969-02-19\">February 19,")), date.before());
    assertEquals(place(revised, revised.indexOf("<date when=\"1969-02-18\">")), date.after());

    Change word = only(changes, Kind.TEXT_REPLACED);
    assertEquals("Room", word.oldValue());
    assertEquals("room", word.newValue());
    assertEquals(place(original, original.indexOf("Room of the White House. Eight")), word.before());
    assertEquals(place(revised, revised.indexOf("room of the White House. Eight")), word.after());

    Change moved = only(changes, Kind.ELEMENT_MOVED);
    assertEquals("note", moved.subject());
    assertEquals(place(original, original.indexOf(NOTE)), moved.before());
    assertEquals(place(revised, revised.indexOf(NOTE)), moved.after());
  }

  @Test
  void anUnchangedVolumeHasNoChanges() {
    assertEquals(List.of(), DocumentDiff.changes(old, old));
  }

  private Revision read(String text) throws IOException {
    Path file = Files.writeString(dir.resolve("revised.xml"), text, StandardCharsets.UTF_8);
    return reader.read(file);
  }

  /** {@code text} with the one occurrence of {@code find} replaced. */
  static String once(String text, String find, String replacement) {
    int at = text.indexOf(find);
    assertTrue(at >= 0 && text.indexOf(find, at + 1) < 0, "exactly one \"" + find + "\" in the volume");
    return text.substring(0, at) + replacement + text.substring(at + find.length());
  }

  /** The line:col of {@code offset} in {@code text}, as a parser counts them. */
  static Place place(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Place(line, offset - lineStart + 1);
  }

  private static Change only(List<Change> changes, Kind kind) {
    List<Change> found = changes.stream().filter(c -> c.kind() == kind).toList();
    assertEquals(1, found.size(), kind + " in " + changes);
    return found.get(0);
  }
}
