package org.teikit.xml;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.XdmNode;

/**
 * The trees validation built, handed to the publishers so that a build reads each document once
 * (DESIGN: parse once). A document validation did not parse (its stored result was reused) is
 * parsed when a publisher asks for it. Trees are let go as soon as no stage needs them: a build
 * of a large corpus would otherwise hold all its XML as trees at once.
 */
public final class KeptTrees implements DocumentTrees {
  private final Map<Path, XdmNode> trees = new ConcurrentHashMap<>();
  private final DocumentTrees parsing;

  public KeptTrees(XmlContext xml) {
    this.parsing = DocumentTrees.parsing(xml);
  }

  /** For the validator: keeps one document's tree. */
  public void keep(Path file, XdmNode tree) {
    trees.put(normal(file), tree);
  }

  @Override
  public XdmNode tree(Path file) throws UnreadableDocument {
    XdmNode kept = trees.get(normal(file));
    return kept != null ? kept : parsing.tree(file);
  }

  /** Lets go of every tree but those of {@code files}. */
  public void keepOnly(Collection<Path> files) {
    Set<Path> wanted = files.stream().map(KeptTrees::normal).collect(java.util.stream.Collectors.toSet());
    trees.keySet().retainAll(wanted);
  }

  /** How many trees are held. */
  public int size() {
    return trees.size();
  }

  private static Path normal(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
