package org.teikit.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.teikit.Shared;

/**
 * The reference document as the Wilson Center Digital Archive gives it: the Russian OCR and
 * the English translation, cut into blocks (blank-line separated) and words.
 *
 * <p>The seed is Markdown-like text: a block is a run of non-empty lines; {@code **} marks bold,
 * a line starting {@code - } is a list item, two trailing spaces a hard line break. None of that
 * markup is part of the document's text and it is dropped. A line that ends in a hyphen after a
 * letter, followed by a line that starts with a letter, is joined; the word keeps a {@link
 * #SOFT_JOIN} mark where the hyphen was, because only the editor can tell a line-end hyphen
 * («Секре-|тариата») from a hyphen that belongs to the word («Сяо-|пин»).
 */
final class SeedText {
  static final Path SEED = Shared.path("seed/000_3f0d1ab6621f5657.txt");

  /** Stands where a line-end hyphen joined two parts of a word. */
  static final char SOFT_JOIN = '\u00AD';

  /** One word of the seed and the block it stands in. */
  record Word(String text, int block) {
    /** Whether a word of the encoding is this word, the editor's choice at a line-end hyphen. */
    boolean matches(String encoded) {
      if (text.indexOf(SOFT_JOIN) < 0) {
        return text.equals(encoded);
      }
      return text.replace(String.valueOf(SOFT_JOIN), "").equals(encoded)
          || text.replace(SOFT_JOIN, '-').equals(encoded);
    }
  }

  /** The blocks of one language, each a list of lines with the Markdown removed. */
  record Section(List<List<String>> blocks) {
    List<Word> words() {
      List<Word> words = new ArrayList<>();
      for (int b = 0; b < blocks.size(); b++) {
        for (String w : joinHyphenation(blocks.get(b)).trim().split("\\s+")) {
          if (!w.isEmpty()) {
            words.add(new Word(w, b));
          }
        }
      }
      return words;
    }

    String block(int b) {
      return String.join(" ", blocks.get(b));
    }
  }

  final Section russian;
  final Section english;

  private SeedText(Section russian, Section english) {
    this.russian = russian;
    this.english = english;
  }

  /**
   * Reads the seed. The Russian begins after the archive's list of contents (the line
   * "Translation - English"); the English begins after the first run of two or more blank
   * lines within the document, where the seed passes from the OCR to the translation.
   */
  static SeedText read() throws IOException {
    List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    int start = lines.indexOf("Translation - English") + 1;
    if (start == 0) {
      throw new IllegalStateException("the seed has no contents line 'Translation - English'");
    }
    int english = -1;
    for (int i = start + 1; i + 1 < lines.size(); i++) {
      if (lines.get(i).isBlank() && lines.get(i + 1).isBlank() && english < 0) {
        english = i;
      }
    }
    if (english < 0) {
      throw new IllegalStateException("the seed's English translation was not found");
    }
    return new SeedText(section(lines.subList(start, english)), section(lines.subList(english, lines.size())));
  }

  private static Section section(List<String> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String raw : lines) {
      if (raw.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String line = raw.strip().replace("**", "");
      if (line.startsWith("- ")) {
        line = line.substring(2);
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return new Section(blocks);
  }

  private static String joinHyphenation(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean hyphenated =
          i + 1 < lines.size()
              && line.length() > 1
              && line.endsWith("-")
              && Character.isLetter(line.charAt(line.length() - 2))
              && !lines.get(i + 1).isEmpty()
              && Character.isLetter(lines.get(i + 1).charAt(0));
      if (hyphenated) {
        text.append(line, 0, line.length() - 1).append(SOFT_JOIN);
      } else {
        text.append(line).append(i + 1 < lines.size() ? " " : "");
      }
    }
    return text.toString();
  }
}
