package org.teikit.publish.agreement;

/** How the two editions' texts are compared: print breaks lines and words where the web does not. */
final class Words {
  private Words() {}

  /** White space normalised. */
  static String spaced(String text) {
    return text.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /**
   * Text without white space or hyphens (line breaks and hyphenation are print's alone), nor the
   * marks print prints and the web draws with CSS (half brackets, "(?)" after an unclear word).
   */
  static String squeezed(String text) {
    return text.replace("(?)", "").replaceAll("[\\s\\u00A0\\-\\u00AD\\u2010\\u2011\\u2E22-\\u2E25]", "");
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("^(?:§\\s*|\\p{Lu}\\p{L}*\\.?\\s+)?(\\d+[a-z]?|[IVXLC]+|[a-z])(?=[.:,)]|\\s|$)");

  /**
   * The number a heading, a section label or a bookmark begins with: "12. Memorandum", "§ 12",
   * "Section 12", "No. 12. Memorandum, 4 February 1969", "XII. Book", "Face a".
   */
  static java.util.Optional<String> sectionNumber(String heading) {
    java.util.regex.Matcher m = NUMBER.matcher(spaced(heading));
    return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }

  /**
   * The words of a text, without the punctuation that joins them to an apparatus' sigla, nor the
   * marks print prints and the web draws with CSS (half brackets, "(?)" after an unclear word).
   */
  static java.util.List<String> tokens(String text) {
    return java.util.Arrays.stream(text.split("[\\s\\u00A0]+"))
        .map(t -> t.replace("(?)", "").replaceAll("[\\-\\u00AD\\u2010\\u2011\\u2E22-\\u2E25\\[\\];,]", ""))
        .filter(t -> !t.isEmpty()).toList();
  }

  /**
   * Whether print's words hold the web's in the same order, at most {@code gap} others between two
   * of them (pdftotext may set a footnote's lines among another's), and once up to {@code jump}
   * (a footnote that runs on to the foot of the next page).
   */
  static boolean holdsInOrder(java.util.List<String> print, String web, int gap, int jump) {
    java.util.List<String> needle = tokens(web);
    for (int start = 0; start < print.size(); start++) {
      if (print.get(start).equals(needle.get(0)) && rest(print, needle, start, 1, gap, jump)) {
        return true;
      }
    }
    return false;
  }

  private static boolean rest(java.util.List<String> print, java.util.List<String> needle, int at, int matched,
      int gap, int jump) {
    if (matched == needle.size()) {
      return true;
    }
    for (int k = at + 1; k < print.size() && k <= at + 1 + Math.max(gap, jump); k++) {
      if (print.get(k).equals(needle.get(matched))) {
        boolean jumped = k > at + 1 + gap;
        return rest(print, needle, k, matched + 1, gap, jumped ? 0 : jump);
      }
    }
    return false;
  }

  /** Whether print's text holds the web's words, line breaks and hyphenation aside. */
  static boolean holds(String print, String web) {
    return squeezed(print).contains(squeezed(web));
  }
}
