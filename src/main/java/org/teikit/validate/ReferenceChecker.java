package org.teikit.validate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;

/**
 * Checks that every local pointer resolves: {@code #id} in the document, {@code file.xml#id} in
 * another file of the edition, {@code prefix:value} through the document's prefixDefs. Absolute
 * URIs are left alone and never fetched.
 */
final class ReferenceChecker {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*):(.*)", Pattern.DOTALL);
  private static final Set<String> URI_SCHEMES = Set.of(
      "http", "https", "ftp", "ftps", "mailto", "urn", "doi", "data", "file", "tel", "info", "tag",
      "ark", "hdl", "geo", "news", "isbn", "issn", "ldap", "sftp", "ssh", "git", "xmpp", "jar");

  private final Function<Path, Optional<Set<String>>> idsOfFile;

  /** @param idsOfFile the xml:ids of another local file, or empty when it cannot be read */
  ReferenceChecker(Function<Path, Optional<Set<String>>> idsOfFile) {
    this.idsOfFile = idsOfFile;
  }

  List<Diagnostic> check(Path document, References references) {
    List<Diagnostic> found = new ArrayList<>();
    for (References.Pointer pointer : references.pointers()) {
      // a compiled pattern: String.split compiles "\\s+" anew for each of a corpus's pointers
      for (String token : WHITESPACE.split(pointer.value().strip())) {
        if (!token.isEmpty()) {
          checkToken(document, references, pointer, token, token, found);
        }
      }
    }
    return found;
  }

  private void checkToken(Path document, References refs, References.Pointer pointer,
      String written, String token, List<Diagnostic> found) {
    Matcher prefixed = PREFIXED.matcher(token);
    if (token.startsWith("#")) {
      checkId(pointer, written, token.substring(1), refs.ids(), "this document", found);
    } else if (prefixed.matches()) {
      checkPrefixed(document, refs, pointer, written, prefixed, found);
    } else if (token.contains("#")) {
      checkInFile(document, pointer, written, token, found);
    }
  }

  private void checkPrefixed(Path document, References refs, References.Pointer pointer,
      String written, Matcher prefixed, List<Diagnostic> found) {
    String prefix = prefixed.group(1);
    References.PrefixDef def = refs.prefixes().get(prefix);
    if (def == null) {
      boolean original = written.equals(prefixed.group());
      if (original && !URI_SCHEMES.contains(prefix.toLowerCase(Locale.ROOT))) {
        found.add(Diagnostic.warning(pointer.file(), pointer.line(), pointer.column(), Check.REF,
            Messages.get("ref.undeclared-prefix", written, pointer.attribute(), prefix)));
      }
      return;
    }
    String expanded = def.expand(prefixed.group(2));
    if (expanded == null) {
      found.add(Diagnostic.error(pointer.file(), pointer.line(), pointer.column(), Check.REF,
          Messages.get("ref.prefix-no-match", written, pointer.attribute(), prefix, def.match().pattern())));
    } else if (written.equals(prefixed.group())) {
      // Expanded once only: a prefixDef whose result is itself prefixed is not followed further.
      checkToken(document, refs, pointer, written, expanded, found);
    }
  }

  private void checkInFile(Path document, References.Pointer pointer, String written, String token,
      List<Diagnostic> found) {
    int hash = token.indexOf('#');
    String filePart = URLDecoder.decode(token.substring(0, hash), StandardCharsets.UTF_8);
    Path target = document.toAbsolutePath().getParent().resolve(filePart).normalize();
    if (!Files.isRegularFile(target)) {
      if (filePart.endsWith(".xml")) {
        found.add(Diagnostic.error(pointer.file(), pointer.line(), pointer.column(), Check.REF,
            Messages.get("ref.no-file", written, pointer.attribute(), filePart)));
      }
      return;
    }
    Optional<Set<String>> ids = idsOfFile.apply(target);
    if (ids.isEmpty()) {
      found.add(Diagnostic.error(pointer.file(), pointer.line(), pointer.column(), Check.REF,
          Messages.get("ref.outside", written, pointer.attribute(), filePart)));
      return;
    }
    checkId(pointer, written, token.substring(hash + 1), ids.get(), filePart, found);
  }

  private static void checkId(References.Pointer pointer, String written, String id, Set<String> ids,
      String where, List<Diagnostic> found) {
    if (id.isEmpty() || ids.contains(id)) {
      return;
    }
    Optional<String> suggestion = Suggestions.closest(id, ids);
    String message = suggestion
        .map(s -> Messages.get("ref.unresolved-suggest", written, pointer.attribute(), id, where, s))
        .orElseGet(() -> Messages.get("ref.unresolved", written, pointer.attribute(), id, where));
    found.add(Diagnostic.error(pointer.file(), pointer.line(), pointer.column(), Check.REF, message));
  }
}
