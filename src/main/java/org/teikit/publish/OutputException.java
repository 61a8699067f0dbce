package org.teikit.publish;

import org.teikit.diagnostic.InputOutputException;

/**
 * Why teikit will not, or could not, write an output folder. The message is for the editor as it
 * stands (a plain sentence that names the folder); the command line prints it and exits 2.
 */
public class OutputException extends InputOutputException {
  OutputException(String message) {
    super(message);
  }

  /**
   * The folder is not teikit's to write: it is, holds or lies inside the sources, it is the root
   * folder, or it holds files teikit did not make.
   */
  public static final class Refused extends OutputException {
    Refused(String message) {
      super(message);
    }
  }

  /** Another teikit run is writing the same folder. */
  public static final class Busy extends OutputException {
    Busy(String message) {
      super(message);
    }
  }

  /**
   * A write failed (a full disk, a read-only folder); the previous output is as it was. The
   * failure it explains is kept as suppressed, not as the cause: the cause's own wording ("I/O
   * problem: …") is what this one replaces.
   */
  public static final class WriteFailed extends OutputException {
    WriteFailed(String message, Throwable failure) {
      super(message);
      addSuppressed(failure);
    }
  }
}
