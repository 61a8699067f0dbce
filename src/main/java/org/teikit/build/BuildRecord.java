package org.teikit.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.store.Records;

/**
 * What a build leaves in DIR for the next one: its stamp (see {@link BuildStamp}) and what it
 * reported (findings, documents skipped and published), so that a build with nothing changed
 * does nothing yet says again what the last one said, errors included.
 *
 * @param skipped documents not published because of their errors
 */
record BuildRecord(String stamp, List<Diagnostic> findings, List<Path> skipped, int published) {
  static final String FILE = ".teikit-build";
  private static final String VERSION = "teikit-build-record 1";

  /** The record the last build left in {@code output}; empty when there is none or it is unreadable. */
  static Optional<BuildRecord> read(Path output) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(output.resolve(FILE))))) {
      if (!VERSION.equals(in.readUTF())) {
        return Optional.empty();
      }
      String stamp = Records.text(in);
      int count = in.readInt();
      List<Diagnostic> findings = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        findings.add(Records.readDiagnostic(in));
      }
      int skippedCount = in.readInt();
      List<Path> skipped = new ArrayList<>(skippedCount);
      for (int i = 0; i < skippedCount; i++) {
        skipped.add(Path.of(Records.text(in)));
      }
      return Optional.of(new BuildRecord(stamp, List.copyOf(findings), List.copyOf(skipped), in.readInt()));
    } catch (IOException | RuntimeException missingOrUnreadable) {
      return Optional.empty();
    }
  }

  void write(Path output) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(VERSION);
      Records.text(out, stamp);
      out.writeInt(findings.size());
      for (Diagnostic d : findings) {
        Records.writeDiagnostic(out, d);
      }
      out.writeInt(skipped.size());
      for (Path p : skipped) {
        Records.text(out, p.toString());
      }
      out.writeInt(published);
    }
    Files.write(output.resolve(FILE), bytes.toByteArray());
  }
}
