package org.teikit.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.teikit.diagnostic.Catalogue;

/**
 * The fonts installed on this system that have a glyph, so that a missing-glyph finding can say
 * which folder to give with --fonts. Asks fontconfig ({@code fc-list}), which knows every font
 * the system has without reading them; where fontconfig is missing, reads the usual font folders
 * ({@link #FOLDERS}) once, as --fonts folders are read. Asked only when a character has no glyph,
 * once per character in a run.
 */
final class SystemFonts {
  /** A family that has some of the characters asked for, and the folder its file lies in. */
  record Family(String name, Path folder, int covered) {}

  /** The families having each character, in name order: fc-list's order is the file system's. */
  private static final Map<Integer, Map<String, Path>> BY_CHARACTER = new ConcurrentHashMap<>();
  /** Where fonts are installed when fontconfig cannot say: Debian's, the local admin's, the user's. */
  static final List<Path> FOLDERS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
      Path.of(System.getProperty("user.home", "/nonexistent"), ".fonts"),
      Path.of(System.getProperty("user.home", "/nonexistent"), ".local/share/fonts"));
  /** The faces of {@link #FOLDERS}, read the first time fontconfig is found missing. */
  private static volatile List<FontSet.Face> scanned;

  /** At most this many characters are asked about per finding. */
  private static final int MAX_ASKED = 12;
  private static final long TIMEOUT_SECONDS = 10;

  private SystemFonts() {}

  /**
   * At most {@code limit} families that have the most of {@code characters}, most first (ties in
   * name order); none when fontconfig is missing or no font has any of them.
   */
  static List<Family> having(Collection<Integer> characters, int limit) {
    Map<String, Family> families = new TreeMap<>();
    characters.stream().limit(MAX_ASKED).forEach(cp -> BY_CHARACTER.computeIfAbsent(cp, SystemFonts::ask)
        .forEach((name, folder) -> families.merge(name, new Family(name, folder, 1),
            (a, b) -> new Family(a.name(), a.folder(), a.covered() + 1))));
    return families.values().stream()
        .sorted(Comparator.comparingInt(Family::covered).reversed().thenComparing(Family::name))
        .limit(limit).toList();
  }

  /** fc-list's families having {@code cp}, each with the folder of its first file (by path). */
  static Map<String, Path> ask(int cp) {
    Map<String, Path> found = new TreeMap<>();
    List<String> command = List.of("fc-list", "-f", "%{family[0]}\t%{file}\n",
        ":charset=" + Integer.toHexString(cp).toLowerCase(Locale.ROOT));
    try {
      Process fc = new ProcessBuilder(command).redirectErrorStream(false)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out;
      try (InputStream in = fc.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!fc.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || fc.exitValue() != 0) {
        fc.destroy();
        return Map.of();
      }
      List<String> lines = new ArrayList<>(out.lines().toList());
      lines.sort(null);
      for (String line : lines) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          Path folder = Path.of(line.substring(tab + 1)).getParent();
          found.putIfAbsent(line.substring(0, tab), folder == null ? Path.of("/") : folder);
        }
      }
    } catch (IOException e) {
      return scan(cp); // no fontconfig
    } catch (RuntimeException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
    return new LinkedHashMap<>(found);
  }

  /** The families of the regular faces in {@link #FOLDERS} that have {@code cp}, each with its file's folder. */
  static Map<String, Path> scan(int cp) {
    List<FontSet.Face> faces = scanned;
    if (faces == null) {
      synchronized (SystemFonts.class) {
        if (scanned == null) {
          List<FontSet.Face> all = new ArrayList<>();
          for (Path folder : FOLDERS) {
            try {
              if (java.nio.file.Files.isDirectory(folder)) {
                all.addAll(FontSet.userFaces(folder));
              }
            } catch (IOException | RuntimeException unreadable) {
              // a folder that cannot be read names no font
            }
          }
          scanned = List.copyOf(all);
        }
        faces = scanned;
      }
    }
    Map<String, Path> found = new TreeMap<>();
    for (FontSet.Face face : faces) {
      if (face.style().equals("normal") && face.weight().equals("normal") && face.coverage().get(cp)) {
        Path folder = Path.of(face.uri()).getParent();
        found.putIfAbsent(face.family(), folder == null ? Path.of("/") : folder);
      }
    }
    return found;
  }

  /**
   * "Noto Sans Syriac, Noto Serif Syriac (in /usr/share/fonts/truetype/noto)": the names, each
   * with how many of the {@code asked} characters it has when not all, then their folders.
   */
  static String describe(List<Family> families, int asked) {
    TreeSet<String> folders = new TreeSet<>();
    families.forEach(f -> folders.add(f.folder().toString()));
    int counted = Math.min(asked, MAX_ASKED);
    return String.join(", ", families.stream().map(f -> f.covered() < counted
        ? Catalogue.text("pdf.no-glyph-font-has", f.name(), f.covered(), counted) : f.name()).toList())
        + " (in " + String.join(", ", folders) + ")";
  }
}
