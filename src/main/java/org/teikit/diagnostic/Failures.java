package org.teikit.diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.zip.ZipException;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.trans.XPathException;

/**
 * Plain words for failures that carry Java's or Saxon's own wording: a user reads what went
 * wrong and what to do, never a class name, a call stack or "Cannot invoke … because … is null".
 * Used where a document's stage fails (the finding's message) and by the command line's last
 * line of defence.
 */
public final class Failures {
  /** Saxon's code for a transformation that recursed past its limit or overflowed the stack. */
  private static final String TOO_DEEP = "SXLM0001";

  /** What {@link #describe} says of a fault with nothing for the user in it (a null, a cast, an index). */
  public static final String INTERNAL = Catalogue.text("failure.internal");

  private Failures() {}

  /**
   * What went wrong, when it is a failure of a known kind (too deep, out of memory, a file
   * problem); empty for anything else.
   */
  public static Optional<String> known(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return Optional.of(Catalogue.text("failure.out-of-memory"));
      }
      if (t instanceof StackOverflowError || tooDeep(t)) {
        return Optional.of(Catalogue.text("failure.too-deep"));
      }
      if (t instanceof IOException io) {
        return Optional.of(io(io));
      }
    }
    return Optional.empty();
  }

  /**
   * What went wrong, in one sentence: the message of one of teikit's own exceptions (written for
   * the user, with what teikit was doing), else a known failure in plain words, else the message
   * of a state or argument teikit refused, else that teikit met an internal error.
   */
  public static String describe(Throwable failure) {
    Throwable t = unwrapped(failure);
    if (t instanceof TeikitException && t.getMessage() != null && !t.getMessage().isBlank()) {
      return oneLine(t.getMessage());
    }
    return known(t).orElseGet(() -> ownMessage(t).orElse(INTERNAL));
  }

  /**
   * As {@link #describe}, for a failure isolated to one document or book, where the run goes on:
   * an internal error's details (type, call stack) go to a crash report that the sentence names,
   * since nothing else would keep them.
   */
  public static String describeReported(Throwable failure) {
    String said = describe(failure);
    if (!said.equals(INTERNAL)) {
      return said;
    }
    return said + new CrashReport().write(failure).map(file -> Catalogue.text("failure.details-in", file)).orElse("");
  }

  /** The failure inside the wrappers that only carry it from one thread or layer to another. */
  public static Throwable unwrapped(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t && (t instanceof CompletionException
        || t instanceof ExecutionException || t instanceof UncheckedIOException
        || t instanceof InvocationTargetException || t.getClass().getName().startsWith("picocli."))) {
      t = t.getCause();
    }
    return t;
  }

  /** A file problem: the file and the system's reason (no space left, permission denied), not the exception's name. */
  static String io(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return Catalogue.text("failure.no-such-file", missing.getFile());
    }
    if (e instanceof AccessDeniedException denied) {
      return Catalogue.text("failure.permission-denied", denied.getFile());
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return Catalogue.text("failure.cannot-use", fs.getFile(), lowerFirst(fs.getReason()));
    }
    if (e instanceof ZipException) {
      return Catalogue.text("failure.damaged-archive");
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? Catalogue.text("failure.unreadable-or-unwritable")
        : Catalogue.text("failure.io", oneLine(message));
  }

  /**
   * The message of a state or argument teikit refused in its own words, or of a Saxon error
   * (a sentence about the transformation). Java's own failures (a null, a cast, an index) say
   * nothing a user can act on.
   */
  private static Optional<String> ownMessage(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return Optional.empty();
    }
    boolean ours = (t instanceof IllegalStateException || t instanceof IllegalArgumentException)
        && t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith("org.teikit.");
    // Saxon's dynamic errors are sentences about the transformation ("Failure writing to …")
    boolean saxon = t instanceof SaxonApiException || t instanceof XPathException;
    return ours || saxon ? Optional.of(oneLine(message)) : Optional.empty();
  }

  private static boolean tooDeep(Throwable t) {
    if (t instanceof XPathException x) {
      return x.hasErrorCode(TOO_DEEP);
    }
    return t instanceof SaxonApiException s && s.getErrorCode() != null
        && TOO_DEEP.equals(s.getErrorCode().getLocalName());
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
