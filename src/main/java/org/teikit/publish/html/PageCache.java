package org.teikit.publish.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teikit.xml.XmlContext;
import org.xml.sax.InputSource;
import org.teikit.store.Key;

/**
 * What a rendered document leaves for the next build, so that an unchanged document is neither
 * parsed nor transformed again: a result in the store beside the site (see {@link Shelf}), under
 * the key of the document's inputs, holding {@value #ENTRY} (a {@link CacheEntry}: the document's
 * name, the digest and size of its facts, the size of its search part, its files),
 * {@value #FACTS}, its facts, {@value #SEARCH}, its share of the search index as text (so that a
 * reused document's text is neither parsed as XML nor split into words again), and its pages
 * under {@value #SITE}. A later build whose key for that document is the same links those pages
 * into its new site, and reads the facts and the search part only if the edition-wide pages or
 * the search index must be made again (see {@link SharedPages}).
 */
final class PageCache {
  static final String ENTRY = "entry";
  static final String SITE = "site";
  private static final String FACTS = "facts.xml";
  private static final String SEARCH = "search";
  private static final String DAMAGED = " (the output folder's cache is damaged; --clean renders everything again)";

  private final XmlContext xml;

  PageCache(XmlContext xml) {
    this.xml = xml;
  }

  /**
   * A reused document's name (facts/@name), facts, the digest of their stored form, share of the
   * search index, and the files it linked into the site; the facts and the search part are read
   * when first asked for.
   */
  record Stored(String name, Lazy<XdmNode> facts, String factsDigest, Lazy<SearchPart> search, List<String> files) {}

  /** Keeps a rendered document's pages (in {@code dir}), facts and search part. */
  String store(Shelf shelf, Path dir, String name, String key, List<String> files, XdmNode facts, SearchPart search)
      throws IOException {
    byte[] factBytes = serialize(facts);
    byte[] searchBytes = search.text().getBytes(StandardCharsets.UTF_8);
    String factsDigest = Key.content(factBytes);
    if (shelf.keeps()) {
      shelf.put("pages of " + name, key, folder -> {
        Files.write(folder.resolve(FACTS), factBytes);
        Files.write(folder.resolve(SEARCH), searchBytes);
        CacheEntry.linkAll(dir, folder.resolve(SITE), files);
        new CacheEntry(CacheEntry.fields("name", search.name(), "facts", factsDigest,
            "facts-size", String.valueOf(factBytes.length), "search-size", String.valueOf(searchBytes.length)), files)
            .write(folder.resolve(ENTRY));
      });
    }
    return factsDigest;
  }

  /**
   * When the store keeps the document's result under this key, links its pages into {@code dir}
   * and returns its facts and search part, read when first asked for; otherwise (not kept,
   * a foreign or damaged result) leaves {@code dir} as it was and returns nothing. The kept files
   * are checked by their sizes, not read: a build that reuses the edition-wide pages and the
   * search index never reads them.
   */
  Optional<Stored> reuse(Shelf shelf, Path dir, String name, String key) {
    Optional<Path> kept = shelf.find("pages of " + name, key);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Path folder = kept.get();
    try {
      Optional<CacheEntry> found = CacheEntry.read(folder.resolve(ENTRY));
      if (found.isEmpty()) {
        return Optional.empty();
      }
      CacheEntry entry = found.get();
      Path facts = folder.resolve(FACTS);
      Path search = folder.resolve(SEARCH);
      if (Files.size(facts) != Long.parseLong(entry.field("facts-size"))
          || Files.size(search) != Long.parseLong(entry.field("search-size"))) {
        return Optional.empty();
      }
      CacheEntry.linkAll(folder.resolve(SITE), dir, entry.files());
      return Optional.of(new Stored(entry.field("name"), Lazy.of(() -> parse(facts)), entry.field("facts"),
          Lazy.of(() -> readSearch(search)), entry.files()));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] serialize(XdmNode facts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    Serializer serializer = xml.processor().newSerializer(out);
    serializer.setOutputProperty(Serializer.Property.METHOD, "xml");
    serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
    serializer.setOutputProperty(Serializer.Property.INDENT, "no");
    try {
      serializer.serializeNode(facts.getNodeKind() == XdmNodeKind.DOCUMENT ? facts : facts.getParent());
    } catch (SaxonApiException e) {
      throw new IOException("cannot store the document's facts: " + Diagnostics.message(e), e);
    }
    return out.toByteArray();
  }

  /**
   * The facts element, in a document of its own as a fresh transformation returns it. The bytes
   * have the digest this build's teikit wrote them with, so failing here is a broken teikit.
   */
  private XdmNode parse(Path file) {
    try {
      InputSource input = new InputSource(new ByteArrayInputStream(Files.readAllBytes(file)));
      input.setSystemId(file.toUri().toString());
      XdmNode document = xml.processor().newDocumentBuilder().build(new SAXSource(xml.parsers().newReader(false), input));
      for (XdmNode child : document.children()) {
        if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
          return child;
        }
      }
    } catch (SaxonApiException e) {
      throw new PublishException("the stored facts " + file + " cannot be read: " + Diagnostics.message(e) + DAMAGED, e);
    } catch (IOException e) {
      throw new PublishException("the stored facts " + file + " cannot be read: " + e.getMessage() + DAMAGED, e);
    }
    throw new PublishException("no facts in " + file + DAMAGED);
  }

  private static SearchPart readSearch(Path search) {
    try {
      return SearchPart.parse(Files.readString(search, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw new PublishException("the stored search part " + search + " cannot be read: " + e.getMessage() + DAMAGED, e);
    }
  }
}
