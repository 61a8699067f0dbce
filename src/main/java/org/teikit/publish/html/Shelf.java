package org.teikit.publish.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.teikit.store.Key;
import org.teikit.store.Store;

/**
 * The store of reusable results as one folder of a site sees it: a result is kept under the key
 * of what it is, where in the site its files go, and the inputs it was made from.
 *
 * @param folder the folder in the site ("" for the site itself, an edition's name in a collection)
 */
record Shelf(Store store, String folder) {
  Optional<Path> find(String what, String inputs) {
    return store.find(key(what, inputs));
  }

  void put(String what, String inputs, Store.Writer writer) throws IOException {
    store.put(key(what, inputs), writer);
  }

  boolean keeps() {
    return store.keeps();
  }

  private String key(String what, String inputs) {
    return Key.of("html " + what).add("folder", folder).add("inputs", inputs).hex();
  }
}
