package org.teikit.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.teikit.xml.SafeParsers;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the xml:ids of files that pointers lead to but that were not validated in this run
 * (edition.xml when one document is validated alone). Each file is read at most once.
 */
final class IdScanner {
  private final SafeParsers parsers;
  private final List<Path> roots;
  private final Map<Path, Optional<Set<String>>> scanned = new ConcurrentHashMap<>();

  IdScanner(SafeParsers parsers, List<Path> roots) {
    this.parsers = parsers;
    this.roots = roots;
  }

  /** The file's ids; empty when it lies outside the run's folders or cannot be parsed. */
  Optional<Set<String>> idsOf(Path file) {
    return scanned.computeIfAbsent(file.toAbsolutePath().normalize(), this::scan);
  }

  private Optional<Set<String>> scan(Path file) {
    if (roots.stream().noneMatch(file::startsWith)) {
      return Optional.empty();
    }
    Set<String> ids = new HashSet<>();
    XMLReader reader = parsers.newReader(true, roots);
    reader.setContentHandler(new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String qName, Attributes atts) {
        String id = atts.getValue(ReferenceCollector.XML_NS, "id");
        if (id != null) {
          ids.add(id.strip());
        }
      }
    });
    try {
      reader.parse(parsers.document(file));
      return Optional.of(Set.copyOf(ids));
    } catch (IOException | SAXException | org.teikit.xml.UnsafeResourceException unreadable) {
      return Optional.empty();
    }
  }
}
