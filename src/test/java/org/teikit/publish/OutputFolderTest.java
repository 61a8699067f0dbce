package org.teikit.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.OutputMarker;

/** Which output folders teikit refuses before it does any work, and why it says so. */
class OutputFolderTest {
  @TempDir Path tmp;

  @Test
  void anOutputThatIsHoldsOrLiesInsideAnInputIsRefusedEvenWithForceOutput() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Path edition = Files.createDirectories(project.resolve("letters"));
    for (boolean force : List.of(false, true)) {
      assertRefused(edition, List.of(edition), force, " is the input ");
      assertRefused(project, List.of(edition), force, " contains the input ");
      assertRefused(edition.resolve("_site"), List.of(edition), force, " lies inside the input ");
      assertRefused(project.resolve("letters/../letters/_site"), List.of(edition), force, " lies inside the input ");
    }
    assertDoesNotThrow(() -> OutputFolder.check(project.resolve("out"), List.of(edition), false));
  }

  @Test
  void symbolicLinksAreResolvedOnBothSides() throws IOException {
    Path edition = Files.createDirectories(tmp.resolve("letters"));
    Path alias = Files.createSymbolicLink(tmp.resolve("alias"), edition);
    Path parentAlias = Files.createSymbolicLink(tmp.resolve("up"), tmp);

    assertRefused(alias, List.of(edition), true, " is the input ");
    assertRefused(alias.resolve("site"), List.of(edition), true, " lies inside the input ");
    assertRefused(parentAlias, List.of(alias), true, " contains the input ");
  }

  @Test
  void theRootFolderAndAFileAreRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
    assertRefused(Path.of("/"), List.of(tmp.resolve("letters")), true, "cannot be the root folder /");
    assertRefused(file, List.of(tmp.resolve("letters")), true, " is a file, not a folder");
  }

  @Test
  void aFolderWithFilesOfSomeoneElseNeedsForceOutputAndAnEmptyOrMarkedOneDoesNot() throws IOException {
    Path input = tmp.resolve("letters");
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("thesis.tex"), "mine");
    assertRefused(mine, List.of(input), false, "not empty and was not made by teikit");
    assertDoesNotThrow(() -> OutputFolder.check(mine, List.of(input), true));

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertDoesNotThrow(() -> OutputFolder.check(empty, List.of(input), false));
    Path ours = Files.createDirectories(tmp.resolve("ours"));
    Files.writeString(ours.resolve("index.html"), "a page");
    OutputMarker.write(ours);
    assertDoesNotThrow(() -> OutputFolder.check(ours, List.of(input), false));
  }

  private static void assertRefused(Path output, List<Path> inputs, boolean force, String why) {
    OutputException.Refused refused =
        assertThrows(OutputException.Refused.class, () -> OutputFolder.check(output, inputs, force));
    assertTrue(refused.getMessage().contains(why), refused.getMessage());
  }
}
