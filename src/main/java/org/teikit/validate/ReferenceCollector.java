package org.teikit.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.DiagnosticSink;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/** Gathers xml:ids, pointer attributes and prefixDefs from the event stream. */
final class ReferenceCollector extends DefaultHandler {
  static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  /** TEI attributes whose values are pointers (teidata.pointer), checked item by item. */
  static final Set<String> POINTER_ATTRIBUTES = Set.of(
      "ref", "corresp", "who", "target", "wit", "resp", "hand", "source", "facs", "ana", "sameAs",
      "synch", "next", "prev", "copyOf", "start", "end", "scribeRef", "scriptRef", "spanTo",
      "exclude", "select", "domains", "inst", "mutual", "active", "passive", "origin", "decls",
      "scheme", "rendition", "new", "calendar", "datingMethod", "datingPoint", "lemmaRef", "nymRef",
      "edRef", "mergedIn", "targetEnd", "perspective");

  private final Path file;
  private final DiagnosticSink sink;
  private final Map<String, int[]> idLocations = new HashMap<>();
  private final List<References.Pointer> pointers = new ArrayList<>();
  private final Map<String, References.PrefixDef> prefixes = new LinkedHashMap<>();
  private Locator locator;
  private String lastSystemId;
  private Path lastFile;

  ReferenceCollector(Path file, DiagnosticSink sink) {
    this.file = file;
    this.sink = sink;
  }

  References result() {
    return new References(Set.copyOf(idLocations.keySet()), List.copyOf(pointers), Map.copyOf(prefixes));
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    Path where = currentFile();
    int line = locator.getLineNumber();
    int column = locator.getColumnNumber();
    String id = atts.getValue(XML_NS, "id");
    if (id != null) {
      recordId(id.strip(), where, line, column);
    }
    if (!TEI_NS.equals(uri)) {
      return;
    }
    for (int i = 0; i < atts.getLength(); i++) {
      if (atts.getURI(i).isEmpty() && POINTER_ATTRIBUTES.contains(atts.getLocalName(i))) {
        pointers.add(new References.Pointer(atts.getLocalName(i), atts.getValue(i), where, line, column));
      }
    }
    if ("prefixDef".equals(localName)) {
      recordPrefix(atts, where, line, column);
    }
  }

  /** The file the current element stands in: the document, or a file it includes. */
  private Path currentFile() {
    String systemId = locator.getSystemId();
    if (lastFile == null || !java.util.Objects.equals(systemId, lastSystemId)) {
      lastSystemId = systemId;
      lastFile = SaxErrors.fileOf(systemId, file);
    }
    return lastFile;
  }

  private void recordId(String id, Path where, int line, int column) {
    int[] first = idLocations.putIfAbsent(id, new int[] {line, column});
    if (first != null) {
      sink.add(Diagnostic.error(where, line, column, Check.REF, Messages.get("ref.duplicate-id", id, first[0])));
    }
  }

  private void recordPrefix(Attributes atts, Path where, int line, int column) {
    String ident = atts.getValue("ident");
    String match = atts.getValue("matchPattern");
    String replacement = atts.getValue("replacementPattern");
    if (ident == null || match == null || replacement == null) {
      return;
    }
    try {
      References.PrefixDef def = new References.PrefixDef(ident, Pattern.compile(match), replacement);
      String problem = def.problem();
      if (problem != null) {
        sink.add(Diagnostic.error(where, line, column, Check.REF, "prefixDef \"" + ident + "\": " + problem));
        return;
      }
      prefixes.putIfAbsent(ident, def);
    } catch (PatternSyntaxException e) {
      sink.add(Diagnostic.error(where, line, column, Check.REF,
          "prefixDef \"" + ident + "\" has an invalid matchPattern: " + e.getDescription()));
    }
  }
}
