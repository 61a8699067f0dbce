package org.teikit.publish.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The laid-out parts of parted books ({@link PartedBook}), kept in the edition's records (in the
 * store beside the PDFs' folder) in {@code .teikit-pdf-parts/} so that the next run lays out again only the parts whose FO changed.
 * A part is stored under the digest of its FO (and of what else decides its layout): its IF
 * ({@code KEY.if}) and its facts ({@code KEY.facts}: page count, then the pages of its mentions).
 * A document's part is also found by its inputs ({@code INPUTS.inputs} names its key), which
 * spares making its FO. Parts are looked for in this run's folder, then in the previous output's;
 * a part this run did not use is removed when it ends. A damaged part counts as missing.
 */
final class PartStore {
  static final String FOLDER = ".teikit-pdf-parts";
  /** The first page (as printed) of each document and of the index in the last book set here. */
  static final String CONTENTS = "contents";
  private static final String HEADER = "teikit-pdf-part 1";
  /** The suffix of a file named after a document part's inputs, which holds its part's key. */
  private static final String INPUTS = ".inputs";
  /** What this store writes: parts ({@code .if}, {@code .facts}) and their {@link #INPUTS}. */
  private static final Pattern STORED = Pattern.compile("(.*)\\.(if|facts|inputs)");

  private final Path folder;
  private final Optional<Path> previous;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  PartStore(Path outDir, Optional<Path> previousOutDir) {
    this.folder = outDir.resolve(FOLDER);
    this.previous = previousOutDir.map(p -> p.resolve(FOLDER)).filter(p -> !p.equals(folder));
  }

  /** The part stored under {@code key}, here or in the previous output. */
  Optional<FopLayout.Laid> find(String key) {
    used.add(key);
    Optional<FopLayout.Laid> here = read(folder, key);
    if (here.isPresent() || previous.isEmpty()) {
      return here;
    }
    Optional<FopLayout.Laid> there = read(previous.get(), key);
    if (there.isPresent()) {
      try {
        carryOver(key);
      } catch (IOException e) {
        return Optional.empty(); // cannot keep it for the next run: lay it out again
      }
    }
    return there;
  }

  /**
   * The key of the part laid out for a document's part with these inputs
   * ({@link BookKeys#documentPart}), here or in the previous output, if it is still stored.
   */
  Optional<String> partFor(String inputs) {
    for (Path dir : previous.isPresent() ? List.of(folder, previous.get()) : List.of(folder)) {
      try {
        String part = Files.readString(dir.resolve(inputs + INPUTS), StandardCharsets.US_ASCII);
        if (inputs.matches("[0-9a-f]{64}") && part.matches("[0-9a-f]{64}")) {
          rememberInputs(inputs, part);
          return Optional.of(part);
        }
      } catch (IOException | RuntimeException none) {
        // not here
      }
    }
    return Optional.empty();
  }

  /** Notes that a document's part with these inputs was laid out as the part {@code key}. */
  void rememberInputs(String inputs, String key) throws IOException {
    used.add(inputs);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(inputs + INPUTS), key, StandardCharsets.US_ASCII);
  }

  /** The contents' page numbers of the book the last run set, if it left them. */
  Optional<Map<String, String>> lastContents() {
    for (Path dir : previous.isPresent() ? List.of(folder, previous.get()) : List.of(folder)) {
      try {
        List<String> lines = Files.readAllLines(dir.resolve(CONTENTS), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
          continue;
        }
        Map<String, String> pages = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
          String[] f = line.split("\t");
          if (f.length != 2 || !f[1].matches("[0-9]{1,7}")) {
            throw new IOException("not a contents line: " + line);
          }
          pages.put(f[0], f[1]);
        }
        return Optional.of(pages);
      } catch (IOException | RuntimeException unreadable) {
        // none, or damaged: the book is set without a guess
      }
    }
    return Optional.empty();
  }

  void putContents(Map<String, String> pages) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    pages.forEach((target, page) -> lines.add(target + "\t" + page));
    Files.createDirectories(folder);
    Files.write(folder.resolve(CONTENTS), lines, StandardCharsets.UTF_8);
  }

  /** This run did not use the part after all (a front matter set with page numbers that proved wrong). */
  void drop(String key) {
    used.remove(key);
  }

  void put(String key, FopLayout.Laid part) throws IOException {
    used.add(key);
    Files.createDirectories(folder);
    List<String> facts = new ArrayList<>();
    facts.add(HEADER);
    facts.add(Integer.toString(part.pages()));
    facts.addAll(part.mentions().lines());
    Files.write(folder.resolve(key + ".if"), part.intermediate());
    Files.write(folder.resolve(key + ".facts"), facts, StandardCharsets.UTF_8);
  }

  /** Keeps every part of the previous output for the next run (this run reused the book they make). */
  void keepAll() throws IOException {
    if (previous.isEmpty() || !Files.isDirectory(previous.get())) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(previous.get(), "*.facts")) {
      for (Path facts : files) {
        String key = facts.getFileName().toString().replaceFirst("\\.facts$", "");
        if (key.matches("[0-9a-f]{64}") && !Files.exists(folder.resolve(key + ".facts"))) {
          carryOver(key);
        }
      }
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(previous.get(), "*" + INPUTS)) {
      for (Path inputs : files) {
        if (!Files.exists(folder.resolve(inputs.getFileName()))) {
          Files.createDirectories(folder);
          Files.copy(inputs, folder.resolve(inputs.getFileName()));
        }
      }
    }
    if (Files.isRegularFile(previous.get().resolve(CONTENTS)) && !Files.exists(folder.resolve(CONTENTS))) {
      Files.copy(previous.get().resolve(CONTENTS), folder.resolve(CONTENTS));
    }
  }

  /** Removes the parts this run did not use (earlier versions of changed parts). */
  void prune() throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        Matcher name = STORED.matcher(file.getFileName().toString());
        if (name.matches() && !used.contains(name.group(1))) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private void carryOver(String key) throws IOException {
    Files.createDirectories(folder);
    for (String suffix : List.of(".if", ".facts")) {
      Path target = folder.resolve(key + suffix);
      Files.deleteIfExists(target);
      try {
        Files.createLink(target, previous.get().resolve(key + suffix));
      } catch (IOException | UnsupportedOperationException noLinks) {
        Files.copy(previous.get().resolve(key + suffix), target);
      }
    }
  }

  /** Whether an IF document ends as FOP ends one: a cut-off file would fail the join. */
  private static boolean complete(byte[] intermediate) {
    String end = new String(intermediate, Math.max(0, intermediate.length - 64), Math.min(64, intermediate.length),
        StandardCharsets.ISO_8859_1).strip();
    return end.endsWith("</document>");
  }

  private static Optional<FopLayout.Laid> read(Path folder, String key) {
    try {
      Path facts = folder.resolve(key + ".facts");
      if (!key.matches("[0-9a-f]{64}") || !Files.isRegularFile(facts)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(facts, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).matches("[0-9]{1,7}")) {
        return Optional.empty();
      }
      byte[] intermediate = Files.readAllBytes(folder.resolve(key + ".if"));
      if (!complete(intermediate)) {
        return Optional.empty();
      }
      return Optional.of(new FopLayout.Laid(intermediate, Integer.parseInt(lines.get(1)),
          MentionPages.parse(lines.subList(2, lines.size()))));
    } catch (IOException | RuntimeException damaged) {
      return Optional.empty();
    }
  }
}
