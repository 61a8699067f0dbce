package org.teikit.publish.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/**
 * What a rendered document leaves for the next build, so that an unchanged document is neither
 * parsed nor transformed again. Each edition folder of a site holds, in {@value #FOLDER} (a
 * dot-folder, out of readers' way, swapped in and out with the site so that it always describes
 * the pages beside it), per document: {@code NAME.entry}, a few lines (format, the key of the
 * document's inputs, the digest of its facts, its files), and {@code NAME.facts.xml}, its facts.
 * A later build whose key for that document is the same links those files into its new site
 * (hard links: pages are never written in place, so the old and the new site cannot alter each
 * other) and reads the facts. Anything unexpected in an entry means: render again.
 */
final class PageCache {
  static final String FOLDER = ".teikit-html";
  private static final String FORMAT = "teikit-html-cache 1";

  private final XmlContext xml;

  PageCache(XmlContext xml) {
    this.xml = xml;
  }

  /** Records a rendered document's files and facts in the new site's edition folder. */
  void store(Path dir, String name, String key, List<String> files, XdmNode facts) throws IOException {
    byte[] bytes = serialize(facts);
    Path folder = dir.resolve(FOLDER);
    Files.createDirectories(folder);
    Files.write(folder.resolve(name + ".facts.xml"), bytes);
    StringBuilder entry = new StringBuilder(FORMAT).append('\n')
        .append("key ").append(key).append('\n')
        .append("facts ").append(ContentDigest.of(bytes)).append('\n');
    files.forEach(file -> entry.append("file ").append(file).append('\n'));
    Files.writeString(folder.resolve(name + ".entry"), entry, StandardCharsets.UTF_8);
  }

  /**
   * When {@code previous} holds an entry for the document with this key, links its files into
   * {@code dir} and returns its facts; otherwise (no entry, another key, a foreign or damaged
   * entry) leaves {@code dir} as it was and returns nothing.
   */
  Optional<XdmNode> reuse(Path previous, Path dir, String name, String key) {
    List<Path> made = new ArrayList<>();
    try {
      Optional<Entry> entry = Entry.read(previous.resolve(FOLDER).resolve(name + ".entry"));
      if (entry.isEmpty() || !entry.get().key().equals(key)) {
        return Optional.empty();
      }
      byte[] facts = Files.readAllBytes(previous.resolve(FOLDER).resolve(name + ".facts.xml"));
      if (!ContentDigest.of(facts).equals(entry.get().facts())) {
        return Optional.empty();
      }
      List<String> files = new ArrayList<>(entry.get().files());
      files.add(FOLDER + "/" + name + ".entry");
      files.add(FOLDER + "/" + name + ".facts.xml");
      for (String file : files) {
        made.add(link(Pages.inside(previous, file), Pages.inside(dir, file)));
      }
      return Optional.of(parse(facts, dir.resolve(FOLDER).resolve(name + ".facts.xml")));
    } catch (IOException | UncheckedIOException | SaxonApiException | IllegalArgumentException e) {
      undo(made);
      return Optional.empty();
    }
  }

  private static Path link(Path from, Path to) throws IOException {
    if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("not a file of the previous site: " + from);
    }
    Files.createDirectories(to.getParent());
    try {
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
    return to;
  }

  private static void undo(List<Path> made) {
    for (Path file : made) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // the file stays; the document is rendered over it (pages are replaced, never written into)
      }
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

  /** The facts element, in a document of its own as a fresh transformation returns it. */
  private XdmNode parse(byte[] facts, Path file) throws SaxonApiException {
    InputSource input = new InputSource(new ByteArrayInputStream(facts));
    input.setSystemId(file.toUri().toString());
    XdmNode document = xml.processor().newDocumentBuilder().build(new SAXSource(xml.parsers().newReader(false), input));
    for (XdmNode child : document.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        return child;
      }
    }
    throw new IllegalArgumentException("no facts in " + file);
  }

  /** An entry's lines. */
  private record Entry(String key, String facts, List<String> files) {
    static Optional<Entry> read(Path file) throws IOException {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 3 || !lines.get(0).equals(FORMAT)) {
        return Optional.empty();
      }
      String key = field(lines.get(1), "key ");
      String facts = field(lines.get(2), "facts ");
      List<String> files = lines.subList(3, lines.size()).stream().map(line -> field(line, "file ")).toList();
      return Optional.of(new Entry(key, facts, files));
    }

    private static String field(String line, String prefix) {
      if (!line.startsWith(prefix)) {
        throw new IllegalArgumentException("not a cache entry line: " + line);
      }
      return line.substring(prefix.length());
    }
  }
}
