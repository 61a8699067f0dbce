package org.teikit;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared folder beside the project: real corpora nobody here wrote, TEI's tei_all.rng and the
 * seed text, read in place and never copied into the project. Every test that reads it finds it
 * here, through the system property {@value #PROPERTY} (default {@code ../shared}, relative to the
 * project folder; CI clones the project beside it). Such a test is marked {@link UsesShared}, and
 * fails, naming the property and the path, when the folder is not there.
 */
public final class Shared {
  public static final String PROPERTY = "teikit.shared";
  static final String DEFAULT = "../shared";

  private Shared() {}

  /** The shared folder, absolute; it may be missing (see {@link #require}). */
  public static Path root() {
    return Path.of(System.getProperty(PROPERTY, DEFAULT)).toAbsolutePath().normalize();
  }

  /** {@code relative} inside the shared folder, e.g. {@code corpora/frus}; it may be missing. */
  public static Path path(String relative) {
    return root().resolve(relative);
  }

  /** TEI's own schema, which several corpus tests and validation fixtures name. */
  public static Path teiAll() {
    return path("corpora/tei-schema/tei_all.rng");
  }

  /** {@code path}, after failing the test with a message that says how to point at it when it is missing. */
  public static Path require(Path path) {
    if (!Files.exists(path)) {
      fail(path + " is not there. Corpus tests read the shared folder " + root() + ", set with -D"
          + PROPERTY + "=DIR (default " + DEFAULT + " beside the project); it holds corpora/ and seed/.");
    }
    return path;
  }

  /** What {@link UsesShared} runs before a test: the shared folder must be there. */
  static final class Check implements BeforeAllCallback, BeforeEachCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      require(root());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      require(root());
    }
  }
}
