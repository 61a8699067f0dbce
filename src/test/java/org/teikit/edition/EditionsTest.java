package org.teikit.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editions found under command-line paths, and the names their outputs get. */
class EditionsTest {
  @TempDir Path tmp;

  private Path edition(String path) throws IOException {
    Path folder = tmp.resolve(path);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("d.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
    return folder;
  }

  private static List<String> names(List<Edition> editions) {
    return editions.stream().map(Edition::name).toList();
  }

  @Test
  void aNestedEditionIsNamedByItsPathUnderTheNamedFolderAndTitledByItsOwnFolder() throws IOException {
    edition("corpus/pta/pta0039/pta001");
    edition("corpus/pta/pta0040/pta001");
    edition("corpus/isicily/inscriptions");
    List<Edition> found = Editions.find(List.of(tmp.resolve("corpus")));
    assertEquals(List.of("isicily-inscriptions", "pta-pta0039-pta001", "pta-pta0040-pta001"), names(found));
    assertEquals(List.of("inscriptions", "pta001", "pta001"), found.stream().map(Edition::folderTitle).toList());
  }

  @Test
  void anEditionKeepsItsNameWhenAnotherOfTheSameFolderNameIsAddedBeforeIt() throws IOException {
    edition("corpus/b/texts");
    List<String> before = names(Editions.find(List.of(tmp.resolve("corpus"))));
    edition("corpus/a/texts");
    List<String> after = names(Editions.find(List.of(tmp.resolve("corpus"))));
    assertEquals(List.of("b-texts"), before);
    assertEquals(List.of("a-texts", "b-texts"), after);
  }

  @Test
  void aNamedEditionFolderIsNamedAfterItselfAndOnlyTrueClashesAreNumbered() throws IOException {
    Path one = edition("x/letters");
    Path two = edition("y/letters");
    edition("z/letters-2");
    assertEquals(List.of("letters", "letters-2", "letters-2-2"),
        names(Editions.find(List.of(one, two, tmp.resolve("z/letters-2")))));
  }

  @Test
  void namesAreSafeForUrls() throws IOException {
    edition("corpus/Письма 1962/том 1");
    assertEquals(List.of("_______1962-____1"), names(Editions.find(List.of(tmp.resolve("corpus")))));
  }
}
