package org.teikit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** teikit's message catalogues (xslt/common/labels/LANG.xml) as the tests read them. */
public final class Catalogues {
  public static final Path FOLDER = Path.of("xslt/common/labels");

  private Catalogues() {}

  /** A catalogue's labels by key, in file order. */
  public static Map<String, String> of(String lang) throws IOException {
    String text = Files.readString(FOLDER.resolve(lang + ".xml"));
    Map<String, String> labels = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<label key=\"([^\"]+)\">([^<]*)</label>").matcher(text);
    while (m.find()) {
      labels.put(m.group(1), m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    }
    return labels;
  }
}
