package org.teikit.xml;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/**
 * Where a stage of a run gets a document's tree. A build hands the publishers the trees its
 * validation built, so that each file is read once per run (DESIGN: parse once); a publisher on
 * its own parses with {@link #parsing}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface DocumentTrees {
  /**
   * The tree of {@code file}, with line numbers, built by this run's Saxon processor.
   *
   * @throws UnreadableDocument when the file cannot be read or is not well-formed
   */
  XdmNode tree(Path file) throws UnreadableDocument;

  /** Parses on every call, through the run's safe readers (no XInclude). */
  static DocumentTrees parsing(XmlContext xml) {
    return new TreeParser(xml);
  }
}
