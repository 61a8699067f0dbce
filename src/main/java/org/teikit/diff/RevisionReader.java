package org.teikit.diff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.InputOutputException;
import org.teikit.xml.SafeParsers;
import org.teikit.xml.UnreadableDocument;
import org.teikit.xml.UnsafeResourceException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads a {@link Revision} with one of teikit's safe parsers (no XInclude, no external entity),
 * in one pass of SAX events. The parser's locator gives the place where each event ends; a run
 * of characters starts where the event before it ended, so each word's line:col is counted from
 * there (an entity reference comes as its own run and is placed at its {@code &}).
 */
public final class RevisionReader {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";

  /**
   * TEI elements whose start and end separate words even with no whitespace beside them: a note
   * is not part of the sentence it is attached to ({@code word.<note>Source: …}), and breaks and
   * blocks end a word unless a break says {@code break="no"}. Any other element may start or end
   * inside a word, so tagging part of a word does not change the words.
   */
  private static final Set<String> SEPARATING = Set.of("note", "lb", "pb", "cb", "gb", "milestone",
      "p", "ab", "div", "head", "item", "list", "cell", "row", "table", "l", "lg");

  private final SafeParsers parsers;

  public RevisionReader(SafeParsers parsers) {
    this.parsers = parsers;
  }

  /** The revision in {@code file}, which the resource policy must let through. */
  public Revision read(Path file) {
    InputSource input;
    try {
      input = parsers.document(file);
    } catch (UnsafeResourceException refused) {
      throw new UnreadableDocument(Diagnostic.error(file, 0, 0, Check.IO, refused.getMessage()));
    }
    long bytes;
    try {
      bytes = java.nio.file.Files.size(file);
    } catch (IOException e) {
      throw new InputOutputException(Catalogue.text("diff.unreadable", file, oneLine(String.valueOf(e.getMessage()))), e);
    }
    return parse(input, file, file.toString(), bytes);
  }

  /**
   * The revision held in {@code content} (a file's version at a git revision), named {@code label};
   * {@code place} is where the file lies in the working tree (for the base URI).
   */
  public Revision read(byte[] content, Path place, String label) {
    InputSource input = new InputSource(new ByteArrayInputStream(content));
    input.setSystemId(place.toAbsolutePath().normalize().toUri().toString());
    return parse(input, Path.of(label), label, content.length);
  }

  private Revision parse(InputSource input, Path file, String label, long bytes) {
    XMLReader reader = parsers.newReader(false);
    Handler handler = new Handler(bytes);
    reader.setContentHandler(handler);
    reader.setErrorHandler(handler);
    try {
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
      reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
      reader.parse(input);
    } catch (SAXParseException e) {
      throw new UnreadableDocument(Diagnostic.error(file, e.getLineNumber(), e.getColumnNumber(), Check.WF,
          oneLine(e.getMessage())));
    } catch (SAXException e) {
      throw new UnreadableDocument(Diagnostic.error(file, 0, 0, Check.WF, oneLine(String.valueOf(e.getMessage()))));
    } catch (IOException e) {
      throw new InputOutputException(Catalogue.text("diff.unreadable", label, oneLine(String.valueOf(e.getMessage()))), e);
    }
    return new Revision(label, handler.words, Collections.unmodifiableList(handler.elements));
  }

