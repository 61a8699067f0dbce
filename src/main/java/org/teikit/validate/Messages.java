package org.teikit.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.diagnostic.Catalogue;

/**
 * Validation's messages: its own texts, from teikit's {@link Catalogue}, and the clean-up applied
 * to messages that come from Xerces, Jing and SchXslt.
 */
final class Messages {
  private static final int MAX_ALTERNATIVES = 12;

  private Messages() {}

  static String get(String key, Object... args) {
    return Catalogue.text(key, args);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern JARGON = Pattern.compile("^(JAXP\\d+|cvc-[\\w.\\-]+|s4s-[\\w.\\-]+|src-[\\w.\\-]+):\\s*");

  /**
   * Strips parser jargon prefixes ("cvc-complex-type.2.4.a: ", "JAXP00010001: ") from a message.
   * Its patterns are compiled once: a file with a million findings runs this a million times.
   */
  static String plain(String message) {
    if (message == null) {
      return "";
    }
    String m = SPACES.matcher(message.strip()).replaceAll(" ");
    m = JARGON.matcher(m).replaceFirst("");
    m = withoutExternalFunctions(m);
    // the suggestion is looked for among every expected name, before the list is shortened
    return sortedDatatypes(shortenAlternatives(m)) + elementSuggestion(m);
  }

  /**
   * The message of a failure to read or compile a schema, led by the place in the schema file
   * it is about ({@code schema.sch:2:67: }) when a parser told it, the path relative to the
   * working directory as reports show paths.
   */
  static String located(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.xml.sax.SAXParseException at && at.getLineNumber() > 0) {
        java.nio.file.Path file = SaxErrors.fileOf(at.getSystemId(), null);
        String where = file == null ? "line " + at.getLineNumber()
            : org.teikit.diagnostic.Reporter.display(file, java.nio.file.Path.of("")) + ":" + at.getLineNumber();
        return where + (at.getColumnNumber() > 0 ? ":" + at.getColumnNumber() : "") + ": " + plain(at.getMessage());
      }
    }
    return plain(failure.getMessage());
  }

  private static final Pattern UNKNOWN_FUNCTION = Pattern.compile(
      "Cannot find a (\\d+)-argument function named Q\\{([^}]*)\\}([^(\\s]+)\\(\\)\\.? External function calls have been disabled\\.?");

  /**
   * Saxon's "External function calls have been disabled" in plain words: teikit runs XPath's and
   * XSLT's functions and a schema's own xsl:function, never an extension function (a Java call);
   * nor does it let a schema write files, which Saxon words the same way.
   */
  static String withoutExternalFunctions(String message) {
    if (!message.contains("disabled")) {
      return message;
    }
    if (message.contains("xsl:result-document is disabled when extension functions are disabled")) {
      return get("sch.writes");
    }
    Matcher m = UNKNOWN_FUNCTION.matcher(message);
    if (!m.find()) {
      return message;
    }
    String uri = m.group(2);
    String plainWords = uri.startsWith("java:")
        ? get("sch.java-call", m.group(3), uri.substring("java:".length()))
        : get("sch.unknown-function", m.group(3), m.group(1), uri);
    return message.substring(0, m.start()) + plainWords + message.substring(m.end());
  }

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern UNKNOWN_ELEMENT =
      Pattern.compile("^element \"([^\"]+)\" not allowed (?:anywhere|here)[^;]*; expected (.*)$");

  /**
   * An element Jing does not allow, spelled like one it expects there ("persname" where
   * "persName" may stand): "; did you mean ..." to end the message with, as a pointer's does;
   * else nothing.
   */
  static String elementSuggestion(String message) {
    if (!message.startsWith("element \"")) {
      return "";
    }
    Matcher m = UNKNOWN_ELEMENT.matcher(message);
    if (!m.matches()) {
      return "";
    }
    String wanted = m.group(1);
    List<String> expected = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(m.group(2));
    while (quoted.find()) {
      if (!quoted.group(1).isEmpty()) {
        expected.add(quoted.group(1));
      }
    }
    Optional<String> sameLetters = expected.stream().filter(e -> e.equalsIgnoreCase(wanted)).findFirst();
    return (sameLetters.isPresent() ? sameLetters : Suggestions.closest(wanted, expected))
        .filter(e -> !e.equals(wanted))
        .map(e -> "; did you mean \"" + e + "\"?")
        .orElse("");
  }

  /**
   * Jing words a value that fits none of several datatypes as "...; must be A, must be B or must
   * be C", in an order that changes from run to run (it walks a hash set). Sorted, the same
   * document gives the same report every time, and a CI diff shows only real changes.
   */
  static String sortedDatatypes(String message) {
    String marker = " is invalid; must be ";
    int start = message.indexOf(marker);
    if (start < 0) {
      return message;
    }
    start += marker.length();
    String[] alternatives = message.substring(start).split(", must be | or must be ");
    if (alternatives.length < 2) {
      return message;
    }
    Arrays.sort(alternatives);
    String last = alternatives[alternatives.length - 1];
    String others = String.join(", must be ", Arrays.copyOf(alternatives, alternatives.length - 1));
    return message.substring(0, start) + others + " or must be " + last;
  }

  /**
   * Jing lists every element allowed at a point; under tei_all that is a hundred names. Keep
   * the first few and say how many more there are.
   */
  static String shortenAlternatives(String message) {
    int expected = message.indexOf("; expected ");
    if (expected < 0) {
      return message;
    }
    Matcher quoted = QUOTED.matcher(message);
    int count = 0;
    int cut = -1;
    while (quoted.find()) {
      if (quoted.start() > expected && ++count == MAX_ALTERNATIVES) {
        cut = quoted.end();
      }
    }
    int all = count;
    if (cut < 0 || all <= MAX_ALTERNATIVES + 2) {
      return message;
    }
    return message.substring(0, cut) + " … (" + (all - MAX_ALTERNATIVES) + " more)";
  }
}
