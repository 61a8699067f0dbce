package org.teikit.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.CliRun;

/**
 * {@code teikit init ed}, then inside {@code ed} the commands its CI files and teikit's
 * pre-commit hook run, each exactly as written there, through a {@code teikit} on PATH that starts
 * the classes under test in a JVM of its own (the working folder of a run cannot change in-process).
 */
class InitProjectTest {
  @TempDir static Path root;
  static Path ed;
  static Path bin;

  @BeforeAll
  static void init() throws IOException {
    ed = root.resolve("ed");
    CliRun run = CliRun.of("init", ed.toString(), "--title", "Letters & Notes", "--lang", "ru,en");
    assertEquals(0, run.exitCode(), run.err());
    bin = Files.createDirectories(root.resolve("bin"));
    Path teikit = bin.resolve("teikit");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Files.writeString(teikit, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
        + classpath + "' org.teikit.cli.Teikit \"$@\"\n");
    Files.setPosixFilePermissions(teikit, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void writesTheProjectLayout() throws IOException {
    for (String file : List.of("editions/ed/edition.xml", "editions/ed/sample.xml", "README.md", ".gitignore",
        ".github/workflows/teikit.yml", ".gitlab-ci.yml")) {
      assertTrue(Files.isRegularFile(ed.resolve(file)), file);
    }
    String edition = Files.readString(ed.resolve("editions/ed/edition.xml"));
    assertTrue(edition.contains("<title type=\"main\">Letters &amp; Notes</title>"), edition);
    String sample = Files.readString(ed.resolve("editions/ed/sample.xml"));
    for (String feature : List.of("xml:lang=\"ru\" type=\"original\"", "xml:lang=\"en\" type=\"translation\"",
        "<persName ref=\"person:sample-person\"", "<date when=", "<note ", "<app", "<?xml-model")) {
      assertTrue(sample.contains(feature), feature);
    }
    assertEquals("target/", Files.readAllLines(ed.resolve(".gitignore")).stream()
        .filter(l -> !l.startsWith("#")).findFirst().orElse(""));
  }

  @Test
  void buildInsideTheProjectPublishesWithNoFindings() throws Exception {
    Run build = run(ed, "teikit build --no-progress");
    assertEquals(0, build.code(), build.output());
    assertTrue(build.output().contains("2 files, 0 errors, 0 warnings"), build.output());
    assertTrue(Files.isRegularFile(ed.resolve("target/edition/html/index.html")));
    try (var pdfs = Files.walk(ed.resolve("target/edition/pdf"))) {
      assertTrue(pdfs.anyMatch(p -> p.toString().endsWith(".pdf")), "a PDF was written");
    }
  }

  @Test
  void validateInsideTheProjectFindsNothing() throws Exception {
    Run validate = run(ed, "teikit validate");
    assertEquals(0, validate.code(), validate.output());
    assertTrue(validate.output().endsWith("2 files, 0 errors, 0 warnings\n"), validate.output());
  }

  /** Every {@code teikit} line of the two CI files, run as written: the reports they upload appear. */
  @Test
  void theCiFilesRunCommandsThatWork() throws Exception {
    Set<String> github = teikitLines(ed.resolve(".github/workflows/teikit.yml"));
    Set<String> gitlab = teikitLines(ed.resolve(".gitlab-ci.yml"));
    String diff = "teikit diff --git \"origin/$BASE\" --text-preserved";
    assertEquals(Set.of("teikit validate --format sarif --output teikit.sarif", diff, "teikit build --no-progress"),
        github);
    assertEquals(Set.of("teikit validate --format junit --output teikit-junit.xml", diff,
        "teikit build --no-progress"), gitlab);
    Path copy = copyOf(ed, root.resolve("ci"));
    git(copy, "init", "-q", "-b", "main");
    git(copy, "add", "-A");
    git(copy, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "init");
    git(copy, "update-ref", "refs/remotes/origin/main", "HEAD");

    Set<String> all = new LinkedHashSet<>(github);
    all.addAll(gitlab);
    for (String command : all) {
      Run run = run(copy, command);
      assertEquals(0, run.code(), command + "\n" + run.output());
    }
    assertTrue(Files.readString(copy.resolve("teikit.sarif")).contains("\"version\""), "a SARIF report");
    assertTrue(Files.readString(copy.resolve("teikit-junit.xml")).contains("<testsuite"), "a JUnit report");
    assertTrue(Files.isRegularFile(copy.resolve("target/edition/html/index.html")), "the site artifact");

    // the text-preserved check fails once a word of the text changes
    Path sample = copy.resolve("editions/ed/sample.xml");
    Files.writeString(sample, Files.readString(sample).replace("words of the text.", "letters of the text."));
    Run changed = run(copy, diff);
    assertEquals(1, changed.code(), changed.output());
    assertTrue(changed.output().contains("letters"), changed.output());
  }

  /** teikit's own pre-commit hook, run as pre-commit runs it: its entry and the changed files. */
  @Test
  void thePreCommitHookValidatesChangedFiles() throws Exception {
    List<String> hook = Files.readAllLines(Path.of(".pre-commit-hooks.yaml"));
    assertTrue(hook.contains("- id: teikit-validate"), "the hook is declared");
    assertTrue(hook.contains("  language: system"), "teikit is installed, not built by pre-commit");
    String entry = hook.stream().filter(l -> l.startsWith("  entry: ")).findFirst().orElseThrow()
        .substring("  entry: ".length());
    Run run = run(ed, entry + " editions/ed/sample.xml");
    assertEquals(0, run.code(), run.output());
    assertTrue(run.output().endsWith("1 file, 0 errors, 0 warnings\n"), run.output());
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws IOException {
    Path taken = Files.createDirectories(root.resolve("taken"));
    Files.writeString(taken.resolve("notes.txt"), "mine");
    CliRun run = CliRun.of("init", taken.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("is not empty"), run.err());
    assertEquals(List.of(taken.resolve("notes.txt")), list(taken));
    assertEquals("mine", Files.readString(taken.resolve("notes.txt")));
  }

  @Test
  void writesIntoAnEmptyFolder() throws IOException {
    Path empty = Files.createDirectories(root.resolve("empty"));
    CliRun run = CliRun.of("init", empty.toString(), "--lang", "grc", "-q");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    String sample = Files.readString(empty.resolve("editions/empty/sample.xml"));
    assertTrue(sample.contains("xml:lang=\"grc\" type=\"original\""));
    assertTrue(!sample.contains("type=\"translation\""), "one language: no translation");
  }

  @Test
  void refusesMoreThanTwoLanguagesOrOneThatIsNotATag() {
    for (Map.Entry<String, String> bad : Map.of("ru,en,de", "--lang takes", "r u", "is not a language tag").entrySet()) {
      CliRun run = CliRun.of("init", root.resolve("bad").toString(), "--lang", bad.getKey());
      assertEquals(2, run.exitCode(), bad.getKey());
      assertTrue(run.err().contains(bad.getValue()), run.err());
      assertTrue(Files.notExists(root.resolve("bad")), "nothing written");
    }
  }

  /** The lines of a CI file that run teikit: a list item or a line of a run block. */
  static Set<String> teikitLines(Path file) throws IOException {
    Set<String> lines = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file)) {
      String command = line.strip().replaceFirst("^- ", "").replaceFirst("^run: ", "");
      if (command.startsWith("teikit ")) {
        lines.add(command);
      }
    }
    assertTrue(lines.size() >= 3, file + " runs teikit");
    return lines;
  }

  record Run(int code, String output) {}

  /** {@code command} through sh in {@code dir}, with our teikit first on PATH and BASE=main. */
  static Run run(Path dir, String command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("BASE", "main");
    env.put("CI", "true");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), command + " finished");
    return new Run(process.exitValue(), output);
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
  }

  private static Path copyOf(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path source : files.filter(p -> !p.startsWith(from.resolve("target"))).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return to;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.toList();
    }
  }
}
