package org.teikit.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <?xml-model?>} processing instruction, its pseudo-attributes parsed as the W3C note
 * "Associating Schemas with XML documents" defines them.
 */
record XmlModel(String href, String type, String schematypens, int line, int column) {
  static final String TARGET = "xml-model";
  private static final Pattern PSEUDO_ATTRIBUTE =
      Pattern.compile("([A-Za-z_][\\w.\\-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  static Optional<XmlModel> parse(String data, int line, int column) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = PSEUDO_ATTRIBUTE.matcher(data);
    while (m.find()) {
      attributes.put(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
    }
    String href = attributes.get("href");
    if (href == null || href.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new XmlModel(href.strip(), attributes.get("type"),
        attributes.get("schematypens"), line, column));
  }

  Optional<SchemaKind> kind() {
    return SchemaKind.fromXmlModel(schematypens, type, href);
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&");
  }
}
