package org.teikit.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.trans.XPathException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed write said in plain words, whatever it came through. The exceptions are built as the
 * JDK and Saxon build them on a full disk (seen on a 100 kB tmpfs: Saxon's "Failure writing to
 * null" with the IOException as its cause, inside teikit's own and a CompletableFuture's); the
 * real full disk is in {@code build.OutputSafetyTest}, where the test may mount one.
 */
class WriteFailuresTest {
  @TempDir Path tmp;

  @Test
  void aFullDiskInsideSaxonsFailureIsNamed() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    XPathException saxon = new XPathException("Failure writing to null", new IOException("No space left on device"));
    Exception failure = new CompletionException(
        new IllegalStateException("cannot build the edition's index pages: Failure writing to null",
            new SaxonApiException(saxon)));

    OutputException.WriteFailed plain =
        assertThrows(OutputException.WriteFailed.class, () -> WriteFailures.explain(failure, out));
    assertEquals("no space left on device writing " + out + "; the previous output is as it was", plain.getMessage());
  }

  @Test
  void aFullDiskNamedOnlyInAMessageIsNamed() {
    Path out = tmp.resolve("out");
    IOException failure = new IOException("java.io.IOException: Disk quota exceeded");

    OutputException.WriteFailed plain =
        assertThrows(OutputException.WriteFailed.class, () -> WriteFailures.explain(failure, out));
    assertEquals("no space left on device writing " + out, plain.getMessage());
  }

  @Test
  void aFolderThatMayNotBeWrittenIsNamedButAnUnreadableSourceIsNot() {
    Path out = tmp.resolve("site/out");
    AccessDeniedException lock = new AccessDeniedException(tmp.resolve("site/out.lock").toString());
    OutputException.WriteFailed plain =
        assertThrows(OutputException.WriteFailed.class, () -> WriteFailures.explain(lock, out));
    assertEquals("cannot write " + out + ": permission denied for " + tmp.resolve("site/out.lock"), plain.getMessage());

    WriteFailures.explain(new AccessDeniedException(tmp.resolve("letters/a.xml").toString()), out);
    WriteFailures.explain(new IOException("Connection reset"), out);
  }
}
