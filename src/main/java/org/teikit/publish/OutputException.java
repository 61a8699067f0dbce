package org.teikit.publish;

/**
 * Why teikit will not, or could not, write an output folder. The message is for the editor as it
 * stands (a plain sentence that names the folder); the command line prints it and exits 2.
 */
public class OutputException extends RuntimeException {
  OutputException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The folder is not teikit's to write: it is, holds or lies inside the sources, it is the root
   * folder, or it holds files teikit did not make.
   */
  public static final class Refused extends OutputException {
    Refused(String message) {
      super(message, null);
    }
  }

  /** Another teikit run is writing the same folder. */
  public static final class Busy extends OutputException {
    Busy(String message) {
      super(message, null);
    }
  }

  /** A write failed (a full disk, a read-only folder); the previous output is as it was. */
  public static final class WriteFailed extends OutputException {
    WriteFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
