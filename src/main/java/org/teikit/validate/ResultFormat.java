package org.teikit.validate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;

/**
 * How a stored validation result is written: a version line, the files it depended on with their
 * digests, its findings, and its ids, pointers and prefixDefs. Binary (DataOutput), because it is
 * read back only by teikit and must be quick to read.
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
      writeDiagnostic(out, d);
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
      diagnostics.add(readDiagnostic(in));
    }
    return new DocumentCheck.Result(file, List.copyOf(diagnostics), readReferences(in), List.of());
  }

  private static void writeDiagnostic(DataOutputStream out, Diagnostic d) throws IOException {
    text(out, d.file().toString());
    out.writeInt(d.line());
    out.writeInt(d.column());
    text(out, d.severity().name());
    text(out, d.check());
    nullable(out, d.code());
    nullable(out, d.role());
    text(out, d.message());
  }

  private static Diagnostic readDiagnostic(DataInputStream in) throws IOException {
    Path file = Path.of(text(in));
    int line = in.readInt();
    int column = in.readInt();
    Severity severity = Severity.valueOf(text(in));
    return new Diagnostic(file, line, column, severity, text(in), nullable(in), nullable(in), text(in));
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

  /** Strings of any length (writeUTF stops at 64 KB). */
  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String text(DataInputStream in) throws IOException {
    byte[] utf8 = new byte[in.readInt()];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static void nullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      text(out, s);
    }
  }

  private static String nullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? text(in) : null;
  }
}
