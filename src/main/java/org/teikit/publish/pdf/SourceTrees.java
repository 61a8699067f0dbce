package org.teikit.publish.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.publish.images.ImageReferences;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.UnreadableDocument;

/**
 * The TEI trees of one edition's rendering, each asked of {@link DocumentTrees} at most once and
 * only when a book that is rendered needs it (a reused book needs none). Thread-safe: books
 * rendered at once that share a document wait for one parse.
 */
final class SourceTrees {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";
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

  /**
   * A TEI document (root TEI or teiCorpus) prints; any other XML in an edition folder (a
   * taxonomy, a charDecl kept beside the documents) is left out of the print edition, saying so.
   */
  private boolean isTei(Path file, XdmNode tree) {
    XdmNode root = tree.select(net.sf.saxon.s9api.streams.Steps.child()).filter(n -> n.getNodeKind() == XdmNodeKind.ELEMENT).findFirst()
        .orElse(null);
    if (root == null) {
      return false;
    }
    QName name = root.getNodeName();
    if (TEI.equals(name.getNamespace()) && (name.getLocalName().equals("TEI") || name.getLocalName().equals("teiCorpus"))) {
      return true;
    }
    String shown = name.getNamespace().isEmpty() ? name.getLocalName() : "{" + name.getNamespace() + "}" + name.getLocalName();
    int line = Math.max(0, root.getLineNumber());
    report(Diagnostic.warning(file, line, startTag(file, line, root.getColumnNumber()), Check.PDF,
        Catalogue.text("pdf.not-tei", TEI.equals(name.getNamespace()) ? name.getLocalName() : shown)));
    return false;
  }

  /**
   * The column of the '<' that opens the start tag the parser reports at {@code end} (where the
   * tag ends); {@code end} when the tag starts on an earlier line.
   */
  private static int startTag(Path file, int line, int end) {
    try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(file)) {
      String text = lines.skip(Math.max(0, line - 1)).findFirst().orElse("");
      int open = text.lastIndexOf('<', Math.min(text.length(), Math.max(0, end - 1)) - 1);
      return open >= 0 ? text.codePointCount(0, open) + 1 : Math.max(0, end);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return Math.max(0, end);
    }
  }

  /** One file's parse, done by the first thread that asks. */
  private final class Once {
    private Optional<XdmNode> tree;

    synchronized Optional<XdmNode> get(Path file) {
      if (tree == null) {
        try {
          tree = Optional.of(trees.tree(file)).filter(t -> isTei(file, t));
          tree.ifPresent(t -> ImageReferences.of(t, file).findings().forEach(SourceTrees.this::report));
        } catch (UnreadableDocument e) {
          report(e.diagnostic());
          tree = Optional.empty();
        }
      }
      return tree;
    }
  }
}
