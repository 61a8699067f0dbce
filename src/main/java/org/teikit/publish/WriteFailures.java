package org.teikit.publish;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.teikit.diagnostic.Catalogue;

/**
 * Says in plain words why an output could not be written, whatever layer the failure came
 * through: a full disk reaches a run as Java's {@code IOException}, as a message inside another
 * exception's, or as Saxon's "Failure writing to …" with the {@code IOException} as its cause.
 */
public final class WriteFailures {
  private WriteFailures() {}

  /**
   * Throws {@link OutputException.WriteFailed} when {@code failure}, or anything that caused it,
   * is a full disk, a read-only file system, or a folder beside {@code target} that may not be
   * written; otherwise returns, and the caller throws {@code failure} as it is.
   *
   * @param target the output folder the run was writing
   */
  public static void explain(Throwable failure, Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    Optional<String> why = why(failure, absolute);
    if (why.isPresent()) {
      String said = Files.exists(absolute) ? Catalogue.text("output.previous-kept", why.get()) : why.get();
      throw new OutputException.WriteFailed(said, failure);
    }
  }

  private static Optional<String> why(Throwable failure, Path target) {
    String dir = OutputFolder.display(target);
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = next(t), depth++) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
        return Optional.of(Catalogue.text("output.no-space", dir));
      }
      if (message.contains("Read-only file system")) {
        return Optional.of(Catalogue.text("output.read-only", dir));
      }
      if (t instanceof AccessDeniedException denied && denied.getFile() != null
          && Path.of(denied.getFile()).toAbsolutePath().normalize().startsWith(target.getParent())) {
        return Optional.of(Catalogue.text("output.permission-denied", dir, OutputFolder.display(Path.of(denied.getFile()))));
      }
    }
    return Optional.empty();
  }

  /**
   * What caused {@code t}; for a write failure already explained (inside, for a folder within
   * the output), the failure it explains, to be said again for the output as a whole.
   */
  private static Throwable next(Throwable t) {
    if (t instanceof OutputException.WriteFailed explained && explained.getSuppressed().length > 0) {
      return explained.getSuppressed()[0];
    }
    return t.getCause();
  }
}
