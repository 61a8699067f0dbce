package org.teikit.publish.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.teikit.store.Key;
import org.teikit.store.SourceDigests;
import org.teikit.work.Fork;
import org.teikit.work.Pool;

/**
 * The key of everything a document's pages and facts depend on: its content and its
 * edition.xml's (as the run first read them, before parsing them: see {@link SourceDigests}), its
 * name and its edition's folder name (both appear in its pages), whether the edition is one of a
 * collection (its pages then link to the collection's), the options that change pages,
 * and teikit's renderer itself. Content, not timestamps: touching a file without changing it does
 * not make it render again.
 */
final class InputKeys {
  /** Computed on the pool (reading the jar's directory), while the run starts. */
  private final Fork<String> renderer;

  InputKeys(HtmlOptions options, Pool pool) {
    this.renderer = pool.fork(() -> Key.of("html renderer").teikit().add("options", options.renderingKey()).hex());
  }

  /** The part an edition's documents share: its edition.xml as the run read it, or its absence. */
  static String edition(Optional<Path> editionFile, SourceDigests sources) {
    if (editionFile.isEmpty()) {
      return "no edition.xml";
    }
    try {
      return sources.of(editionFile.get());
    } catch (IOException unreadable) {
      return "unreadable edition.xml";
    }
  }

  /** The digest of teikit's renderer and the options that change pages. */
  String renderer() {
    return renderer.join();
  }

  /**
   * A key made of {@code parts}, in order, for what is not one document's: an edition's
   * edition-wide pages (from its documents' facts), its search index, a collection's page.
   */
  static String combined(String what, List<String> parts) {
    Key key = Key.of(what);
    parts.forEach(part -> key.add("part", part));
    return key.hex();
  }

  /** The key of one document, its content as the run read it (see {@link SourceDigests}). */
  String document(String edition, String folder, boolean inCollection, String fileName, Path source,
      SourceDigests sources) throws IOException {
    return Key.of("html document").add("renderer", renderer.join()).add("edition", edition)
        .add("folder", folder).add("in collection", String.valueOf(inCollection)).add("file", fileName)
        .add("content", sources.of(source)).hex();
  }
}
