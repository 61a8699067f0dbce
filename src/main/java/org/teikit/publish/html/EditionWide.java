package org.teikit.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.diagnostic.Catalogue;
import org.teikit.edition.Edition;
import org.teikit.publish.Folders;
import org.teikit.search.IndexClock;
import org.teikit.work.Fork;
import org.teikit.work.Pool;

/**
 * An edition's edition-wide pages (home, indexes, search, conventions), its assets and its
 * search index: a reduce over its published documents. The pages come from the documents'
 * facts only, so when no entity, title or date changed they are taken from the store of kept
 * results; the search index holds the documents' text as well and is taken over only when no
 * document changed.
 */
final class EditionWide {
  private static final String ENTITIES = "entities.json";

  private final Supplier<HtmlStylesheets> stylesheets;
  /** The run's threads, which read the documents' shares of the index and their facts side by side. */
  private final Pool pool;
  private final HtmlOptions options;
  private final InputKeys keys;

  EditionWide(Supplier<HtmlStylesheets> stylesheets, HtmlOptions options, InputKeys keys, Pool pool) {
    this.stylesheets = stylesheets;
    this.pool = pool;
    this.options = options;
    this.keys = keys;
  }

  /** What the edition-wide files say of the edition: to its collection, and to its editor. */
  record Written(EditionSummary about, Unrendered unrendered) {}

  /** Writes the edition-wide files of {@code published} documents. */
  Written write(DocumentStep.Place place, List<DocumentStep.Published> published) throws IOException {
    // in the order of the documents' names, whatever order they were done in
    List<DocumentStep.Published> documents = new ArrayList<>(published);
    documents.sort(Comparator.comparing(DocumentStep.Published::name));
    List<String> names = documents.stream().map(DocumentStep.Published::name).toList();
    boolean allStored = documents.stream().allMatch(o -> o.keys().isPresent());
    Optional<String> pagesKey = allStored ? Optional.of(pagesKey(place, documents)) : Optional.empty();

    Optional<String> searchKey = searchKey(pagesKey, documents);
    boolean searchReused = searchKey.flatMap(k -> SharedPages.SEARCH.reuse(place.shelf(), place.dir(), k))
        .isPresent();
    // the search index's words and segments are made while the pages are
    Optional<Fork<SearchIndex.Merged>> search = searchReused ? Optional.empty()
        : Optional.of(pool.fork(() -> IndexClock.time(() -> SearchIndex.merge(searchParts(documents)))));

    Optional<SharedPages.Kept> reused = pagesKey.flatMap(k -> SharedPages.EDITION.reuse(place.shelf(), place.dir(), k));
    EditionSummary about;
    Unrendered unrendered;
    String entities;
    if (reused.isPresent()) {
      about = EditionSummary.of(reused.get().entry());
      unrendered = Unrendered.of(reused.get().entry());
      entities = reused.get().data(ENTITIES);
    } else {
      Pages.Written site = renderPages(place, documents);
      XdmNode summary = site.rest().get(0);
      about = EditionSummary.of(summary, place.folder());
      unrendered = Unrendered.of(summary);
      entities = IndexClock.time(() -> SearchIndex.entities(summary, names));
      Map<String, String> fields = about.fields();
      fields.putAll(unrendered.fields());
      store(place, pagesKey, fields, entities, site.pages());
    }

    copyOwnFiles(place);
    if (search.isPresent()) {
      SearchIndex.Merged merged = search.get().join();
      String entityJson = entities;
      List<String> files = IndexClock.time(() -> SearchIndex.write(merged, entityJson, place.dir()));
      if (searchKey.isPresent()) {
        SharedPages.SEARCH.store(place.shelf(), place.dir(), searchKey.get(), Map.of(), files, Map.of());
      }
    }
    return new Written(about, unrendered);
  }

  /**
   * The key of the search index, which is taken over when the pages and every document are
   * unchanged: the pages' key and every document's input key.
   */
  private static Optional<String> searchKey(Optional<String> pagesKey, List<DocumentStep.Published> documents) {
    List<String> inputs = new ArrayList<>(List.of(pagesKey.orElse("")));
    documents.forEach(o -> o.keys().ifPresent(k -> inputs.add(k.input())));
    return pagesKey.map(k -> InputKeys.combined("search index", inputs));
  }

  /** The documents' shares of the search index; what was not read ahead (see SearchPrefetch) is read now. */
  private List<SearchPart> searchParts(List<DocumentStep.Published> documents) {
    return eachOnThePool(documents, d -> d.search().get());
  }

