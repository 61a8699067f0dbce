package org.teikit.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.UsageException;

/**
 * The files of a new edition project, laid out so that {@code teikit validate} and
 * {@code teikit build} run inside it without arguments: the edition in {@code editions/NAME/}.
 *
 * @param title the edition's title
 * @param languages the original's language, then (optionally) the translation's
 * @param version the teikit version the CI files install
 * @param date the day written into the headers (the edition's creation)
 */
public record NewProject(String title, List<String> languages, String version, LocalDate date) {
  /** Where the CI files download teikit from, until the project says otherwise. */
  static final String DOWNLOAD = "https://teikit.org/download/teikit-%s.zip";

  /** A BCP 47 tag as TEI's xml:lang takes it, in its common shape: en, ru, zh-Hans, grc. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

  public NewProject {
    if (languages.isEmpty() || languages.size() > 2) {
      throw new UsageException(Catalogue.text("init.languages", String.join(",", languages)));
    }
    for (String language : languages) {
      if (!LANGUAGE.matcher(language).matches()) {
        throw new UsageException(Catalogue.text("init.language", language));
      }
    }
  }

  /**
   * Writes the project into {@code dir}, which must not exist or be an empty folder, and returns
   * the files written, relative to it. A file that appears meanwhile is not replaced: the run
   * fails with an I/O error instead.
   */
  public List<Path> writeTo(Path dir) throws IOException {
    refuseUnlessNewOrEmpty(dir);
    String name = editionName(dir);
    Map<Path, String> files = files(name);
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Path, String> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      written.add(file.getKey());
    }
    return written;
  }

  /** The name of the folder {@code dir}, as a title when none is given. */
  public static String folderName(Path dir) {
    Path last = dir.toAbsolutePath().normalize().getFileName();
    return last == null ? "edition" : last.toString();
  }

  /** The folder name made into an edition name: lower case letters, digits and hyphens. */
  static String editionName(Path dir) {
    String name = folderName(dir).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", "-").replaceAll("^-+|-+$", "");
    return name.isEmpty() ? "edition" : name;
  }

  private static void refuseUnlessNewOrEmpty(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new UsageException(Catalogue.text("init.not-a-folder", dir));
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new UsageException(Catalogue.text("init.not-empty", dir));
      }
    }
  }

  private Map<Path, String> files(String name) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("@TITLE@", xml(title));
    values.put("@NAME@", name);
    values.put("@DATE@", date.toString());
    values.put("@YEAR@", String.valueOf(date.getYear()));
    values.put("@VERSION@", version);
    values.put("@URL@", DOWNLOAD.formatted(version));
    values.put("@ORIGINAL@", languages.get(0));
    boolean translated = languages.size() == 2;
    values.put("@ORIGINAL-CORRESP@", translated ? " corresp=\"#translation-p1\"" : "");
    values.put("@TRANSLATION-LANGUAGE@", translated
        ? "        <language ident=\"" + languages.get(1) + "\">The translation.</language>\n" : "");
    values.put("@TRANSLATION@", translated
        ? template("sample-translation.xml").replace("@TRANSLATION-LANG@", languages.get(1)) : "");

    Map<Path, String> files = new LinkedHashMap<>();
    Path edition = Path.of("editions", name);
    files.put(edition.resolve("edition.xml"), filled("edition.xml", values));
    files.put(edition.resolve("sample.xml"), filled("sample.xml", values));
    files.put(Path.of("README.md"), filled("README.md", Map.of("@TITLE@", title, "@NAME@", name)));
    files.put(Path.of(".gitignore"), template("gitignore"));
    files.put(Path.of(".github", "workflows", "teikit.yml"), filled("teikit.yml", values));
    files.put(Path.of(".gitlab-ci.yml"), filled("gitlab-ci.yml", values));
    return files;
  }

  private static String filled(String template, Map<String, String> values) throws IOException {
    String text = template(template);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace(value.getKey(), value.getValue());
    }
    return text;
  }

  private static String template(String name) throws IOException {
    try (InputStream in = NewProject.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(Catalogue.text("init.template-missing", name));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
