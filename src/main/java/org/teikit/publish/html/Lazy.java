package org.teikit.publish.html;

import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks: what a reused document's stored facts
 * and search part are read into, since a build that reuses the edition-wide pages and the search
 * index as well never needs them.
 */
final class Lazy<T> implements Supplier<T> {
  private Supplier<T> maker;
  private T value;

  private Lazy(Supplier<T> maker) {
    this.maker = maker;
  }

  static <T> Lazy<T> of(Supplier<T> maker) {
    return new Lazy<>(maker);
  }

  /** A value there already. */
  static <T> Lazy<T> done(T value) {
    Lazy<T> lazy = new Lazy<>(null);
    lazy.value = value;
    return lazy;
  }

  @Override
  public synchronized T get() {
    if (maker != null) {
      value = maker.get();
      maker = null;
    }
    return value;
  }
}
