package org.teikit.publish.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The PDF as a reader's tools see it: poppler's pdftotext and pdffonts (package poppler-utils).
 * Text is compared as words: runs of letters, lower-cased, of two letters or more, so footnote
 * marks, margin numbers and line breaks do not matter.
 */
public final class Poppler {
  /** Page size and the text block in PDF points (170 × 240 mm; margins 22/26 mm; body 24 mm from the top). */
  static final double PAGE_WIDTH = 481.9;
  static final double PAGE_HEIGHT = 680.3;
  static final double BODY_TOP = 68;
  /** The middle of the column gap of the parallel layout. */
  static final double GUTTER = 235;

  private Poppler() {}

  public static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: "
          + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  static int pages(Path pdf) throws IOException, InterruptedException {
    for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
      if (line.startsWith("Pages:")) {
        return Integer.parseInt(line.substring(6).strip());
      }
    }
    throw new IOException("pdfinfo gave no page count for " + pdf);
  }

  public static String text(Path pdf) throws IOException, InterruptedException {
    return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
  }

  /** The text in the order FOP wrote it (pdftotext -raw): a superscript stays in its line. */
  public static String rawText(Path pdf) throws IOException, InterruptedException {
    return run("pdftotext", "-enc", "UTF-8", "-raw", pdf.toString(), "-");
  }

  /** Text of one page (1-based), without its running head. */
  public static String body(Path pdf, int page) throws IOException, InterruptedException {
    return crop(pdf, page, 0, BODY_TOP, PAGE_WIDTH, PAGE_HEIGHT - BODY_TOP);
  }

  /** A word as pdftotext -bbox places it: left edge, baseline-ish bottom and right edge, in PDF points from the top left. */
  record Word(String text, double x, double yMax, double xMax) {}

  static final double BODY_RIGHT = PAGE_WIDTH - 26 / 25.4 * 72;

  /** The words of one page (1-based) with their positions. */
  static List<Word> boxes(Path pdf, int page) throws IOException, InterruptedException {
    String html = run("pdftotext", "-enc", "UTF-8", "-bbox", "-f", "" + page, "-l", "" + page, pdf.toString(), "-");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
        .matcher(html);
    List<Word> words = new ArrayList<>();
    while (m.find()) {
      words.add(new Word(m.group(4), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(3)),
          Double.parseDouble(m.group(2))));
    }
    return words;
  }

  static String crop(Path pdf, int page, double x, double y, double w, double h)
      throws IOException, InterruptedException {
    return run("pdftotext", "-enc", "UTF-8", "-f", "" + page, "-l", "" + page,
        "-x", "" + (int) x, "-y", "" + (int) y, "-W", "" + (int) w, "-H", "" + (int) h, pdf.toString(), "-");
  }

  /** pdffonts' table: one row per font, columns name, type, encoding, emb, sub, uni. */
  public static List<String[]> fonts(Path pdf) throws IOException, InterruptedException {
    List<String[]> rows = new ArrayList<>();
    String[] lines = run("pdffonts", pdf.toString()).split("\n");
    for (int i = 2; i < lines.length; i++) {
      String[] cells = lines[i].trim().split("\\s+");
      if (cells.length >= 7) {
        rows.add(cells);
      }
    }
    return rows;
  }

  static List<String> words(String text) {
    // pdftotext joins a word broken at its hyphen: compare words without hyphens
    return Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("[-\u00AD\u2010\u2011]", "")
            .split("[^\\p{L}]+"))
        .filter(w -> w.length() >= 2).toList();
  }

  /** Words split at hyphens as well. */
  static List<String> parts(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(w -> w.length() >= 2).toList();
  }

  /**
   * Where {@code needle} occurs in {@code hay} from {@code from} on, its words in order with at most
   * {@code gap} other words between two of them; the index after the match, or -1. A word broken
   * at a line end (hyphenation) may stand in {@code hay} as its two parts: pdftotext drops the
   * hyphen but not always the line break between them, nor what stands between two pages.
   */
  static int find(List<String> hay, List<String> needle, int from, int gap) {
    if (needle.isEmpty()) {
      return from;
    }
    for (int start = from; start < hay.size(); start++) {
      int at = matchAt(hay, start, needle.get(0));
      if (at < 0) {
        continue;
      }
      int matched = 1;
      while (matched < needle.size()) {
        int next = -1;
        for (int k = at + 1; k < hay.size() && k <= at + 1 + gap && next < 0; k++) {
          next = matchAt(hay, k, needle.get(matched));
        }
        if (next < 0) {
          break;
        }
        at = next;
        matched++;
      }
      if (matched == needle.size()) {
        return at + 1;
      }
    }
    return -1;
  }

  /**
   * The index of the last part of {@code word} when it starts at {@code k}: whole, or broken in two
   * with the second part at most {@link #BROKEN_GAP} words on (a word broken on a page's last line
   * goes on after the footnotes and the next page's running head); else -1.
   */
  private static int matchAt(List<String> hay, int k, String word) {
    if (hay.get(k).equals(word)) {
      return k;
    }
    if (hay.get(k).length() >= 2 && word.length() > hay.get(k).length() && word.startsWith(hay.get(k))) {
      String rest = word.substring(hay.get(k).length());
      for (int j = k + 1; j < hay.size() && j <= k + BROKEN_GAP; j++) {
        if (hay.get(j).equals(rest)) {
          return j;
        }
      }
    }
    return -1;
  }

  /** Words between the two parts of a word broken at a page's end: its footnotes, the next running head. */
  private static final int BROKEN_GAP = 200;
}
