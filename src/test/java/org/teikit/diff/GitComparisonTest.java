package org.teikit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.diff.TeiBody.tei;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diagnostic.UsageException;
import org.teikit.diff.FileDiff.Status;
import org.teikit.work.Pool;

/** The working files of a git repository against their version at a revision, file by file. */
class GitComparisonTest {

  @TempDir Path repo;

  @BeforeEach
  void aRepositoryWithOneCommit() throws Exception {
    Files.createDirectories(repo.resolve("ed/sub"));
    write("ed/a.xml", "<p>Talks with Deng began.</p>");
    write("ed/sub/b.xml", "<p>Second document.</p>");
    write("ed/gone.xml", "<p>To be deleted.</p>");
    git("init", "-q");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "first");
  }

  @Test
  void eachFileIsComparedWithItsVersionAtTheRevision() throws Exception {
    write("ed/a.xml", "<p>Talks with <persName>Deng</persName> began.</p>");
    write("ed/sub/b.xml", "<p>Second documents.</p>");
    write("ed/new.xml", "<p>New.</p>");
    Files.delete(repo.resolve("ed/gone.xml"));

    List<FileDiff> files = compare(List.of(Path.of("ed")));

    assertEquals(List.of("ed/a.xml", "ed/gone.xml", "ed/new.xml", "ed/sub/b.xml"), files.stream().map(FileDiff::path).toList());
    assertEquals(List.of(Status.CHANGED, Status.REMOVED, Status.ADDED, Status.CHANGED), files.stream().map(FileDiff::status).toList());
    assertEquals("HEAD:ed/a.xml", files.get(0).oldLabel());
    assertEquals("ed/a.xml", files.get(0).newLabel());
    assertEquals(List.of(Change.Kind.ELEMENT_ADDED), files.get(0).changes().stream().map(Change::kind).toList());
    assertEquals(List.of(Change.Kind.TEXT_REPLACED), files.get(3).changes().stream().map(Change::kind).toList());
    assertEquals(new Change.Place(2, 11), files.get(3).changes().get(0).before());
  }

  @Test
  void aFileNamedAloneAndTheWholeFolderByDefault() throws Exception {
    write("ed/a.xml", "<p>Talks with Deng begun.</p>");
    List<FileDiff> one = compare(List.of(Path.of("ed/a.xml")));
    assertEquals(1, one.size());
    assertTrue(one.get(0).textChanged());
    assertEquals(3, compare(List.of(Path.of("."))).size());
    List<FileDiff> absolute = compare(List.of(repo.resolve("ed/a.xml").toAbsolutePath()));
    assertEquals("HEAD:ed/a.xml", absolute.get(0).oldLabel());
    assertTrue(absolute.get(0).textChanged());
  }

  @Test
  void anUnknownRevisionIsAUsageProblem() {
    UsageException e = assertThrows(UsageException.class, () -> new GitRevision("no-such-branch", repo));
    assertTrue(e.getMessage().contains("no-such-branch"), e.getMessage());
  }

  private List<FileDiff> compare(List<Path> paths) throws IOException {
    try (Pool pool = Pool.of(2)) {
      return new Comparison(pool).compare(new GitRevision("HEAD", repo), paths, repo);
    }
  }

  private void write(String path, String body) throws IOException {
    Files.writeString(repo.resolve(path), tei(body), StandardCharsets.UTF_8);
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), said);
  }
}
