package org.teikit.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;

/**
 * How what a build keeps between runs (validation results, the last build's findings) writes
 * strings and diagnostics: binary (DataOutput), read back only by teikit, quick to read.
 */
public final class Records {
  private Records() {}

  public static void writeDiagnostic(DataOutputStream out, Diagnostic d) throws IOException {
    text(out, d.file().toString());
    out.writeInt(d.line());
    out.writeInt(d.column());
    text(out, d.severity().name());
    text(out, d.check().wireName());
    nullable(out, d.code());
    nullable(out, d.role());
    text(out, d.message());
  }

  public static Diagnostic readDiagnostic(DataInputStream in) throws IOException {
    Path file = Path.of(text(in));
    int line = in.readInt();
    int column = in.readInt();
    Severity severity = Severity.valueOf(text(in));
    String check = text(in);
    return new Diagnostic(file, line, column, severity, Check.ofWireName(check)
        .orElseThrow(() -> new IOException("unknown check \"" + check + "\" in a stored finding")),
        nullable(in), nullable(in), text(in));
  }

  /** A string of any length (writeUTF stops at 64 KB). */
  public static void text(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  public static String text(DataInputStream in) throws IOException {
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
