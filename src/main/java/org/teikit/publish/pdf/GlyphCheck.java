package org.teikit.publish.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;

/**
 * Makes sure every character the PDF will print has a glyph. Characters the bundled fonts lack are
 * looked up in the user's fonts (whose families are then added to the font list); characters no
 * font covers are one error per source file, naming them, how often the file has each, and the
 * fonts on the system that have them.
 */
final class GlyphCheck {
  /** At most this many missing characters are listed in a file's finding; the rest are counted. */
  static final int MAX_LISTED = 8;

  /** A TEI source the FO was made from, for locating characters. */
  record Source(Path file, XdmNode document) {}

  /**
   * @param families user font families the text needs, in first-use order
   * @param complexScripts the text has right-to-left, combining or shaped characters
   */
  record Result(List<String> families, List<Diagnostic> errors, boolean complexScripts) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  private GlyphCheck() {}

  static Result check(XdmNode fo, FontSet fonts, List<Source> sources) {
    BitSet seen = new BitSet();
    Set<String> families = new LinkedHashSet<>();
    List<Integer> missing = new ArrayList<>();
    boolean complex = false;
    // what prints is the FO's text nodes, which together are the document's string value: one
    // string, read without a wrapper object per node of a tree of hundreds of thousands
    String text = fo.getStringValue();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (seen.get(cp)) {
        continue;
      }
      seen.set(cp);
      complex |= needsShaping(cp);
      if (printsNothing(cp) || fonts.bundledCovers(cp)) {
        continue;
      }
      Optional<String> family = fonts.userFamilyFor(cp);
      if (family.isPresent()) {
        families.add(family.get());
      } else {
        missing.add(cp);
      }
    }
    List<Diagnostic> errors = missing.isEmpty() ? List.of() : byFile(missing, sources);
    return new Result(List.copyOf(families), errors, complex);
  }

  /** Characters FOP sets right only with its complex-script support: RTL, combining, Indic and the like. */
  static boolean needsShaping(int cp) {
    if (cp < 0x0300) {
      return false;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return true;
    }
    byte direction = Character.getDirectionality(cp);
    if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case LATIN, GREEK, CYRILLIC, COMMON, INHERITED, ARMENIAN, GEORGIAN, HAN, HIRAGANA, KATAKANA,
          HANGUL, RUNIC, OGHAM, COPTIC, GOTHIC, OLD_ITALIC, BOPOMOFO, CHEROKEE -> false;
      default -> true;
    };
  }

  /** Whitespace, controls and invisible formatting characters: FOP handles them without a glyph. */
  static boolean printsNothing(int cp) {
    return Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)
        || cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
        || cp == 0x2060 || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF
        || (cp >= 0xFE00 && cp <= 0xFE0F);
  }

  /** The message for a character without a glyph, e.g. "U+0710 SYRIAC LETTER ALAPH (Syriac)". */
  static String describe(int cp) {
    String name = Character.getName(cp);
    String script;
    try {
      script = Character.UnicodeScript.of(cp).name().toLowerCase(Locale.ROOT).replace('_', ' ');
      script = Character.toUpperCase(script.charAt(0)) + script.substring(1);
    } catch (IllegalArgumentException e) {
      script = "Unknown";
    }
    return String.format(Locale.ROOT, "'%s' U+%04X %s (%s script)", new String(Character.toChars(cp)), cp,
        name == null ? "" : name, script);
  }

  /**
   * One finding per source file that has characters without a glyph: where the first of them
   * stands, each character with the times the file has it, and the fonts on this system that have
   * them. Characters no source has as text (the stylesheet's own words) go to the first source.
   */
  private static List<Diagnostic> byFile(List<Integer> missing, List<Source> sources) {
    List<Diagnostic> findings = new ArrayList<>();
    Set<Integer> placed = new LinkedHashSet<>();
    for (Source source : sources) {
      Map<Integer, Integer> counts = new LinkedHashMap<>();
      int[] at = count(missing, source, counts);
      if (!counts.isEmpty()) {
        placed.addAll(counts.keySet());
        findings.add(finding(source.file(), at, counts));
      }
    }
    Map<Integer, Integer> elsewhere = new LinkedHashMap<>();
    missing.stream().filter(cp -> !placed.contains(cp)).forEach(cp -> elsewhere.put(cp, 0));
    if (!elsewhere.isEmpty()) {
      findings.add(finding(sources.isEmpty() ? Path.of("<stdin>") : sources.get(0).file(), new int[] {0, 0}, elsewhere));
    }
    return findings;
  }

  private static Diagnostic finding(Path file, int[] at, Map<Integer, Integer> counts) {
    List<String> listed = new ArrayList<>();
    counts.entrySet().stream().limit(MAX_LISTED).forEach(e -> listed.add(e.getValue() > 0
        ? Catalogue.text("pdf.no-glyph-times", describe(e.getKey()), e.getValue()) : describe(e.getKey())));
    String characters = String.join(", ", listed);
    if (counts.size() > MAX_LISTED) {
      characters = Catalogue.text("pdf.no-glyph-and-more", characters, counts.size() - MAX_LISTED);
    }
    List<SystemFonts.Family> fonts = SystemFonts.having(counts.keySet(), 3);
    String advice = fonts.isEmpty() ? Catalogue.text("pdf.no-glyph-no-system-font", counts.size())
        : Catalogue.text("pdf.no-glyph-system-fonts", SystemFonts.describe(fonts, counts.size()), counts.size());
    return new Diagnostic(file, at[0], at[1], Severity.ERROR, Check.PDF, "glyph", null,
        Catalogue.text("pdf.no-glyph", counts.size(), characters, advice));
  }

  /**
   * Counts into {@code counts} how often the source's text has each missing character, in the
   * order they first occur; returns the line and column of the first.
   */
  private static int[] count(List<Integer> missing, Source source, Map<Integer, Integer> counts) {
    BitSet wanted = new BitSet();
    missing.forEach(wanted::set);
    int[] first = {0, 0};
    for (XdmNode node : source.document().select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
      if (node.getNodeKind() != XdmNodeKind.TEXT) {
        continue;
      }
      String text = node.getStringValue();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (wanted.get(cp)) {
          if (counts.isEmpty()) {
            XdmNode parent = node.getParent();
            first = refine(source.file(), Math.max(1, parent == null ? 1 : parent.getLineNumber()),
                new String(Character.toChars(cp)));
          }
          counts.merge(cp, 1, Integer::sum);
        }
      }
    }
    return first;
  }

  /** The exact position in the file, searching from the enclosing element's line. */
  private static int[] refine(Path file, int fromLine, String ch) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = fromLine - 1; i < lines.size(); i++) {
        int index = lines.get(i).indexOf(ch);
        if (index >= 0) {
          return new int[] {i + 1, lines.get(i).codePointCount(0, index) + 1};
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // fall through: the element's line is still useful
    }
    return new int[] {fromLine, 0};
  }
}
