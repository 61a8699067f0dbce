package org.teikit.seed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every time a person is named in either text, the name is tagged and points to that person,
 * and nothing else is tagged as them: for each person of edition.xml, the persName elements
 * that point to them in the Russian (English) text are as many as the occurrences of their
 * Russian (English) name forms in that text's transmitted words.
 *
 * <p>A name form is one of the person's persName entries in that language. It is found in the
 * text case-insensitively, as a whole word, allowing up to three further letters for Russian
 * case endings («Дэн Сяо-пином», «Хрущеву») and "'s" for the English possessive.
 */
class MentionCountTest {
  private static final QName XML_LANG = new QName("http://www.w3.org/XML/1998/namespace", "lang");
  private static final QName XML_ID = new QName("http://www.w3.org/XML/1998/namespace", "id");

  private static EncodedText document;
  private static EncodedText edition;

  @BeforeAll
  static void read() throws Exception {
    document = new EncodedText(EncodedText.DOCUMENT);
    edition = new EncodedText(EncodedText.EDITION);
  }

  @Test
  void everyNamedPersonIsTaggedInTheRussian() throws Exception {
    check("ru");
  }

  @Test
  void everyNamedPersonIsTaggedInTheEnglish() throws Exception {
    check("en");
  }

  private static void check(String lang) throws Exception {
    XdmNode text = document.text(lang);
    String plain = EncodedText.plain(text);
    Map<String, Integer> tagged = taggedPersons(text);
    Map<String, List<String>> forms = nameForms(lang);
    List<String> problems = new ArrayList<>();
    Map<String, int[]> table = new TreeMap<>();
    for (Map.Entry<String, List<String>> person : forms.entrySet()) {
      int found = 0;
      for (String form : person.getValue()) {
        found += occurrences(plain, form);
      }
      int marked = tagged.getOrDefault(person.getKey(), 0);
      table.put(person.getKey(), new int[] {found, marked});
      if (found != marked) {
        problems.add(person.getKey() + ": " + found + " occurrence(s) of " + person.getValue()
            + " in the text, " + marked + " tagged");
      }
    }
    for (String id : tagged.keySet()) {
      if (!forms.containsKey(id)) {
        problems.add(id + ": tagged " + tagged.get(id) + " time(s) but has no " + lang
            + " name form in edition.xml (or is not a person there)");
      }
    }
    StringBuilder report = new StringBuilder(lang + " person mentions (occurrences / tagged):");
    table.forEach((id, n) -> {
      if (n[0] > 0 || n[1] > 0) {
        report.append(' ').append(id).append(' ').append(n[0]).append('/').append(n[1]).append(';');
      }
    });
    System.out.println(report);
    assertTrue(problems.isEmpty(), lang + ":\n" + String.join("\n", problems));
    assertTrue(tagged.getOrDefault("deng-xiaoping", 0) > 0,
        lang + ": the counts are not vacuous (Deng Xiaoping is named and tagged)");
  }

  /** How many persName elements of the transmitted text point to each person (by id). */
  private static Map<String, Integer> taggedPersons(XdmNode text) throws Exception {
    Map<String, String> prefixes = new LinkedHashMap<>();
    for (XdmItem item : select(document.document,
        "/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:listPrefixDef/tei:prefixDef")) {
      XdmNode def = (XdmNode) item;
      prefixes.put(def.getAttributeValue(new QName("ident")),
          def.getAttributeValue(new QName("matchPattern")) + "\u0000"
              + def.getAttributeValue(new QName("replacementPattern")));
    }
    Map<String, Integer> counts = new TreeMap<>();
    String transmitted = ".//tei:persName[not(ancestor::tei:note | ancestor::tei:rdg | ancestor::tei:corr"
        + " | ancestor::tei:reg | ancestor::tei:supplied | ancestor::tei:expan)]";
    for (XdmItem item : select(text, transmitted)) {
      String ref = ((XdmNode) item).getAttributeValue(new QName("ref"));
      for (String token : ref == null ? new String[] {"(no @ref)"} : ref.trim().split("\\s+")) {
        counts.merge(target(token, prefixes), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The id a reference points to in edition.xml: person:x through its prefixDef, or edition.xml#x. */
  private static String target(String ref, Map<String, String> prefixes) {
    int colon = ref.indexOf(':');
    if (colon > 0 && prefixes.containsKey(ref.substring(0, colon))) {
      String[] def = prefixes.get(ref.substring(0, colon)).split("\u0000");
      ref = ref.substring(colon + 1).replaceAll("^" + def[0] + "$", def[1].replace("\\", "\\\\"));
    }
    return ref.startsWith("edition.xml#") ? ref.substring("edition.xml#".length()) : ref;
  }

  /** For each person of edition.xml, their name forms in one language. */
  private static Map<String, List<String>> nameForms(String lang) throws Exception {
    Map<String, List<String>> forms = new TreeMap<>();
    for (XdmItem item : select(edition.document, "//tei:listPerson/tei:person")) {
      XdmNode person = (XdmNode) item;
      String id = person.getAttributeValue(XML_ID);
      for (XdmItem name : select(person, "tei:persName")) {
        XdmNode n = (XdmNode) name;
        if (lang.equals(n.getAttributeValue(XML_LANG))) {
          String form = n.getStringValue().trim().replaceAll("\\s+", " ");
          List<String> list = forms.computeIfAbsent(id, k -> new ArrayList<>());
          if (!list.contains(form)) {
            list.add(form);
          }
        }
      }
    }
    // A form that contains another form of the same person would count its occurrences twice.
    for (List<String> list : forms.values()) {
      list.removeIf(f -> list.stream().anyMatch(g -> !g.equals(f) && f.toLowerCase().contains(g.toLowerCase())));
    }
    return forms;
  }

  static int occurrences(String text, String form) {
    Pattern p = Pattern.compile("(?<!\\p{L})" + Pattern.quote(form) + "(?:\\p{L}{0,3}|'s)(?!\\p{L})",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static Iterable<XdmItem> select(XdmNode context, String path) throws Exception {
    XPathCompiler xpath = EncodedText.PROCESSOR.newXPathCompiler();
    xpath.declareNamespace("tei", EncodedText.TEI);
    var selector = xpath.compile(path).load();
    selector.setContextItem(context);
    return selector.evaluate();
  }
}
