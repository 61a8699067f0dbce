package org.teikit.publish.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teikit.xml.XmlContext;
import org.xml.sax.InputSource;
import org.teikit.publish.Folders;
import org.teikit.store.Key;

/**
 * What a rendered document leaves for the next build, so that an unchanged document is neither
 * parsed nor transformed again. Each edition folder of a site holds, in {@value #FOLDER} (a
 * dot-folder, out of readers' way, swapped in and out with the site so that it always describes
 * the pages beside it), per document: {@code NAME.entry} (a {@link CacheEntry}: the key of the
 * document's inputs, its name, the digest and size of its facts, the size of its search part,
 * its files), {@code NAME.facts.xml}, its facts, and {@code NAME.search}, its share of the search
 * index as text (so that a reused document's text is neither parsed as XML nor split into words
 * again). A later build whose key for that document is the same links those files into its new
 * site, and reads the facts and the search part only if the edition-wide pages or the search
 * index must be made again (see {@link SharedPages}).
 */
final class PageCache {
  static final String FOLDER = ".teikit-html";
  private static final String ENTRY = ".entry";
  private static final String FACTS = ".facts.xml";
  private static final String SEARCH = ".search";
  private static final String DAMAGED = " (the output folder's cache is damaged; --clean renders everything again)";

  private final XmlContext xml;

  PageCache(XmlContext xml) {
    this.xml = xml;
  }

  /**
   * A reused document's name (facts/@name), facts, the digest of their stored form, and share
   * of the search index; the facts and the search part are read when first asked for.
   */
  record Stored(String name, Lazy<XdmNode> facts, String factsDigest, Lazy<SearchPart> search) {}


  /** Records a rendered document's files, facts and search part in the new site's edition folder. */
  String store(Path dir, String name, String key, List<String> files, XdmNode facts, SearchPart search)
      throws IOException {
    byte[] factBytes = serialize(facts);
    byte[] searchBytes = search.text().getBytes(StandardCharsets.UTF_8);
    Path folder = dir.resolve(FOLDER);
    Folders.ensure(folder);
    Files.write(folder.resolve(name + FACTS), factBytes);
    Files.write(folder.resolve(name + SEARCH), searchBytes);
    String factsDigest = Key.content(factBytes);
    new CacheEntry(CacheEntry.fields("key", key, "name", search.name(), "facts", factsDigest,
        "facts-size", String.valueOf(factBytes.length), "search-size", String.valueOf(searchBytes.length)), files)
        .write(folder.resolve(name + ENTRY));
    return factsDigest;
  }

  /**
   * When {@code previous} holds an entry for the document with this key, links its files into
   * {@code dir} and returns its facts and search part, read from the new site when first asked
   * for; otherwise (no entry, another key, a foreign or damaged entry) leaves {@code dir} as it
   * was and returns nothing. The stored files are checked by their sizes, not read: a build that
   * reuses the edition-wide pages and the search index never reads them.
   */
  Optional<Stored> reuse(Path previous, Path dir, String name, String key) {
    Path folder = previous.resolve(FOLDER);
    try {
      Optional<CacheEntry> found = CacheEntry.read(folder.resolve(name + ENTRY));
      if (found.isEmpty() || !found.get().field("key").equals(key)) {
        return Optional.empty();
      }
      CacheEntry entry = found.get();
      if (Files.size(folder.resolve(name + FACTS)) != Long.parseLong(entry.field("facts-size"))
          || Files.size(folder.resolve(name + SEARCH)) != Long.parseLong(entry.field("search-size"))) {
        return Optional.empty();
      }
      List<String> files = new ArrayList<>(entry.files());
      for (String own : List.of(ENTRY, FACTS, SEARCH)) {
        files.add(FOLDER + "/" + name + own);
      }
      CacheEntry.linkAll(previous, dir, files);
      Path facts = dir.resolve(FOLDER).resolve(name + FACTS);
      Path search = dir.resolve(FOLDER).resolve(name + SEARCH);
      return Optional.of(new Stored(entry.field("name"), Lazy.of(() -> parse(facts)), entry.field("facts"),
          Lazy.of(() -> readSearch(search))));
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
