package org.teikit.validate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other local files a document's pointers lead to ({@code edition.xml#id}, or
 * {@code person:id} through a prefixDef that expands to one): what its Schematron rules may read
 * besides the document itself.
 */
final class PointerTargets {
  private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*):(.*)", Pattern.DOTALL);

  private PointerTargets() {}

  static Set<Path> of(Path document, References refs) {
    Set<Path> targets = new TreeSet<>();
    Path folder = document.toAbsolutePath().getParent();
    for (References.Pointer pointer : refs.pointers()) {
      for (String token : pointer.value().strip().split("\\s+")) {
        String local = expanded(token, refs);
        int hash = local == null ? -1 : local.indexOf('#');
        if (hash > 0 && !PREFIXED.matcher(local).matches()) {
          targets.add(folder.resolve(URLDecoder.decode(local.substring(0, hash), StandardCharsets.UTF_8)).normalize());
        }
      }
    }
    return targets;
  }

  /** The token with its prefix expanded once; null when its prefix has no prefixDef or no match. */
  private static String expanded(String token, References refs) {
    Matcher prefixed = PREFIXED.matcher(token);
    if (!prefixed.matches()) {
      return token;
    }
    References.PrefixDef def = refs.prefixes().get(prefixed.group(1));
    return def == null ? null : def.expand(prefixed.group(2));
  }
}
