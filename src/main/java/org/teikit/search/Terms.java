package org.teikit.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The keys words are indexed and looked up by. A key is the Snowball stem, in the language of
 * the text, of the word's folded form ({@link #fold}); search.js makes the same key from a query
 * word. Folding comes first so that a reader who types without accents ("societe", "Khrushchev")
 * meets the same stem as the text's "société", "Khrushchëv", and so that the two generations of
 * Snowball (Lucene's 2.x, the JavaScript's 1.x), which treat ë and ï apart, never see them.
 * Not thread-safe: one per thread (it keeps a stemmer per language and the stems it made).
 */
public final class Terms {
  /** Every combining mark but the breve of й, which is a letter of its own. */
  private static final Pattern MARKS = Pattern.compile("([иИ]\u0306)|\\p{M}");

  private final Map<String, UnaryOperator<String>> stemmers = new HashMap<>();
  private final Map<String, String> stems = new HashMap<>();

  /**
   * The form a word is compared in; search.js's fold() does the same, step by step: accents,
   * stress marks and breathings off (θεὸς is θεος, Khrushchëv khrushchev, ё е), lower case, final
   * ς as σ.
   */
  public static String fold(String word) {
    String w = plain(word) ? word : Normalizer.normalize(
        MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("$1"), Normalizer.Form.NFC);
    return w.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('ς', 'σ');
  }

  /** ASCII letters and the Russian alphabet but ё: nothing to take off (most words; the normalizer is slow). */
  private static boolean plain(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 && (c < 0x0410 || c > 0x044F)) {
        return false;
      }
    }
    return true;
  }

  /** The key of a word of text in a language (a language tag, or "" when unknown). */
  public String key(String word, String languageTag) {
    return keyOfFolded(fold(word), languageTag);
  }

  /** The key of a word already folded ({@link #fold}). */
  public String keyOfFolded(String folded, String languageTag) {
    Optional<String> algorithm = Snowball.algorithm(languageTag);
    if (algorithm.isEmpty()) {
      return folded;
    }
    String a = algorithm.get();
    return stems.computeIfAbsent(a + ':' + folded,
        k -> stemmers.computeIfAbsent(a, Snowball::stemmer).apply(folded));
  }
}
