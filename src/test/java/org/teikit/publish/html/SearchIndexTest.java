package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.search.Terms;

/** The search index is data, never code: TEI text cannot end the script it sits in. */
class SearchIndexTest {
  @TempDir Path tmp;

  @Test
  void stringsCannotCloseTheScriptOrBreakTheLine() {
    String json = SearchIndex.string(new StringBuilder(), "</script><b>\"x\"\\ \u2028\u2029\n&").toString();
    assertEquals("\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\"\\\\ \\u2028\\u2029\\n\\u0026\"", json);
  }

  @Test
  void wordsAreLowerCasedWithYoAsYe() {
    assertEquals("ёлка".replace('ё', 'е'), Terms.fold("ЁЛКА"));
    assertEquals("khrushchev", Terms.fold("Khrushchev"));
  }

  static final java.util.List<String> ACCENTED = java.util.List.of("Θεὸς", "ΘΕΟΣ", "ἁγίοις", "Khrushchëv",
      "Ménière", "чу\u0301дно", "мой", "ЙОД", "Ёлка", "Zethus", "ὁδός");

  @Test
  void wordsMatchWhateverTheirAccentsButTheBreveOfShortIStays() {
    assertEquals(java.util.List.of("θεοσ", "θεοσ", "αγιοισ", "khrushchev", "meniere", "чудно", "мой", "йод", "елка",
        "zethus", "οδοσ"), ACCENTED.stream().map(Terms::fold).toList());
  }

  @Test
  void textThatLooksLikeMarkupStaysInsideTheIndex() throws IOException {
    Path edition = tmp.resolve("ed");
    Files.createDirectories(edition);
    Files.writeString(edition.resolve("a.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
        + "<p>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Хрущеву</p></body></text></TEI>");
    Path site = tmp.resolve("site");
    Sites.publish(site, 1, edition);
    assertTrue(Files.readString(site.resolve("search-index.js")).startsWith("window.TEIKIT_SEARCH = {"));
    String index = SearchFiles.text(site);
    assertFalse(index.contains("<"), index);
    // a text without a language is folded, not stemmed: segment 0, weight 6 words * 2, once, at word 5
    assertTrue(index.contains("\"хрущеву\":[\"хрущеву\",0,12,1,5]"), index);
  }

  @Test
  void wordsSplitExactlyAsTheWordPatternDoes() {
    String text = "Хрущеву, Khrushchev's 1962-03-01: naïve cafe\u0301 Ⅻ ½ 𝔘𝔫𝔦 日本語 e\u20dd — «Албании»\t\nend";
    List<String> expected = new ArrayList<>();
    java.util.regex.Matcher m = SearchIndex.WORD.matcher(text);
    while (m.find()) {
      expected.add(m.group());
    }
    List<String> actual = new ArrayList<>();
    Words.forEach(text, actual::add);
    assertEquals(expected, actual);
    assertEquals(15, actual.size(), actual::toString);
  }
}
