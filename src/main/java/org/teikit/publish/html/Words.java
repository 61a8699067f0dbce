package org.teikit.publish.html;

import java.util.function.Consumer;

/**
 * Splits text into words exactly as {@link SearchIndex#WORD} ({@code [\p{L}\p{M}\p{N}]+}) and
 * search.js do, without a regular expression: the search index splits the whole text of an
 * edition, and a hand-written scan over code points costs a fraction of a regex matcher's time.
 */
final class Words {
  /** The general categories of letters, marks and numbers, as bits of Character.getType. */
  private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
      | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
      | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK
      | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

  private Words() {}

  static void forEach(String text, Consumer<String> word) {
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      boolean inWord = (WORD_TYPES >> Character.getType(c) & 1) != 0;
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        word.accept(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      word.accept(text.substring(start));
    }
  }
}
