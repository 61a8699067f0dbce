package org.teikit.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.teikit.Catalogues;
import org.teikit.SeedCopy;
import org.teikit.cli.CliRun;
import org.teikit.publish.AtomicDirectory;

/**
 * The print edition speaks the edition's interface language: the seed given
 * {@code interface-language} ru prints no English word of teikit's (an English catalogue value
 * that is no Russian one, the documents' own text aside: a value their text or attributes hold
 * is theirs too), and the English seed prints them, so the check can fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintInterfaceLanguageTest {
  static final Path TEMP = Path.of("target/print-interface-language").toAbsolutePath();
  private String own;
  private Map<String, Pattern> english;

  @BeforeAll
  void readTheLabels() throws IOException {
    if (Files.exists(TEMP)) {
      AtomicDirectory.deleteTree(TEMP);
    }
    own = sourceText(SeedCopy.SEED);
    english = englishOnly("ru");
  }

  @Test
  void theRussianBookHasNoEnglishInterfaceWord() throws Exception {
    Path copy = SeedCopy.withSettings(TEMP.resolve("ed-ru/seed"), SeedCopy.setting("interface-language", "ru"));
    String text = printed(copy, TEMP.resolve("pdf-ru"));
    List<String> leaks = found(text);
    assertTrue(leaks.isEmpty(), "English interface words in the Russian book:\n" + String.join("\n", leaks));
    for (String russian : List.of("Содержание", "Условные обозначения", "Указатель имён, мест и организаций", "1 марта 1962")) {
      assertTrue(text.contains(russian), russian + " in the Russian book");
    }
  }

  @Test
  void theEnglishBookHasThem() throws Exception {
    List<String> hits = found(printed(SeedCopy.SEED, TEMP.resolve("pdf-en")));
    assertTrue(hits.size() > 20, "the check finds the English words in the English book: " + hits);
  }

  private static String printed(Path edition, Path out) throws Exception {
    CliRun run = CliRun.of("pdf", "--no-progress", "-o", out.toString(), edition.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    try (Stream<Path> pdfs = Files.list(out)) {
      Path pdf = pdfs.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
      // a word hyphenated at a line's end joined again; lines run on
      return Poppler.text(pdf).replaceAll("(\\p{L})-\\n(\\p{Ll})", "$1$2").replaceAll("\\s+", " ");
    }
  }

  private List<String> found(String text) {
    List<String> hits = new ArrayList<>();
    english.forEach((label, pattern) -> {
      if (pattern.matcher(text).find()) {
        hits.add(label);
      }
    });
    return hits;
  }

  /**
   * The English values that are no value of the language's catalogue and that the documents do
   * not hold, as case-blind patterns of whole words; a place ({1}, {n}) is any short run.
   */
  private Map<String, Pattern> englishOnly(String lang) throws IOException {
    Map<String, String> other = Catalogues.of(lang);
    Map<String, Pattern> words = new java.util.LinkedHashMap<>();
    Catalogues.of("en").forEach((key, value) -> {
      if (other.containsValue(value) || !value.matches("(?s).*\\p{L}{2,}.*")) {
        return;
      }
      String body = Stream.of(value.split("\\{\\w+}", -1)).map(Pattern::quote).reduce((a, b) -> a + ".{1,40}?" + b).orElse("");
      Pattern pattern = Pattern.compile("(^|[^\\p{L}])" + body + "($|[^\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      if (!pattern.matcher(own).find()) {
        words.put(key + " '" + value + "'", pattern);
      }
    });
    return words;
  }

  /** The text and attribute values of an edition's files, whitespace collapsed, one string apart from the next. */
  private static String sourceText(Path edition) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(edition)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        String xml = Files.readString(f).replaceAll("(?s)<!--.*?-->", "");
        java.util.regex.Matcher m = Pattern.compile(">([^<]+)<|=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
          all.append(m.group(1) != null ? m.group(1) : m.group(2)).append(" | ");
        }
        // an element's text runs on over its children's tags
        all.append(xml.replaceAll("<[^>]+>", "")).append(" | ");
      }
    }
    return all.toString().replaceAll("\\s+", " ");
  }
}
