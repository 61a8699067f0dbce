package org.teikit.publish.pdf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.teikit.edition.Edition;
import org.teikit.store.SourceDigests;
import org.teikit.publish.images.ImageFiles;
import org.teikit.store.Key;

/**
 * What a book's bytes depend on, as one digest per book: the TEI sources it is made of (content,
 * not timestamps), its name and number, the options, the user's fonts and teikit itself (its jar,
 * which holds the stylesheets and the bundled fonts' versions). Equal keys, equal books: a book
 * whose key a previous run recorded is copied, not rendered.
 */
final class BookKeys {
  private static volatile String teikit;

  private final String run;
  private final SourceDigests sources;

  /** @param sources the run's digests of the sources, of which the keys are made */
  BookKeys(PdfOptions options, SourceDigests sources) throws IOException {
    this.sources = sources;
    Key d = Key.of("pdf run").add("teikit", teikitItself());
    d.add("layout", options.layout().parameter()).add("pdfa", Boolean.toString(options.pdfa()))
        .add("tagged", Boolean.toString(options.tagged())).add("facsimiles", Boolean.toString(options.facsimiles()))
        .add("apparatus", options.apparatus().parameter())
        .add("date", options.buildDate().map(Object::toString).orElse(""))
        .add("SOURCE_DATE_EPOCH", Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")).orElse(""));
    for (Path dir : options.fontDirs()) {
      addFontFolder(d, dir);
    }
    this.run = d.hex();
  }

  /** The whole-edition book: every document in order, edition.xml, the book's name. */
  String edition(Edition edition, String target) throws IOException {
    Key d = common(edition, "edition", target);
    for (Path document : edition.documents()) {
      d.add("document", document.getFileName().toString()).add("content", file(document));
    }
    return d.hex();
  }

  /** A document's booklet: the document, its number in the edition, edition.xml. */
  String document(Edition edition, Path document, int number, String target) throws IOException {
    return common(edition, "document", target).add("number", Integer.toString(number))
        .add("document", document.getFileName().toString()).add("content", file(document)).hex();
  }

  /**
   * A part of a parted book: its FO (which holds everything from the sources that its layout
   * depends on), the kind of FOP factory that sets it, and this run's options, fonts and teikit.
   */
  String part(byte[] fo, boolean complexScripts) {
    return Key.of("pdf part").add("run", run).add("complex", Boolean.toString(complexScripts)).addBytes("fo", fo).hex();
  }

  /**
   * The inputs of a document's part of a parted book, which decide its FO: the document (name,
   * content, number, first page), edition.xml, the book's date and name, what the part reads from
   * the other documents ({@code context}, see {@link FoMaker#partContext}), this run's options,
   * fonts and teikit. A part laid out for the same inputs is reused without making its FO again.
   */
  String documentPart(Book book, BookRenderer.Sources sources, Part part, String context) throws IOException {
    Path document = sources.files().get(part.number() - book.firstNumber());
    return common(book.edition(), "document-part", book.path())
        .add("first-number", Integer.toString(book.firstNumber())).add("number", Integer.toString(part.number()))
        .add("first-page", Integer.toString(part.firstPage()))
        .add("document", document.getFileName().toString()).add("content", file(document))
        .add("date", sources.date().toString()).add("context", context).hex();
  }

  private Key common(Edition edition, String scope, String target) throws IOException {
    Key d = Key.of("pdf book").add("run", run).add("scope", scope).add("target", target)
        .add("edition", edition.name());
    d.add("edition.xml", edition.editionFile().isPresent() ? file(edition.editionFile().get()) : "");
    if (edition.editionFile().isPresent()) {
      // the edition's own print module, if it has one, is among them
      d.add("xslt", org.teikit.publish.OwnModule.filesKey(edition.folder()));
    }
    // the figures and plates a book embeds (org.teikit.publish.images)
    d.add("images", ImageFiles.stamp(edition.folder()));
    return d;
  }

  private String file(Path file) throws IOException {
    return sources.of(file);
  }

  /** User fonts by name, size and time: a font folder may hold gigabytes that are never used. */
  private static void addFontFolder(Key d, Path dir) throws IOException {
    d.add("fonts", dir.toAbsolutePath().normalize().toString());
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path font : walk.filter(Files::isRegularFile).sorted().toList()) {
        d.add(font.toString(), Files.size(font) + " " + Files.getLastModifiedTime(font).toMillis());
      }
    }
  }

  /** teikit itself (see {@link Key#teikit}) and the fonts it bundles. */
  private static String teikitItself() {
    String known = teikit;
    if (known == null) {
      Key d = Key.of("teikit and its fonts").teikit();
      FontSet.bundledUris().stream().map(URI::toString).sorted().forEach(u -> d.add("font", u));
      known = d.hex();
      teikit = known;
    }
    return known;
  }
}
