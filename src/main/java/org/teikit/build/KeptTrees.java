package org.teikit.build;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.UnreadableDocument;
import org.teikit.xml.XmlContext;

/**
 * The trees validation built, handed to the publishers so that a build reads each document once
 * (DESIGN: parse once). A document validation did not parse (its stored result was reused) is
 * parsed when a publisher asks for it. Trees are let go as soon as no stage needs them: a build
 * of FRUS holds 17.5 MB of XML as trees.
 */
final class KeptTrees implements DocumentTrees {
  private final Map<Path, XdmNode> trees = new ConcurrentHashMap<>();
  private final DocumentTrees parsing;

  KeptTrees(XmlContext xml) {
    this.parsing = DocumentTrees.parsing(xml);
  }

  /** For the validator: keeps one document's tree. */
  void keep(Path file, XdmNode tree) {
    trees.put(normal(file), tree);
  }

  @Override
  public XdmNode tree(Path file) throws UnreadableDocument {
    XdmNode kept = trees.get(normal(file));
    return kept != null ? kept : parsing.tree(file);
  }

  /** Lets go of every tree but those of {@code files}. */
  void keepOnly(Collection<Path> files) {
    Set<Path> wanted = files.stream().map(KeptTrees::normal).collect(java.util.stream.Collectors.toSet());
    trees.keySet().retainAll(wanted);
  }

  /** Lets go of the trees of {@code files}. */
  void forget(Collection<Path> files) {
    files.forEach(f -> trees.remove(normal(f)));
  }

  int size() {
    return trees.size();
  }

  private static Path normal(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
