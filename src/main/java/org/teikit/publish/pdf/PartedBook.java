package org.teikit.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.render.intermediate.IFException;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.work.Fork;
import org.teikit.work.Pool;

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

  /** A part placed in the book: laid out now or taken from the store under {@code key}. */
  private record Placed(String key, FopLayout.Laid part) {
    static final Placed NOTHING = new Placed("", new FopLayout.Laid(new byte[0], 0, MentionPages.none()));

    byte[] intermediate() {
      return part.intermediate();
    }

    int pages() {
      return part.pages();
    }
  }

  /** The id of a document's heading (tkfo:doc-id in xslt/fo/functions.xsl), which the contents link to. */
  private static String docId(int number) {
    return "tk-doc-" + number;
  }

  /** The run's threads, on which the front matter is placed beside the documents' parts. */
  private final Pool pool;

  PartedBook(Processor processor, FoMaker fos, FopLayout layout, BookKeys keys, Pool pool) {
    this.pool = pool;
    this.processor = processor;
    this.fos = fos;
    this.layout = layout;
    this.keys = keys;
  }

  /**
   * What every part of one book's setting shares: where its diagnostics go, and the file they
   * blame (the edition's, or a document's for that document's part).
   */
  private record Setting(Book book, BookRenderer.Sources sources, PartStore store, List<Diagnostic> diagnostics,
      Path blame) {
    Setting blaming(Path file) {
      return new Setting(book, sources, store, diagnostics, file);
    }
  }

  /** The documents' parts and the index, placed, with the first page (as printed) of each. */
  private record Body(List<byte[]> parts, Map<String, String> printed, int pages) {}

  /**
   * The book's PDF bytes, or empty when a part cannot be set (the diagnostics say why). When the
   * last run left its contents' page numbers, the front matter is set with them first and the
   * join runs beside the placing of the other parts; if the pages came out otherwise (a document
   * grew or shrank by a page), the front matter is set again and the parts joined again.
   */
  Optional<BookRenderer.Printed> render(Book book, BookRenderer.Sources sources, PartStore store,
      DocumentsPlaced placed, List<Diagnostic> diagnostics, Path blame)
      throws SaxonApiException, FOPException, IOException {
    // the join reports FOP's events from its own thread while the parts are placed on this one
    Setting setting = new Setting(book, sources, store, Collections.synchronizedList(diagnostics), blame);
    Optional<Map<String, String>> guess = store.lastContents();
    // the front matter with the last run's page numbers, set beside the documents' parts: the
    // join starts with it, but what it waits for is the changed document's part
    List<Diagnostic> frontDiagnostics = new ArrayList<>();
    Optional<Fork<Optional<Placed>>> front = guess.map(pages -> aside(() -> place(
        new Setting(book, sources, store, frontDiagnostics, blame), Part.front(pages), MentionPages.none())));
    Optional<PipedJoin> piped = front.map(f -> PipedJoin.start(f.future().thenApply(placedFront -> placedFront.map(
        p -> new PipedJoin.First(p.intermediate(), targets(guess.get(), p.pages())))), joinAgent(setting)));
    Optional<Body> body = body(setting, placed, piped, fos.partContext(book, sources));
    Optional<Placed> guessedFront = front.isEmpty() ? Optional.empty() : joined(front.get());
    setting.diagnostics().addAll(frontDiagnostics);
    if (front.isPresent() && guessedFront.isEmpty()) {
      piped.ifPresent(PipedJoin::abandon);
      return Optional.empty();
    }
    if (body.isEmpty() || !body.get().printed().equals(guess.orElse(null))) {
      piped.ifPresent(PipedJoin::abandon);
      guessedFront.ifPresent(f -> store.drop(f.key()));
    }
    if (body.isEmpty()) {
      return Optional.empty();
    }
    store.putContents(body.get().printed());
    if (piped.isPresent() && body.get().printed().equals(guess.get())) {
      return Optional.of(new BookRenderer.Printed(piped.get().finish(), guessedFront.get().pages() + body.get().pages()));
    }
    return inOrder(setting, body.get());
  }

  /** A part placed aside, as a fork on the pool. */
  private interface Placing {
    Optional<Placed> place() throws SaxonApiException, FOPException, IOException;
  }

  /** What placing a part aside threw, carried to the thread that joins it. */
  private static final class PlacingFailed extends RuntimeException {
    PlacingFailed(Exception cause) {
      super(cause);
    }
  }

  /**
   * {@code placing} forked on the pool: a pool thread sets it beside this one, or this one does
   * when it joins it first (with --jobs 1, always).
   */
  private Fork<Optional<Placed>> aside(Placing placing) {
    return pool.fork(() -> {
      try {
        return placing.place();
      } catch (SaxonApiException | FOPException | IOException e) {
        throw new PlacingFailed(e);
      }
    });
  }

  /** The part placed aside, its failure thrown here as it was thrown there. */
  private static Optional<Placed> joined(Fork<Optional<Placed>> placed)
      throws SaxonApiException, FOPException, IOException {
    try {
      return placed.join();
    } catch (PlacingFailed e) {
      if (e.getCause() instanceof SaxonApiException s) {
        throw s;
      } else if (e.getCause() instanceof FOPException f) {
        throw f;
      }
      throw (IOException) e.getCause();
    }
  }

  /** The front matter set with the body's page numbers, then every part joined in order. */
  private Optional<BookRenderer.Printed> inOrder(Setting setting, Body body)
      throws SaxonApiException, FOPException, IOException {
    Optional<Placed> front = place(setting, Part.front(body.printed()), MentionPages.none());
    if (front.isEmpty()) {
      return Optional.empty();
    }
    List<byte[]> parts = new ArrayList<>();
    parts.add(front.get().intermediate());
    parts.addAll(body.parts());
    byte[] pdf = join(setting, parts, targets(body.printed(), front.get().pages()));
    return Optional.of(new BookRenderer.Printed(pdf, front.get().pages() + body.pages()));
  }

  /** Places the documents' parts in order (each starts after the one before), then the index. */
  private Optional<Body> body(Setting setting, DocumentsPlaced placed, Optional<PipedJoin> piped, String context)
      throws SaxonApiException, FOPException, IOException {
    BookRenderer.Sources sources = setting.sources();
    List<byte[]> parts = new ArrayList<>();
    Map<String, String> printed = new LinkedHashMap<>(); // target → its first page as printed
    MentionPages mentions = MentionPages.none();
    int page = 1;
    for (int i = 0; i < sources.docs().size(); i++) {
      int number = setting.book().firstNumber() + i;
      Optional<Placed> doc = placeDocument(setting.blaming(sources.files().get(i)), Part.document(number, page),
          context);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      placed.placed(number);
      printed.put(docId(number), Integer.toString(page));
      parts.add(doc.get().intermediate());
      piped.ifPresent(p -> p.append(doc.get().intermediate()));
      mentions = mentions.then(doc.get().part().mentions());
      page += doc.get().pages();
    }
    // the index's page numbers link to the mentions in the documents' parts: the joiner needs their pages
    printed.putAll(mentions.anchorPages());
    Optional<Placed> index = place(setting, Part.index(page), mentions);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    if (index.get().pages() > 0) {
      printed.put("tk-index", Integer.toString(page));
      parts.add(index.get().intermediate());
      piped.ifPresent(p -> p.append(index.get().intermediate()));
    }
    return Optional.of(new Body(parts, printed, page - 1 + index.get().pages()));
  }

  /** The page index in the joined PDF of each target: the front's pages, then its printed page. */
  private static Map<String, Integer> targets(Map<String, String> printed, int frontPages) {
    Map<String, Integer> targets = new LinkedHashMap<>();
    printed.forEach((target, page) -> targets.put(target, frontPages + Integer.parseInt(page) - 1));
    return targets;
  }

  /**
   * A document's part: taken from the store by its inputs when a part was laid out for them
   * (without making its FO: most of a rebuild's parts are unchanged), else {@link #place}d.
   */
  private Optional<Placed> placeDocument(Setting setting, Part part, String context)
      throws SaxonApiException, FOPException, IOException {
    String inputs = keys.documentPart(setting.book(), setting.sources(), part, context);
    Optional<String> known = setting.store().partFor(inputs);
    Optional<FopLayout.Laid> stored = known.flatMap(setting.store()::find);
    if (stored.isPresent()) {
      return Optional.of(new Placed(known.get(), stored.get()));
    }
    Optional<Placed> placed = place(setting, part, MentionPages.none());
    if (placed.isPresent() && !placed.get().key().isEmpty()) {
      setting.store().rememberInputs(inputs, placed.get().key());
    }
    return placed;
  }

  /** The part laid out, or taken from the store when its FO is unchanged; empty when it cannot be set. */
  private Optional<Placed> place(Setting setting, Part part, MentionPages indexPages)
      throws SaxonApiException, FOPException, IOException {
    FoMaker.Fo fo = fos.make(setting.book(), setting.sources(), part, indexPages);
    if (!fo.ok()) {
      setting.diagnostics().addAll(fo.errors());
      return Optional.empty();
    }
    if (fo.tree().select(Steps.descendant(PAGE_SEQUENCE.getNamespace(), PAGE_SEQUENCE.getLocalName()))
        .findAny().isEmpty()) {
      return Optional.of(Placed.NOTHING); // nothing to print (an index without entries)
    }
    String key = keys.part(serialize(fo.tree()), fo.complexScripts());
    Optional<FopLayout.Laid> stored = setting.store().find(key);
    if (stored.isPresent()) {
      return Optional.of(new Placed(key, stored.get()));
    }
    List<Diagnostic> partDiagnostics = new ArrayList<>();
    FopLayout.Laid laid = layout.intermediate(fo.tree(), fo.factory(), setting.sources().date(), partDiagnostics,
        setting.blame());
    setting.diagnostics().addAll(partDiagnostics);
    if (partDiagnostics.stream().anyMatch(Diagnostic::isError)) {
      return Optional.empty();
    }
    setting.store().put(key, laid);
    return Optional.of(new Placed(key, laid));
  }

  private byte[] join(Setting setting, List<byte[]> parts, Map<String, Integer> targets)
      throws FOPException, IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
    try {
      PartJoiner.join(parts, targets, joinAgent(setting), pdf);
    } catch (IFException e) {
      throw new IOException(Catalogue.text("pdf.parts-unjoined", e.getMessage()), e);
    }
    return pdf.toByteArray();
  }

  private FOUserAgent joinAgent(Setting setting) {
    return layout.agent(fos.anyFactory(), setting.sources().date(), setting.diagnostics(), setting.blame(),
        layout.tagged());
  }

  private byte[] serialize(XdmNode fo) throws SaxonApiException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    Serializer serializer = processor.newSerializer(bytes);
    processor.writeXdmValue(fo, serializer);
    return bytes.toByteArray();
  }
}
