package org.teikit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store of reusable results: found by key, whole or absent, beside the output, pruned. */
class StoreTest {
  @TempDir Path tmp;

  @Test
  void theStoreOfAnOutputLiesBesideItNotInside() {
    assertEquals(tmp.resolve(".site.teikit"), Store.beside(tmp.resolve("site")));
  }

  @Test
  void aResultKeptByOneRunIsFoundByTheNextInTheSameFolder() throws IOException {
    Path site = tmp.resolve("site");
    String key = Key.of("test").add("file", "a.xml").hex();
    Store first = Store.open(Optional.empty(), site);
    first.put(key, folder -> Files.writeString(folder.resolve("result"), "kept"));

    Store next = Store.open(Optional.of(site), site);
    Optional<Path> found = next.find(key);
    assertTrue(found.isPresent());
    assertEquals("kept", Files.readString(found.get().resolve("result")));
    assertEquals(Optional.empty(), Store.open(Optional.empty(), site).find(key), "a clean run reads nothing");
  }

  @Test
  void aResultOfThePreviousStoreIsTakenOverIntoTheNewOne() throws IOException {
    String key = Key.of("test").hex();
    Store.at(Optional.empty(), tmp.resolve("old")).put(key, f -> Files.writeString(f.resolve("result"), "kept"));

    Optional<Path> found = Store.at(Optional.of(tmp.resolve("old")), tmp.resolve("new")).find(key);
    assertEquals(Optional.of(tmp.resolve("new").resolve(key)), found);
    assertEquals("kept", Files.readString(found.get().resolve("result")));
  }

  @Test
  void pruningDeletesWhatTheRunDidNotUseAndLeavesWhatItDidNotMake() throws IOException {
    Path site = tmp.resolve("site");
    String used = Key.of("used").hex();
    String unused = Key.of("unused").hex();
    Store first = Store.open(Optional.empty(), site);
    first.put(used, f -> Files.writeString(f.resolve("result"), "1"));
    first.put(unused, f -> Files.writeString(f.resolve("result"), "2"));
    Path editorsFile = Files.writeString(Store.beside(site).resolve("notes.txt"), "mine");

    Store next = Store.open(Optional.of(site), site);
    assertTrue(next.find(used).isPresent());
    next.prune();
    assertEquals(Stream.of(".teikit-store", "notes.txt", used).sorted().toList(), names(Store.beside(site)));
    assertTrue(Files.exists(editorsFile));
  }

  @Test
  void aFolderInTheWayThatIsNoStoreIsNeitherReadNorWritten() throws IOException {
    Path site = tmp.resolve("site");
    Path theirs = Files.createDirectories(Store.beside(site));
    String key = Key.of("k").hex();
    Files.createDirectories(theirs.resolve(key));

    Store store = Store.open(Optional.of(site), site);
    assertFalse(store.keeps());
    assertEquals(Optional.empty(), store.find(key));
    store.prune();
    assertEquals(List.of(key), names(theirs));
  }

  @Test
  void aStoreOfAnotherFormatIsNotReadAndIsEmptiedBeforeTheFirstResult() throws IOException {
    Path site = tmp.resolve("site");
    Path older = Files.createDirectories(Store.beside(site));
    Files.writeString(older.resolve(".teikit-store"), "teikit-store 0\n");
    String key = Key.of("k").hex();
    Files.createDirectories(older.resolve(key));

    Store store = Store.open(Optional.of(site), site);
    assertEquals(Optional.empty(), store.find(key), "another format's result is not read");
    String other = Key.of("other").hex();
    store.put(other, f -> Files.writeString(f.resolve("result"), "new"));
    assertEquals(Stream.of(".teikit-store", other).sorted().toList(), names(older));
    assertEquals("teikit-store 1\n", Files.readString(older.resolve(".teikit-store")));
  }

  @Test
  void anEmptyFolderFilledByTheEditorMeanwhileIsNotTakenForAStore() throws IOException {
    Path site = tmp.resolve("site");
    Path folder = Files.createDirectories(Store.beside(site));
    Store store = Store.open(Optional.empty(), site);
    Files.writeString(folder.resolve("notes.txt"), "mine");

    assertThrows(IOException.class, () -> store.put(Key.of("k").hex(), f -> { }));
    assertEquals(List.of("notes.txt"), names(folder));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
