package org.teikit.store;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The folder where teikit keeps what it can recompute but would rather not on every run (the
 * Schematron read from a schema, teikit's own identity): {@code $XDG_CACHE_HOME/teikit}, else
 * {@code ~/.cache/teikit}. Anything in it may be deleted at any time.
 */
public final class UserCache {
  private UserCache() {}

  /** The subfolder {@code name} (not created here). */
  public static Path folder(String name) {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(System.getProperty("user.home"), ".cache");
    return base.resolve("teikit").resolve(name);
  }
}
