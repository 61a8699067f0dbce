package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.teikit.Folders;
import org.teikit.publish.AtomicDirectory;
import org.teikit.xml.XmlContext;

/**
 * The interface language: the seed edition, given {@code interface-language} ru (and de, fr, it)
 * in a copy, has no English word of teikit's left in its pages (the English catalogue's values,
 * found in text and in the attributes a reader meets, the documents' own text aside), the
 * English seed has them (so the check can fail), every catalogue has every English key, and the
 * search page speaks Russian in Chromium; the Russian copy also brings its own stylesheet and
 * logo (the Look).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterfaceLanguageTest {
  static final List<String> LANGUAGES = List.of("en", "ru", "de", "fr", "it");
  /** the attributes whose words a reader sees or hears */
  static final Set<String> READ_ATTRIBUTES = Set.of("aria-label", "placeholder", "title", "alt", "data-labels");

  /** the copy of the seed and both sites, kept after the run to look at */
  static final Path TEMP = Path.of("target/interface-language").toAbsolutePath();
  private Path russian;
  private Path english;
  private XmlContext xml;
  @AutoClose private HeadlessChromium.Session session;

  @BeforeAll
  void publish() throws IOException {
    if (Files.exists(TEMP)) {
      AtomicDirectory.deleteTree(TEMP);
    }
    Path copy = seedIn("ru", true);
    russian = TEMP.resolve("site-ru");
    english = TEMP.resolve("site-en");
    Sites.publishWell(russian, copy);
    Sites.publishWell(english, SiteTest.SEED);
    xml = Sites.context(copy);
  }

  /** A copy of the seed edition under TEMP/ed-LANG that speaks {@code lang}, with a stylesheet and a logo if {@code look}. */
  private static Path seedIn(String lang, boolean look) throws IOException {
    Path copy = TEMP.resolve("ed-" + lang + "/chervonenko-deng-1962");
    Folders.copy(SiteTest.SEED, copy);
    Path edition = copy.resolve("edition.xml");
    String text = Files.readString(edition);
    assertTrue(text.contains("</encodingDesc>"));
    Files.writeString(edition, text.replace("</encodingDesc>", """
          <appInfo>
            <application ident="teikit" version="1.0">
              <label>teikit</label>
              <label type="interface-language">%s</label>%s
            </application>
          </appInfo>
        </encodingDesc>""".formatted(lang, look ? """

              <label type="stylesheet">look/edition.css</label>
              <label type="logo">look/logo.svg</label>""" : "")));
    if (look) {
      Files.createDirectories(copy.resolve("look"));
      Files.writeString(copy.resolve("look/edition.css"), ":root { --accent: #7a1f2b; --paper: #f7f3ea; }\n");
      Files.writeString(copy.resolve("look/logo.svg"),
          "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><circle cx=\"2\" cy=\"2\" r=\"2\"/></svg>\n");
    }
    return copy;
  }

  @Test
  void everyCatalogueHasEveryEnglishKey() throws IOException {
    Map<String, String> en = catalogue("en");
    assertTrue(en.size() > 200, "English keys: " + en.size());
    for (String lang : LANGUAGES) {
      Map<String, String> c = catalogue(lang);
      List<String> missing = en.keySet().stream().filter(k -> !c.containsKey(k)).toList();
      assertTrue(missing.isEmpty(), lang + " lacks " + missing);
      List<String> empty = c.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).toList();
      assertTrue(empty.isEmpty(), lang + " has empty labels " + empty);
    }
  }

  @Test
  void theRussianSiteHasNoEnglishInterfaceWord() throws IOException {
    Map<String, Pattern> words = englishWords("ru");
    Set<String> own = sourceStrings(SiteTest.SEED);
    List<String> russianLeaks = leaks(russian, words, own);
    assertTrue(russianLeaks.isEmpty(), "English interface words in the Russian site:\n" + String.join("\n", russianLeaks));
    // the check can fail: the English site is full of them
    List<String> englishHits = leaks(english, words, own);
    assertTrue(englishHits.size() > 50, "the check finds the English words in the English site: " + englishHits.size());
    assertTrue(Files.readString(russian.resolve("index.html")).matches("(?s).*<html [^>]*lang=\"ru\".*"), "html lang=ru");
  }

  /** German, French and Italian as Russian, where their word differs from the English one. */
  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "it"})
  void theOtherSitesHaveNoEnglishInterfaceWord(String lang) throws IOException {
    Path site = TEMP.resolve("site-" + lang);
    Sites.publishWell(site, seedIn(lang, false));
    List<String> found = leaks(site, englishWords(lang), sourceStrings(SiteTest.SEED));
    assertTrue(found.isEmpty(), "English interface words in the " + lang + " site:\n" + String.join("\n", found));
    assertTrue(Files.readString(site.resolve("index.html")).matches("(?s).*<html [^>]*lang=\"" + lang + "\".*"), "html lang");
  }

  @Test
  void searchJsHasNoEnglishOfItsOwn() throws IOException {
    // its string literals, comments left out
    String js = Files.readString(Path.of("xslt/html/assets/search.js")).replaceAll("(?s)/\\*.*?\\*/", "");
    List<String> literals = new ArrayList<>();
    Matcher literal = Pattern.compile("'((?:[^'\\\\\\n]|\\\\.)*)'").matcher(js);
    while (literal.find()) {
      literals.add(literal.group(1));
    }
    Map<String, String> en = catalogue("en");
    int checked = 0;
    for (Map.Entry<String, String> e : en.entrySet()) {
      if (e.getKey().startsWith("search-") || e.getKey().startsWith("count-") || e.getKey().equals("no-results")) {
        String word = e.getValue().replaceAll("\\{\\w+}", "").replaceAll("^\\W+|\\W+$", "");
        if (word.length() > 3) {
          checked++;
          Pattern whole = Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(word) + "($|[^\\p{L}])");
          assertTrue(literals.stream().filter(l -> !keyPart(l, en.keySet())).noneMatch(l -> whole.matcher(l).find()),
              "search.js writes '" + word + "' itself");
        }
      }
    }
    assertTrue(checked > 20, "checked " + checked);
  }

  /** The Look: the edition's stylesheet and logo copied into the site, linked after teikit's. */
  @Test
  void theEditionsOwnStylesheetAndLogo() throws IOException {
    assertTrue(Files.isRegularFile(russian.resolve("assets/edition/edition.css")));
    assertTrue(Files.isRegularFile(russian.resolve("assets/edition/logo.svg")));
    for (String page : List.of("index.html", "search.html", "doc/1962-03-01-chervonenko-deng.html")) {
      String html = Files.readString(russian.resolve(page));
      String root = page.startsWith("doc/") ? "../" : "";
      int teikit = html.indexOf("href=\"" + root + "assets/teikit.css\"");
      int own = html.indexOf("href=\"" + root + "assets/edition/edition.css\"");
      assertTrue(teikit > 0 && own > teikit, page + ": the edition's stylesheet after teikit's");
      assertTrue(html.contains("<img class=\"logo\" src=\"" + root + "assets/edition/logo.svg\""), page + ": the logo");
    }
    String english = Files.readString(this.english.resolve("index.html"));
    assertTrue(!english.contains("assets/edition/") && english.contains("assets/teikit.css"), "none without the settings");
  }

  /** A logo that is a symbolic link to a file outside the edition is refused, not copied into the site. */
  @Test
  void aSettingsFileLinkedFromOutsideTheEditionIsNotRead() throws IOException {
    Path copy = seedIn("en", true);
    Path secret = Files.writeString(TEMP.resolve("secret.svg"), "<svg>not the edition's</svg>");
    Files.delete(copy.resolve("look/logo.svg"));
    Files.createSymbolicLink(copy.resolve("look/logo.svg"), secret);
    Path site = TEMP.resolve("site-linked-logo");
    org.teikit.cli.CliRun run = org.teikit.cli.CliRun.of("html", "--no-progress", "-o", site.toString(), copy.toString());
    assertTrue(run.exitCode() != 0 && run.err().contains("look/logo.svg, which is not a file in the edition"),
        run.out() + run.err());
    assertTrue(!Files.exists(site.resolve("assets/edition/logo.svg")), "the linked file is not copied");
  }

  @Test
  void theSearchPageSpeaksRussian() throws IOException {
    session = HeadlessChromium.open();
    String none = search("zzzqqxyzzy");
    session.shot("search-ru-none");
    assertEquals("Нет результатов.", none);
    String found = search("Хрущев");
    session.shot("search-ru-found");
    assertTrue(found.contains("1 статья указателя"), found);
    String entity = session.driver().findElement(By.cssSelector("#results li.entity-result")).getText();
    assertTrue(entity.contains("2 упоминания в указателе лиц"), entity);
    assertEquals("ru", session.js("return document.documentElement.lang;"));
    assertEquals("#7a1f2b", String.valueOf(session.js(
        "return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();")));
  }

  /** Whether a literal of search.js is a catalogue key or a part of keys ('mentions' of count-mentions-one). */
  private static boolean keyPart(String literal, Set<String> keys) {
    return literal.matches("[a-z][a-z-]*") && keys.stream().anyMatch(k -> k.equals(literal)
        || k.startsWith(literal + "-") || k.contains("-" + literal + "-") || k.endsWith("-" + literal));
  }

  private String search(String query) {
    session.driver().get(russian.resolve("search.html").toUri() + "?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
    session.waitFor(() -> {
      String s = status();
      return !s.isEmpty() && !s.equals("Поиск…");
    });
    return status();
  }

  private String status() {
    return session.driver().findElement(By.id("search-status")).getText();
  }

  /** Every page's strings a reader meets that contain an English interface word: "page: word in 'string'". */
  private List<String> leaks(Path site, Map<String, Pattern> words, Set<String> own) throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> s = Files.walk(site)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() >= 7, "pages: " + pages.size());
    for (Path page : pages) {
      for (String text : readStrings(Sites.read(xml, page))) {
        if (own.contains(text)) {
          continue;
        }
        for (Map.Entry<String, Pattern> w : words.entrySet()) {
          if (w.getValue().matcher(text).find()) {
            found.add(site.relativize(page) + ": " + w.getKey() + " in '" + text + "'");
          }
        }
      }
    }
    return found;
  }

  /**
   * The English values that are no value of the language's catalogue, as patterns: a word or phrase anywhere as whole
   * words, {1} and {n} as anything; a one-word value only as the whole string or before a number
   * ("Page 2"), as a single English word is also the documents' own.
   */
  private static Map<String, Pattern> englishWords(String lang) throws IOException {
    Map<String, String> en = catalogue("en");
    Map<String, String> other = catalogue(lang);
    Map<String, Pattern> words = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : en.entrySet()) {
      String value = e.getValue();
      // a word the language shares with English (Italian "Note", the notes) is its own
      if (other.containsValue(value) || !value.matches("(?s).*\\p{L}{2,}.*")) {
        continue;
      }
      // a place is a count or a date: a number, at most one word before it
      String body = Stream.of(value.split("\\{\\w+}", -1)).map(Pattern::quote)
          .reduce((a, b) -> a + "(\\S+ )?\\S*\\d.*?" + b).orElse("");
      boolean oneWord = value.matches("[\\p{L}.]+");
      words.put(e.getKey() + " '" + value + "'", Pattern.compile(oneWord
          ? "^[^\\p{L}\\p{N}]*" + body + "([^\\p{L}\\p{N}]*|\\s+\\d.*)$"
          : "(^|[^\\p{L}])" + body + "($|[^\\p{L}])", Pattern.DOTALL));
    }
    return words;
  }

  /** The text nodes (outside script and style) and read attributes of a page, whitespace collapsed. */
  private static List<String> readStrings(XdmNode page) {
    List<String> strings = new ArrayList<>();
    collect(page, strings);
    return strings;
  }

  private static void collect(XdmNode node, List<String> into) {
    for (XdmNode child : node.children()) {
      if (child.getNodeKind() == XdmNodeKind.TEXT) {
        add(child.getStringValue(), into);
      } else if (child.getNodeKind() == XdmNodeKind.ELEMENT || child.getNodeKind() == XdmNodeKind.DOCUMENT) {
        String name = child.getNodeName() == null ? "" : child.getNodeName().getLocalName();
        if (name.equals("script") || name.equals("style")) {
          continue;
        }
        child.axisIterator(net.sf.saxon.s9api.Axis.ATTRIBUTE).forEachRemaining(a -> {
          if (READ_ATTRIBUTES.contains(a.getNodeName().getLocalName())) {
            if (a.getNodeName().getLocalName().equals("data-labels")) {
              Matcher m = Pattern.compile("\"[^\"]*\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(a.getStringValue());
              while (m.find()) {
                add(m.group(1), into);
              }
            } else {
              add(a.getStringValue(), into);
            }
          }
        });
        collect(child, into);
      }
    }
  }

  private static void add(String text, java.util.Collection<String> into) {
    String s = text.replaceAll("\\s+", " ").strip();
    if (!s.isEmpty()) {
      into.add(s);
    }
  }

  /** The text nodes and attribute values of an edition's TEI files, whitespace collapsed: the documents' own words. */
  private Set<String> sourceStrings(Path edition) throws IOException {
    Set<String> own = new HashSet<>();
    try (Stream<Path> s = Files.list(edition)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".xml")).toList()) {
        XdmNode doc = Sites.read(xml, f);
        doc.axisIterator(net.sf.saxon.s9api.Axis.DESCENDANT).forEachRemaining(n -> {
          if (n.getNodeKind() == XdmNodeKind.TEXT) {
            add(n.getStringValue(), own);
          } else if (n.getNodeKind() == XdmNodeKind.ELEMENT) {
            add(n.getStringValue(), own);
            n.axisIterator(net.sf.saxon.s9api.Axis.ATTRIBUTE).forEachRemaining(a -> add(a.getStringValue(), own));
          }
        });
      }
    }
    return own;
  }

  /** A catalogue's labels by key, in file order. */
  static Map<String, String> catalogue(String lang) throws IOException {
    return org.teikit.Catalogues.of(lang);
  }
}
