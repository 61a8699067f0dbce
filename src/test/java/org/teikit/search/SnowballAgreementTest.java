package org.teikit.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Installed;

/**
 * The index's stems and the query's are the same: every algorithm teikit offers stems its shared
 * word list (about 1,500 words each, every n-th word of the Snowball project's own test
 * vocabulary, folded as teikit folds) in Java with Lucene's stemmer and in JavaScript, in node,
 * with the scripts a site ships, and the two lists of stems must be identical.
 */
class SnowballAgreementTest {
  @TempDir Path tmp;

  @Test
  void javaAndJavaScriptGiveTheSameStemsForEveryLanguage() throws IOException, InterruptedException, URISyntaxException {
    Path node = Installed.program("/usr/bin/node", "nodejs");
    Path lists = Path.of(SnowballAgreementTest.class.getResource("words").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(lists)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= 19, "word lists: " + files);
    SnowballScripts scripts = SnowballScripts.load();
    Files.writeString(tmp.resolve("base.js"), scripts.base());
    List<String> disagreements = new ArrayList<>();
    int compared = 0;
    for (Path list : files) {
      String algorithm = list.getFileName().toString().replace(".txt", "");
      List<String> words = Files.readAllLines(list).stream().map(Terms::fold).toList();
      UnaryOperator<String> stemmer = Snowball.stemmer(algorithm);
      List<String> java = words.stream().map(stemmer).toList();
      Files.writeString(tmp.resolve(algorithm + ".js"), scripts.stemmer(algorithm));
      Files.write(tmp.resolve(algorithm + ".words"), words, StandardCharsets.UTF_8);
      List<String> js = stemInNode(node, algorithm);
      assertEquals(words.size(), js.size(), algorithm + ": node stemmed every word");
      assertTrue(words.size() > 1000, algorithm + ": " + words.size() + " words");
      for (int i = 0; i < words.size(); i++) {
        if (!java.get(i).equals(js.get(i))) {
          disagreements.add(algorithm + ": " + words.get(i) + " -> " + java.get(i) + " (Java) / " + js.get(i) + " (JS)");
        }
      }
      compared += words.size();
    }
    assertTrue(compared > 25_000, "words compared: " + compared);
    assertEquals(List.of(), disagreements);
  }

  @Test
  void everyOfferedLanguageHasAWordList() {
    for (String tag : List.of("en", "ru", "de", "fr", "it", "es", "nl", "pt", "sv", "fi", "hu", "tr", "ro", "da", "no")) {
      String algorithm = Snowball.algorithm(tag).orElseThrow();
      assertTrue(SnowballAgreementTest.class.getResource("words/" + algorithm + ".txt") != null, algorithm);
    }
    assertTrue(Snowball.algorithm("la").isEmpty(), "Snowball has no Latin: Latin is folded, not stemmed");
    assertEquals("english", Snowball.algorithm("en-US").orElseThrow());
  }

  private List<String> stemInNode(Path node, String algorithm) throws IOException, InterruptedException {
    String script = "global.window = {}; require('./base.js'); require('./" + algorithm + ".js');"
        + "const s = new window.TEIKIT_SNOWBALL.stemmers['" + algorithm + "']();"
        + "const words = require('fs').readFileSync('" + algorithm + ".words', 'utf8').split('\\n');"
        + "words.pop(); process.stdout.write(words.map(w => { s.setCurrent(w); s.stem(); return s.getCurrent(); }).join('\\n') + '\\n');";
    Process p = new ProcessBuilder(node.toString(), "-e", script).directory(tmp.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node finished");
    assertEquals(0, p.exitValue(), "node's exit code");
    List<String> lines = new ArrayList<>(List.of(new String(out, StandardCharsets.UTF_8).split("\n", -1)));
    lines.remove(lines.size() - 1);
    return lines;
  }
}
