package org.teikit.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.InputOutputException;
import org.teikit.diagnostic.UsageException;

/**
 * Files as they were at a git revision, read with the {@code git} command ({@code git ls-tree},
 * {@code git show REV:./path}) run in the working folder: git is what the editors already have,
 * it reads the repository locally (nothing is fetched), and teikit carries no second
 * implementation of git's object store.
 */
public final class GitRevision {
  private final String revision;
  private final Path workingFolder;

  /** @param workingFolder the folder git runs in; paths are relative to it */
  public GitRevision(String revision, Path workingFolder) {
    if (revision.isBlank() || revision.startsWith("-")) {
      throw new UsageException(Catalogue.text("diff.git-failed", "rev-parse", "not a revision: " + revision));
    }
    this.revision = revision;
    this.workingFolder = workingFolder.toAbsolutePath();
    try {
      run("rev-parse", "--verify", revision + "^{commit}");
    } catch (InputOutputException e) {
      throw new UsageException(Catalogue.text("diff.git-unknown-revision", revision, e.getMessage()));
    }
  }

  public String revision() {
    return revision;
  }

  /** The files under {@code path} (relative to the working folder) at the revision. */
  public List<String> files(String path) {
    String listed = new String(run("ls-tree", "-r", "--name-only", "-z", revision, "--", path), StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    for (String name : listed.split("\u0000")) {
      if (!name.isEmpty()) {
        files.add(name);
      }
    }
    return files;
  }

  /** The content of {@code path} (relative to the working folder) at the revision. */
  public byte[] content(String path) {
    return run("show", revision + ":./" + path.replace('\\', '/'));
  }

  private byte[] run(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.add("--no-pager");
    command.addAll(List.of(arguments));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(workingFolder.toFile()).start();
    } catch (IOException e) {
      throw new UsageException(Catalogue.text("diff.git-missing"));
    }
    try {
      process.getOutputStream().close();
      // git says little on standard error (a line or two), so it is read after the output
      byte[] out = readAll(process.getInputStream());
      byte[] errors = readAll(process.getErrorStream());
      int code = process.waitFor();
      if (code != 0) {
        String said = new String(errors, StandardCharsets.UTF_8).strip();
        throw new InputOutputException(Catalogue.text("diff.git-failed", arguments[0],
            said.isEmpty() ? "exit code " + code : said.lines().findFirst().orElse(said)));
      }
      return out;
    } catch (IOException e) {
      throw new InputOutputException(Catalogue.text("diff.git-failed", arguments[0], e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new InputOutputException(Catalogue.text("diff.git-failed", arguments[0], "interrupted"), e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
