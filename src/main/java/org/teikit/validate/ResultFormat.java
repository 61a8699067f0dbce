package org.teikit.validate;

import static org.teikit.store.Records.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.store.Records;

/**
 * How a stored validation result is written: a version line, the files it depended on with their
 * digests, its findings, and its ids, pointers and prefixDefs (written as {@link Records} writes).
 */
final class ResultFormat {
  private static final String VERSION = "teikit-validation-result 1";

  private ResultFormat() {}

  static void write(DataOutputStream out, Map<Path, String> dependencies, DocumentCheck.Result result)
      throws IOException {
    out.writeUTF(VERSION);
    out.writeInt(dependencies.size());
    for (Map.Entry<Path, String> d : dependencies.entrySet()) {
      text(out, d.getKey().toString());
      text(out, d.getValue());
    }
    out.writeInt(result.diagnostics().size());
    for (Diagnostic d : result.diagnostics()) {
      Records.writeDiagnostic(out, d);
    }
    writeReferences(out, result.references());
  }

  /** The dependencies, in the order written; null when the version is not this one. */
  static Map<Path, String> readDependencies(DataInputStream in) throws IOException {
    if (!VERSION.equals(in.readUTF())) {
      return null;
    }
    int count = in.readInt();
    Map<Path, String> dependencies = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      dependencies.put(Path.of(text(in)), text(in));
    }
    return dependencies;
  }

  /** The result that follows the dependencies. */
  static DocumentCheck.Result readResult(DataInputStream in, Path file) throws IOException {
    int count = in.readInt();
    List<Diagnostic> diagnostics = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      diagnostics.add(Records.readDiagnostic(in));
    }
    return new DocumentCheck.Result(file, List.copyOf(diagnostics), readReferences(in), List.of());
  }

  private static void writeReferences(DataOutputStream out, References refs) throws IOException {
    List<String> ids = refs.ids().stream().sorted().toList();
    out.writeInt(ids.size());
    for (String id : ids) {
      text(out, id);
    }
    out.writeInt(refs.pointers().size());
    for (References.Pointer p : refs.pointers()) {
      text(out, p.attribute());
      text(out, p.value());
      text(out, p.file().toString());
      out.writeInt(p.line());
      out.writeInt(p.column());
    }
    out.writeInt(refs.prefixes().size());
    for (References.PrefixDef def : refs.prefixes().values()) {
      text(out, def.ident());
      text(out, def.match().pattern());
      text(out, def.replacement());
    }
  }

  private static References readReferences(DataInputStream in) throws IOException {
    int idCount = in.readInt();
    List<String> ids = new ArrayList<>(idCount);
    for (int i = 0; i < idCount; i++) {
      ids.add(text(in));
    }
    int pointerCount = in.readInt();
    List<References.Pointer> pointers = new ArrayList<>(pointerCount);
    for (int i = 0; i < pointerCount; i++) {
      pointers.add(new References.Pointer(text(in), text(in), Path.of(text(in)), in.readInt(), in.readInt()));
    }
    int prefixCount = in.readInt();
    Map<String, References.PrefixDef> prefixes = new LinkedHashMap<>();
    for (int i = 0; i < prefixCount; i++) {
      String ident = text(in);
      prefixes.put(ident, new References.PrefixDef(ident, Pattern.compile(text(in)), text(in)));
    }
    return new References(Set.copyOf(ids), List.copyOf(pointers), Map.copyOf(prefixes));
  }
}
