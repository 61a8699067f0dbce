package org.teikit.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Which Snowball algorithm stems a language, and a stemmer for it. Only the algorithms both
 * sides have: Lucene's Java (index time) and the snowball-stemmers JavaScript (query time); a
 * language neither has (Latin, Greek, Chinese, ...) is not stemmed rather than stemmed by
 * another language's rules.
 */
public final class Snowball {
  /** ISO 639-1 (and a few 639-2) codes to the algorithms' names, as both implementations name them. */
  private static final Map<String, String> ALGORITHMS = Map.ofEntries(
      Map.entry("hy", "armenian"), Map.entry("eu", "basque"),
      Map.entry("ca", "catalan"), Map.entry("da", "danish"), Map.entry("nl", "dutch"),
      Map.entry("en", "english"), Map.entry("eng", "english"), Map.entry("fi", "finnish"),
      Map.entry("fr", "french"), Map.entry("fra", "french"), Map.entry("de", "german"),
      Map.entry("deu", "german"), Map.entry("hu", "hungarian"), Map.entry("ga", "irish"),
      Map.entry("it", "italian"), Map.entry("ita", "italian"), Map.entry("no", "norwegian"),
      Map.entry("nb", "norwegian"), Map.entry("nn", "norwegian"), Map.entry("pt", "portuguese"),
      Map.entry("ro", "romanian"), Map.entry("ru", "russian"), Map.entry("rus", "russian"),
      Map.entry("es", "spanish"), Map.entry("spa", "spanish"), Map.entry("sv", "swedish"),
      Map.entry("tr", "turkish"));

  private Snowball() {}

  /** The algorithm for a language tag ("en", "ru-Latn", "fr-CA"), if there is one. */
  public static Optional<String> algorithm(String languageTag) {
    if (languageTag == null || languageTag.isEmpty()) {
      return Optional.empty();
    }
    int dash = languageTag.indexOf('-');
    String language = (dash < 0 ? languageTag : languageTag.substring(0, dash)).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(ALGORITHMS.get(language));
  }

  /**
   * A new stemmer for an algorithm ({@link #algorithm}'s names). Lucene's stemmers keep state, so
   * each thread makes its own.
   */
  public static UnaryOperator<String> stemmer(String algorithm) {
    String className = "org.tartarus.snowball.ext." + Character.toUpperCase(algorithm.charAt(0))
        + algorithm.substring(1) + "Stemmer";
    SnowballStemmer stemmer;
    try {
      stemmer = (SnowballStemmer) Class.forName(className).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no Snowball stemmer " + algorithm, e);
    }
    return word -> {
      stemmer.setCurrent(word);
      stemmer.stem();
      return stemmer.getCurrent();
    };
  }
}