  /** From everything the edition-wide pages are made from: teikit, edition.xml, the facts. */
  private String pagesKey(DocumentStep.Place place, List<DocumentStep.Published> documents) {
    List<String> inputs = new ArrayList<>(List.of(keys.renderer(), place.editionKey(), place.folder(),
        String.valueOf(place.inCollection())));
    for (DocumentStep.Published o : documents) {
      inputs.add(o.name());
      inputs.add(o.keys().orElseThrow().facts());
    }
    return InputKeys.combined("edition-wide pages", inputs);
  }

  /** Runs the edition-wide transformation: its pages, then the entity summary it ends with. */
  private Pages.Written renderPages(DocumentStep.Place place, List<DocumentStep.Published> documents) throws IOException {
    List<XdmNode> facts = eachOnThePool(documents, o -> o.facts().get());
    try {
      Xslt30Transformer transformer = place.stylesheet(stylesheets.get()).load30();
      transformer.setErrorReporter(error -> { }); // the exception says it; Saxon's reporter adds a call stack
      transformer.setStylesheetParameters(place.withLanguage(Map.of(
          HtmlPublisher.param("facts"), new XdmValue(facts),
          HtmlPublisher.param("edition"), place.edition(),
          HtmlPublisher.param("document-name"), new XdmAtomicValue(Edition.EDITION_FILE),
          HtmlPublisher.param("folder-name"), new XdmAtomicValue(place.folder()),
          HtmlPublisher.param("in-collection"), new XdmAtomicValue(place.inCollection()),
          HtmlPublisher.param("base-url"), new XdmAtomicValue(options.baseUrl()))));
      return Pages.write(place.dir(), into -> transformer.callTemplate(HtmlPublisher.param("site"), into));
    } catch (SaxonApiException e) {
      throw new PublishException(Catalogue.text("html.index-pages-failed", Diagnostics.message(e)), e);
    }
  }

  /** {@code work} done on each document, side by side on the pool; the results in the documents' order. */
  private <T> List<T> eachOnThePool(List<DocumentStep.Published> documents, Function<DocumentStep.Published, T> work) {
    List<Fork<T>> forks = documents.stream().map(d -> pool.fork(() -> work.apply(d))).toList();
    return forks.stream().map(Fork::join).toList();
  }

  /** Copies the assets and records the pages, assets and entities for the next build. */
  private void store(DocumentStep.Place place, Optional<String> pagesKey, Map<String, String> fields, String entities,
      List<String> pages) throws IOException {
    List<String> files = new ArrayList<>(pages);
    files.addAll(copyAssets(place.dir()));
    if (pagesKey.isPresent()) {
      SharedPages.EDITION.store(place.shelf(), place.dir(), pagesKey.get(), fields, files, Map.of(ENTITIES, entities));
    }
  }

  /** The settings that name a file of the edition's own, copied into assets/edition/ (README, "Settings"). */
  static final List<String> OWN_FILES = List.of("stylesheet", "logo");

  /**
   * Copies the files the edition's settings name (its stylesheet, its logo) into
   * {@code assets/edition/}, on every run: what they hold is no part of the pages' key.
   */
  private void copyOwnFiles(DocumentStep.Place place) throws IOException {
    if (!(place.edition() instanceof XdmNode edition) || edition.getBaseURI() == null) {
      return;
    }
    Path folder = Path.of(edition.getBaseURI()).getParent().toAbsolutePath().normalize();
    for (String setting : OWN_FILES) {
      XdmValue value;
      try {
        value = stylesheets.get().executable().load30().callFunction(HtmlPublisher.param("setting"),
            new XdmValue[] {edition, new XdmAtomicValue(setting)});
      } catch (SaxonApiException e) {
        throw new PublishException(Catalogue.text("html.index-pages-failed", Diagnostics.message(e)), e);
      }
      if (value.isEmpty()) {
        continue;
      }
      String named = value.itemAt(0).getStringValue();
      Path source = folder.resolve(named).normalize();
      // where a symbolic link leads counts: a link in the edition's folder to a file outside it is
      // not copied into the site (nothing outside the inputs is read)
      if (!source.startsWith(folder) || !Files.isRegularFile(source)
          || !source.toRealPath().startsWith(folder.toRealPath())) {
        throw new PublishException(Catalogue.text("html.own-file-missing", setting, named));
      }
      String target = "assets/edition/" + source.getFileName();
      Folders.ensure(place.dir().resolve(target).getParent());
      Files.copy(source, place.dir().resolve(target), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static List<String> copyAssets(Path dir) throws IOException {
    List<String> copied = new ArrayList<>();
    for (String name : HtmlPublisher.ASSETS) {
      Path target = dir.resolve("assets").resolve(name);
      Folders.ensure(target.getParent());
      try (InputStream in = HtmlPublisher.class.getResourceAsStream("/xslt/html/assets/" + name)) {
        if (in == null) {
          throw new PublishException(Catalogue.text("html.asset-missing", name));
        }
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      copied.add("assets/" + name);
    }
    return copied;
  }
}