  /** Whitespace between words: XML's four characters, and any other space Unicode knows. */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b
          || (c >= 0x1c && c <= 0x1f);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s+", " ").strip();
  }

  /** Collects words and elements; tracks the place where the previous event ended. */
  private static final class Handler extends DefaultHandler2 {
    final Words words;
    final List<Revision.Element> elements = new ArrayList<>();
    /** Open elements: their index in {@link #elements}, or of their start data below. */
    private final List<Open> open = new ArrayList<>();
    private Locator locator;
    private int line = 1;
    private int column = 1;
    private final StringBuilder word = new StringBuilder();
    private int wordLine;
    private int wordColumn;

    /** A document of {@code bytes}: TEI has about one word in ten bytes, markup included. */
    Handler(long bytes) {
      words = new Words((int) Math.min(bytes / 10, 1 << 24));
    }

    private record Open(int index, String namespace, String localName, String name,
        Map<String, Revision.Attribute> attributes, int line, int column, int firstWord, int parent,
        boolean separating, StringBuilder content) {}

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      boolean separating = separates(uri, localName, atts);
      if (separating) {
        endWord();
      }
      // most elements carry no attribute, and a map apiece was a good share of what a read allocated
      Map<String, Revision.Attribute> attributes = atts.getLength() == 0 ? Map.of() : new LinkedHashMap<>();
      for (int i = 0; i < atts.getLength(); i++) {
        String ns = atts.getURI(i);
        String local = atts.getLocalName(i);
        String key = ns.isEmpty() ? local : XML.equals(ns) ? "xml:" + local : "{" + ns + "}" + local;
        attributes.put(key, new Revision.Attribute(atts.getQName(i), atts.getValue(i)));
      }
      int parent = open.isEmpty() ? -1 : open.get(open.size() - 1).index();
      int index = elements.size();
      elements.add(null); // its place, filled when it ends
      open.add(new Open(index, uri, localName, qName, attributes, line, column, words.size(), parent, separating,
          new StringBuilder()));
      moved();
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      Open start = open.remove(open.size() - 1);
      if (start.separating()) {
        endWord();
      }
      int end = words.size() + (word.length() > 0 ? 1 : 0);
      elements.set(start.index(), new Revision.Element(start.index(), start.namespace(), start.localName(), start.name(),
          start.attributes(), start.line(), start.column(), start.firstWord(), end, start.parent(),
          start.content().toString()));
      moved();
    }

    @Override
    public void endDocument() {
      endWord();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      for (int i = open.size() - 1; i >= 0; i--) {
        StringBuilder content = open.get(i).content();
        if (content.length() <= Revision.Element.KEPT) {
          content.append(ch, start, Math.min(length, Revision.Element.KEPT + 1 - content.length()));
        }
      }
      int end = start + length;
      int i = start;
      while (i < end) {
        // a run of word characters: taken whole, or added to the word a previous run began
        int from = i;
        int fromColumn = column;
        while (i < end && !isSpace(ch[i])) {
          i++;
          column++;
        }
        if (i > from && word.length() == 0 && i < end) {
          // the whole word lies in this run: the common case, made without a builder
          words.add(ch, from, i - from, line, fromColumn);
        } else if (i > from) {
          if (word.length() == 0) {
            wordLine = line;
            wordColumn = fromColumn;
          }
          word.append(ch, from, i - from);
        }
        if (i < end) {
          endWord();
          if (ch[i] == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
          i++;
        }
      }
      moved();
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      endWord();
      moved();
    }

    @Override
    public void processingInstruction(String target, String data) {
      moved();
    }

    @Override
    public void comment(char[] ch, int start, int length) {
      moved();
    }

    /**
     * An external entity is never read, and a revision read without it would lose its words
     * unnoticed: the document is refused at the declaration, as validation reports it.
     */
    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
      throw new SAXParseException(Catalogue.text("wf.external-entity", name, systemId == null ? publicId : systemId),
          locator);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void error(SAXParseException e) {}

    @Override
    public void warning(SAXParseException e) {}

    private void endWord() {
      if (word.length() > 0) {
        words.add(word, wordLine, wordColumn);
        word.setLength(0);
      }
    }

    /** The next event starts where the parser's locator says this one ended. */
    private void moved() {
      if (locator != null && locator.getLineNumber() > 0) {
        line = locator.getLineNumber();
        column = Math.max(1, locator.getColumnNumber());
      }
    }

    private static boolean separates(String uri, String localName, Attributes atts) {
      if (!TEI.equals(uri) || !SEPARATING.contains(localName)) {
        return false;
      }
      return !"no".equals(atts.getValue("", "break"));
    }
  }
}
