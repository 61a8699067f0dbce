package org.teikit.publish.pdf;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.teikit.edition.Edition;
import org.teikit.publish.ExtensionPoints;
import org.teikit.publish.OwnModule;
import org.teikit.work.Fork;
import org.teikit.work.Pool;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.UnreadableDocument;
import org.teikit.xml.XmlContext;

/** The print modules of a run's editions (setting print-stylesheet), each checked and compiled once, on first use. */
final class PrintModules {
  private final XmlContext xml;
  private final DocumentTrees trees;
  private final Pool pool;
  private final Map<Path, Fork<OwnModule>> byEdition = new ConcurrentHashMap<>();

  PrintModules(XmlContext xml, DocumentTrees trees, Pool pool) {
    this.xml = xml;
    this.trees = trees;
    this.pool = pool;
  }

  /** The edition's module, or {@link OwnModule#NONE}; an edition.xml that cannot be read names none (its finding is made where it is read). */
  OwnModule of(Edition edition) {
    return byEdition.computeIfAbsent(edition.folder().toAbsolutePath().normalize(), folder -> pool.fork(() -> {
      try {
        if (edition.editionFile().isEmpty() || !OwnModule.anyIn(folder)) {
          return OwnModule.NONE; // nothing to read edition.xml for: an unchanged book is not parsed at all
        }
        return OwnModule.of(xml, ExtensionPoints.PRINT, edition.editionFile(), trees.tree(edition.editionFile().get()));
      } catch (UnreadableDocument | java.io.IOException e) {
        return OwnModule.NONE; // its finding is made where edition.xml or the folder is read for the book
      }
    })).join();
  }
}
