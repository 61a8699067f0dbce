package org.teikit.hostile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The {@code make.N} lines of a case: what the runner makes in the case folder before the run,
 * because it cannot be committed (a symlink to a file outside, a FIFO, a name with a backslash) or
 * should not be (an 11 MB file is a recipe of one line).
 */
final class Recipes {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";

  private Recipes() {}

  static void make(String line, Path caseFolder, Map<String, String> placeholders) throws IOException {
    List<String> words = List.of(Bait.fill(line, placeholders).split("\\s+", 3));
    String recipe = words.get(0);
    Path target = caseFolder.resolve(words.get(1));
    Files.createDirectories(target.getParent());
    switch (recipe) {
      case "file" -> Files.writeString(target, words.size() > 2 ? words.get(2) + "\n" : "");
      case "symlink" -> Files.createSymbolicLink(target, Path.of(words.get(2)));
      case "move" -> Files.move(target, caseFolder.resolve(words.get(2)));
      case "fifo" -> fifo(target);
      case "valid" -> Files.writeString(target, tei("A valid letter", "<p>Dear friend, all is well.</p>"));
      case "nested-divs" -> nestedDivs(target, Integer.parseInt(words.get(2)));
      case "attributes" -> attributes(target, Integer.parseInt(words.get(2)));
      case "quadratic-entity" -> quadraticEntity(target, words.get(2));
      case "big-text" -> sized(target, "A long text.\n", Integer.parseInt(words.get(2)));
      case "big-document" -> sized(target, tei("Big", "@").split("@")[0] + "<p>", Integer.parseInt(words.get(2)));
      default -> throw new IllegalArgumentException("unknown recipe: " + line);
    }
  }

  /** A small TEI document with {@code body} as its body. */
  static String tei(String title, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="%s">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>%s</title></titleStmt>
              <publicationStmt><p>Hostile suite fixture.</p></publicationStmt>
              <sourceDesc><p>Made by the hostile suite's runner.</p></sourceDesc>
            </fileDesc>
          </teiHeader>
          <text><body>%s</body></text>
        </TEI>
        """.formatted(TEI, title, body);
  }

  private static void fifo(Path target) throws IOException {
    Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "FIFOs are made with mkfifo, on Linux");
    try {
      int code = new ProcessBuilder("mkfifo", target.toString()).inheritIO().start().waitFor();
      Assumptions.assumeTrue(code == 0, "mkfifo failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** {@code depth} divisions, each inside the one before, around one paragraph. */
  private static void nestedDivs(Path target, int depth) throws IOException {
    try (Writer w = writer(target)) {
      String[] around = tei("Nested " + depth + " deep", "@").split("@");
      w.write(around[0]);
      for (int i = 0; i < depth; i++) {
        w.write("<div>");
      }
      w.write("<p>Deep down.</p>");
      for (int i = 0; i < depth; i++) {
        w.write("</div>");
      }
      w.write(around[1]);
    }
  }

  /** One paragraph with {@code count} attributes no schema allows. */
  private static void attributes(Path target, int count) throws IOException {
    try (Writer w = writer(target)) {
      String[] around = tei(count + " attributes", "@").split("@");
      w.write(around[0]);
      w.write("<p");
      for (int i = 0; i < count; i++) {
        w.write(" a" + i + "=\"x\"");
      }
      w.write(">Many attributes.</p>");
      w.write(around[1]);
    }
  }

  /**
   * The quadratic blowup: one entity of {@code BYTESxREFERENCES} bytes referenced again and again
   * (the count of expansions stays low; the bytes of expanded text do not).
   */
  private static void quadraticEntity(Path target, String size) throws IOException {
    String[] n = size.split("x");
    int bytes = Integer.parseInt(n[0]);
    int references = Integer.parseInt(n[1]);
    try (Writer w = writer(target)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE TEI [\n<!ENTITY a \"");
      w.write("a".repeat(bytes));
      w.write("\">\n]>\n");
      String[] around = tei("Quadratic blowup", "@").split("@");
      w.write(around[0].substring(around[0].indexOf("<TEI")));
      w.write("<p>");
      for (int i = 0; i < references; i++) {
        w.write("&a;");
      }
      w.write("</p>");
      w.write(around[1]);
    }
  }

  /**
   * A file of {@code megabytes} MB that begins with {@code start}; the rest is a hole (sparse, so
   * cheap to make), since what is tested is that teikit refuses the size before reading anything.
   */
  private static void sized(Path target, String start, int megabytes) throws IOException {
    Files.writeString(target, start);
    try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
      file.setLength((long) megabytes << 20);
    }
  }

  private static Writer writer(Path target) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16);
  }
}
