package org.teikit.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query side's Snowball: the vendored snowball-stemmers 0.6.0 (a JavaScript port of Snowball's
 * generated Java, ISC licence; the algorithms BSD), kept whole and unchanged in the jar and cut
 * here into a base script (the runtime every stemmer shares) and one script per algorithm, so that
 * a search page loads only the stemmers its edition's languages need (about 35 KB each, against
 * 850 KB for all of them). The pieces are plain scripts, loaded with a script element, so that
 * they work from file://.
 */
public final class SnowballScripts {
  private static final String RESOURCE = "/org/teikit/search/snowball-stemmers.js";
  /** The shared runtime: helpers and base classes the babel output defines before the stemmers. */
  private static final String[] RUNTIME = {"_typeof", "_possibleConstructorReturn", "_inherits",
      "_classCallCheck", "_createClass", "_get", "StringBuffer", "StringBuilder", "Among",
      "SnowballProgram", "SnowballStemmer"};
  private static final Pattern STEMMER = Pattern.compile("\n    var (\\w+)Stemmer = function \\(_SnowballStemmer");

  private final String source;
  /** The scripts cut so far, by algorithm ("" for the base): each edition of a run wants the same. */
  private final Map<String, String> cut = new ConcurrentHashMap<>();

  private SnowballScripts(String source) {
    this.source = source;
  }

  /** Read once a JVM (850 KB, scanned for each cut): a collection's editions share it. */
  private static final class Loaded {
    static final SnowballScripts INSTANCE = read();
  }

  /** The vendored source and the scripts cut from it. */
  public static SnowballScripts load() {
    return Loaded.INSTANCE;
  }

  private static SnowballScripts read() {
    try (InputStream in = SnowballScripts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return new SnowballScripts(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The script that defines window.TEIKIT_SNOWBALL: the runtime, and an empty table of stemmers. */
  public String base() {
    return cut.computeIfAbsent("", a -> cutBase());
  }

  private String cutBase() {
    int typeofEnd = source.indexOf('\n');
    int start = source.indexOf("\n    function _possibleConstructorReturn");
    Matcher first = STEMMER.matcher(source);
    if (start < 0 || !first.find(start)) {
      throw new IllegalStateException("snowball-stemmers.js is not laid out as expected");
    }
    StringBuilder out = new StringBuilder(NOTICE).append("window.TEIKIT_SNOWBALL = (function () {\n    'use strict';\n    ");
    out.append(source, 0, typeofEnd).append('\n');
    out.append(source, start, first.start()).append("\n    return {");
    for (String name : RUNTIME) {
      out.append(name).append(": ").append(name).append(", ");
    }
    return out.append("stemmers: {}};\n}());\n").toString();
  }

  /** The script that adds one algorithm ("english", "russian") to window.TEIKIT_SNOWBALL.stemmers. */
  public String stemmer(String algorithm) {
    return cut.computeIfAbsent(algorithm, this::cutStemmer);
  }

  private String cutStemmer(String algorithm) {
    Matcher m = STEMMER.matcher(source);
    int start = -1;
    int end = -1;
    while (m.find()) {
      if (start >= 0) {
        end = m.start();
        break;
      }
      if (m.group(1).equals(algorithm)) {
        start = m.start();
      }
    }
    if (start < 0) {
      throw new IllegalArgumentException("no Snowball stemmer " + algorithm + " in snowball-stemmers.js");
    }
    if (end < 0) {
      end = source.indexOf("\n    function newStemmer", start);
    }
    StringBuilder out = new StringBuilder(NOTICE).append("(function (S) {\n    'use strict';\n");
    for (String name : RUNTIME) {
      out.append("    var ").append(name).append(" = S.").append(name).append(";\n");
    }
    out.append(source, start, end);
    out.append("\n    S.stemmers.").append(algorithm).append(" = ").append(algorithm).append("Stemmer;\n}(window.TEIKIT_SNOWBALL));\n");
    return out.toString();
  }

  private static final String NOTICE = "/* Snowball stemmers for teikit's search: cut from snowball-stemmers 0.6.0 by Oleg Mazko (ISC"
      + " licence), a JavaScript port of the Snowball project's stemmers (BSD licence, snowballstem.org). */\n";
}
