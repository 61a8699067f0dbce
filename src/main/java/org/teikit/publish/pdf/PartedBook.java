package org.teikit.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.fop.apps.FOPException;
import org.apache.fop.render.intermediate.IFException;
import org.teikit.diagnostic.Diagnostic;

/**
 * Sets an edition's book in parts: the front matter, each document, the index, each laid out on
 * its own and joined into one PDF ({@link PartJoiner}). A part whose FO is unchanged since the
 * last run is not laid out again but taken from the {@link PartStore}: after one document changed,
 * FOP sets that document and the small front and index parts, not the whole book. The documents
 * are laid out in order, as each starts on the page after the one before it ends; their layout
 * also measures the pages of their mentions, which the index then prints.
 */
final class PartedBook {
  private static final QName PAGE_SEQUENCE = new QName("http://www.w3.org/1999/XSL/Format", "page-sequence");

  private final Processor processor;
  private final FoMaker fos;
  private final FopLayout layout;
  private final BookKeys keys;

  /** A part placed in the book: its IF, pages and mentions, laid out now or taken from the store. */
  private record Placed(byte[] intermediate, int pages, MentionPages mentions) {}

  PartedBook(Processor processor, FoMaker fos, FopLayout layout, BookKeys keys) {
    this.processor = processor;
    this.fos = fos;
    this.layout = layout;
    this.keys = keys;
  }

  /**
   * The book's PDF bytes, or empty when a part cannot be set (the diagnostics say why).
   */
  Optional<BookRenderer.Printed> render(Book book, BookRenderer.Sources sources, PartStore store, List<Diagnostic> diagnostics,
      Path blame) throws SaxonApiException, FOPException, IOException {
    List<byte[]> body = new ArrayList<>();
    Map<String, String> printed = new LinkedHashMap<>(); // target → its first page as printed
    Map<String, Integer> offsets = new LinkedHashMap<>(); // target → its first page's index after the front
    MentionPages mentions = MentionPages.parse(List.of());
    int page = 1;
    for (int i = 0; i < sources.docs().size(); i++) {
      int number = book.firstNumber() + i;
      Optional<Placed> doc = place(book, sources, Part.document(number, page), Map.of(), store, diagnostics,
          sources.files().get(i));
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      printed.put("tk-doc-" + number, Integer.toString(page));
      offsets.put("tk-doc-" + number, page - 1);
      body.add(doc.get().intermediate());
      mentions = mentions.then(doc.get().mentions());
      page += doc.get().pages();
    }
    Optional<Placed> index = place(book, sources, Part.index(page), mentions.byEntity(), store, diagnostics, blame);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    if (index.get().pages() > 0) {
      printed.put("tk-index", Integer.toString(page));
      offsets.put("tk-index", page - 1);
      body.add(index.get().intermediate());
    }
    Optional<Placed> front = place(book, sources, Part.front(printed), Map.of(), store, diagnostics, blame);
    if (front.isEmpty()) {
      return Optional.empty();
    }
    List<byte[]> parts = new ArrayList<>();
    parts.add(front.get().intermediate());
    parts.addAll(body);
    Map<String, Integer> targets = new LinkedHashMap<>();
    offsets.forEach((target, offset) -> targets.put(target, front.get().pages() + offset));
    int pages = front.get().pages() + page - 1 + index.get().pages();
    return Optional.of(new BookRenderer.Printed(join(parts, targets, sources, diagnostics, blame), pages));
  }

  /** The part laid out, or taken from the store when its FO is unchanged; empty when it cannot be set. */
  private Optional<Placed> place(Book book, BookRenderer.Sources sources, Part part, Map<String, String> indexPages,
      PartStore store, List<Diagnostic> diagnostics, Path blame) throws SaxonApiException, FOPException, IOException {
    FoMaker.Fo fo = fos.make(book, sources, part, indexPages);
    if (!fo.ok()) {
      diagnostics.addAll(fo.errors());
      return Optional.empty();
    }
    if (fo.tree().select(Steps.descendant(PAGE_SEQUENCE.getNamespace(), PAGE_SEQUENCE.getLocalName()))
        .findAny().isEmpty()) {
      return Optional.of(new Placed(new byte[0], 0, MentionPages.parse(List.of()))); // nothing to print (no index)
    }
    String key = keys.part(serialize(fo.tree()), fo.complexScripts());
    Optional<PartStore.Stored> stored = store.find(key);
    if (stored.isPresent()) {
      return Optional.of(new Placed(stored.get().intermediate(), stored.get().pages(), stored.get().mentions()));
    }
    List<Diagnostic> partDiagnostics = new ArrayList<>();
    FopLayout.Laid laid = layout.intermediate(fo.tree(), fo.factory(), sources.date(), partDiagnostics, blame);
    diagnostics.addAll(partDiagnostics);
    if (partDiagnostics.stream().anyMatch(Diagnostic::isError)) {
      return Optional.empty();
    }
    store.put(key, laid);
    return Optional.of(new Placed(laid.intermediate(), laid.pages(), laid.mentions()));
  }

  private byte[] join(List<byte[]> parts, Map<String, Integer> targets, BookRenderer.Sources sources,
      List<Diagnostic> diagnostics, Path blame) throws FOPException, IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
    try {
      PartJoiner.join(parts, targets, layout.agent(fos.anyFactory(), sources.date(), diagnostics, blame, layout.tagged()), pdf);
    } catch (IFException e) {
      throw new IOException("the book's parts could not be joined: " + e.getMessage(), e);
    }
    return pdf.toByteArray();
  }

  private byte[] serialize(XdmNode fo) throws SaxonApiException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    Serializer serializer = processor.newSerializer(bytes);
    processor.writeXdmValue(fo, serializer);
    return bytes.toByteArray();
  }
}
