package org.teikit.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one document declares and points at: its xml:ids, its pointers, and its prefixDefs.
 * Collected during the parse; checked once every document of the run is known.
 */
record References(Set<String> ids, List<Pointer> pointers, Map<String, PrefixDef> prefixes) {
  static final References NONE = new References(Set.of(), List.of(), Map.of());

  /** One pointer attribute value (possibly a space-separated list) and where it stands. */
  record Pointer(String attribute, String value, Path file, int line, int column) {}

  /** A {@code <prefixDef>}: how {@code ident:value} is rewritten to a URI. */
  record PrefixDef(String ident, Pattern match, String replacement) {

    /** The expanded pointer, or null when the value does not match the pattern. */
    String expand(String value) {
      java.util.regex.Matcher m = match.matcher(value);
      return m.matches() ? m.replaceFirst(replacement) : null;
    }

    /** Null when the replacement only uses groups the pattern has; otherwise why not. */
    String problem() {
      try {
        java.util.regex.Matcher m = match.matcher("");
        int groups = m.groupCount();
        java.util.regex.Matcher refs = Pattern.compile("\\$(\\d)").matcher(replacement);
        while (refs.find()) {
          if (Integer.parseInt(refs.group(1)) > groups) {
            return "replacementPattern uses $" + refs.group(1) + " but matchPattern has "
                + groups + (groups == 1 ? " group" : " groups");
          }
        }
        return null;
      } catch (RuntimeException e) {
        return e.getMessage();
      }
    }
  }
}
