package org.teikit.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one catalogue of messages: every entry is well formed, used, and fills in as users read it. */
class CatalogueTest {

  @Test
  void aNumberIsWrittenAsJavaWritesItUnlessTheMessageAsksForGrouping() {
    assertEquals("copied the web assets in 1480 ms", Catalogue.text("serve.assets-copied", 1480L));
    assertEquals("duplicate xml:id \"a\": already used at line 1,480", Catalogue.text("ref.duplicate-id", "a", 1480));
  }

  @Test
  void aDoubledQuoteIsOneApostrophe() {
    assertEquals("layout must be sequential or parallel, not 'diagonal'", Catalogue.text("pdf.unknown-layout", "diagonal"));
  }

  @Test
  void everyApostropheIsDoubledSoThatNoneIsLost() throws IOException {
    Properties messages = messages();
    assertTrue(messages.size() > 50, "the catalogue was read: " + messages.size());
    for (String key : messages.stringPropertyNames()) {
      String pattern = messages.getProperty(key);
      assertFalse(pattern.replace("''", "").contains("'"), key + ": a single quote would vanish: " + pattern);
    }
  }

  @Test
  void everyMessageIsSaidSomewhere() throws IOException {
    String sources = sources();
    for (String key : messages().stringPropertyNames()) {
      assertTrue(sources.contains("\"" + key + "\""), key + " is in the catalogue but no code says it");
    }
  }

  @Test
  void everyKeyTheCodeSaysIsInTheCatalogue() throws IOException {
    Properties messages = messages();
    Matcher key = KEY.matcher(sources());
    int found = 0;
    while (key.find()) {
      found++;
      assertTrue(messages.containsKey(key.group(1)), key.group(1) + " is said but not in the catalogue");
    }
    assertTrue(found > 50, "keys were found in the sources: " + found);
  }

  /** A string literal that names a message: an area, a dot, words joined by hyphens. */
  private static final Pattern KEY =
      Pattern.compile("\"((?:schema|wf|ref|sch|validate|cli|build|html|pdf|serve|output|failure)\\.[a-z][a-z-]*)\"");

  private static String sources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(f -> f.toString().endsWith(".java")).map(CatalogueTest::read).collect(Collectors.joining());
    }
  }

  private static Properties messages() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = Catalogue.class.getResourceAsStream("messages.properties")) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return messages;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
