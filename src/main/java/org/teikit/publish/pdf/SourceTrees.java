package org.teikit.publish.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.UnreadableDocument;

/**
 * The TEI trees of one edition's rendering, each asked of {@link DocumentTrees} at most once and
 * only when a book that is rendered needs it (a reused book needs none). Thread-safe: books
 * rendered at once that share a document wait for one parse.
 */
final class SourceTrees {
  private final DocumentTrees trees;
  private final Map<Path, Once> parsed = new ConcurrentHashMap<>();
  private final Set<Diagnostic> problems = new LinkedHashSet<>();

  SourceTrees(DocumentTrees trees) {
    this.trees = trees;
  }

  /** The tree of {@code file}; empty when it cannot be read (the reason is in {@link #problems}). */
  Optional<XdmNode> tree(Path file) {
    return parsed.computeIfAbsent(file, f -> new Once()).get(file);
  }

  synchronized List<Diagnostic> problems() {
    return new ArrayList<>(problems);
  }

  private synchronized void report(Diagnostic d) {
    problems.add(d);
  }

  /** One file's parse, done by the first thread that asks. */
  private final class Once {
    private Optional<XdmNode> tree;

    synchronized Optional<XdmNode> get(Path file) {
      if (tree == null) {
        try {
          tree = Optional.of(trees.tree(file));
        } catch (UnreadableDocument e) {
          report(e.diagnostic());
          tree = Optional.empty();
        }
      }
      return tree;
    }
  }
}
