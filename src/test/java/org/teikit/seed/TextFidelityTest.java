package org.teikit.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teikit.UsesShared;

/**
 * The encoding transmits the seed exactly: the Russian and the English text, taken from the
 * edition without the editors' layer, are the seed's text word for word (after joining
 * line-end hyphenation), and every paragraph of the encoding is made of whole blocks of the
 * seed, so that no paragraph is split, merged or moved against the source.
 */
@UsesShared
class TextFidelityTest {
  private static SeedText seed;
  private static EncodedText encoded;

  @BeforeAll
  static void read() throws Exception {
    seed = SeedText.read();
    encoded = new EncodedText(EncodedText.DOCUMENT);
  }

  @Test
  void russianOriginalIsTheSeedsOcrWordForWord() throws Exception {
    check("ru", seed.russian, 19);
  }

  @Test
  void englishTranslationIsTheSeedsTranslationWordForWord() throws Exception {
    check("en", seed.english, 19);
  }

  private static void check(String lang, SeedText.Section section, int paragraphs) throws Exception {
    List<EncodedText.Word> mine = EncodedText.words(encoded.text(lang));
    List<SeedText.Word> theirs = section.words();
    List<String> differences = differences(mine, theirs, section);
    if (!differences.isEmpty()) {
      fail(lang + ": the encoding's transmitted text differs from the seed at "
          + differences.size() + " place(s):\n" + String.join("\n", differences));
    }
    Map<String, Set<Integer>> blocksOf = new LinkedHashMap<>();
    Map<Integer, Set<String>> ownersOf = new LinkedHashMap<>();
    for (int i = 0; i < mine.size(); i++) {
      int block = theirs.get(i).block();
      String owner = mine.get(i).paragraph();
      ownersOf.computeIfAbsent(block, b -> new LinkedHashSet<>()).add(owner);
      if (!owner.isEmpty()) {
        blocksOf.computeIfAbsent(owner, p -> new LinkedHashSet<>()).add(block);
      }
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Set<Integer>> paragraph : blocksOf.entrySet()) {
      for (int block : paragraph.getValue()) {
        Set<String> owners = ownersOf.get(block);
        if (owners.size() > 1) {
          problems.add(paragraph.getKey() + " shares seed block " + block + " with " + owners
              + ": «" + abbreviate(section.block(block)) + "»");
        }
      }
    }
    assertTrue(problems.isEmpty(), lang + ": paragraphs do not follow the seed's blocks:\n"
        + String.join("\n", problems));
    assertEquals(paragraphs, blocksOf.size(), lang + ": paragraphs of running text " + blocksOf.keySet());
    System.out.printf("%s: %d words, %d paragraphs, %d seed blocks, all matched%n",
        lang, mine.size(), blocksOf.size(), section.blocks().size());
  }

  /**
   * The places where the two word sequences differ, found by a longest-common-subsequence
   * alignment and told with the paragraph of the encoding and the block of the seed.
   */
  private static List<String> differences(
      List<EncodedText.Word> mine, List<SeedText.Word> theirs, SeedText.Section section) {
    int m = mine.size();
    int n = theirs.size();
    int[][] lcs = new int[m + 1][n + 1];
    for (int i = m - 1; i >= 0; i--) {
      for (int j = n - 1; j >= 0; j--) {
        lcs[i][j] = theirs.get(j).matches(mine.get(i).text())
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while ((i < m || j < n) && out.size() < 30) {
      if (i < m && j < n && theirs.get(j).matches(mine.get(i).text())) {
        i++;
        j++;
      } else if (j < n && (i == m || lcs[i][j + 1] >= lcs[i + 1][j])) {
        SeedText.Word w = theirs.get(j);
        out.add("  missing from the encoding: \"" + w.text() + "\" (seed block " + w.block()
            + ": «" + abbreviate(section.block(w.block())) + "»)" + where(mine, i));
        j++;
      } else {
        EncodedText.Word w = mine.get(i);
        out.add("  not in the seed: \"" + w.text() + "\"" + where(mine, i));
        i++;
      }
    }
    return out;
  }

  private static String where(List<EncodedText.Word> mine, int i) {
    if (mine.isEmpty()) {
      return "";
    }
    EncodedText.Word at = mine.get(Math.min(i, mine.size() - 1));
    StringBuilder context = new StringBuilder();
    for (int k = Math.max(0, i - 4); k < Math.min(mine.size(), i + 4); k++) {
      context.append(k == i ? "[" : "").append(mine.get(k).text()).append(k == i ? "] " : " ");
    }
    return " in " + (at.paragraph().isEmpty() ? "(not a paragraph)" : at.paragraph())
        + ", near: " + context.toString().trim();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "…";
  }
}
