package org.teikit.publish.html;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.transform.stream.StreamResult;
import net.sf.saxon.event.PipelineConfiguration;
import net.sf.saxon.event.Receiver;
import net.sf.saxon.event.SequenceReceiver;
import net.sf.saxon.om.AttributeMap;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.NamespaceMap;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.NodeName;
import net.sf.saxon.s9api.Location;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.serialize.SerializationProperties;
import net.sf.saxon.str.UnicodeString;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.tree.tiny.TinyBuilder;
import net.sf.saxon.type.SchemaType;
import org.teikit.publish.Folders;

/**
 * Receives a transformation's result as it is made: each {@code tk:output} element (a page and
 * the path it goes to, relative to the edition's folder) is serialized straight into its file,
 * so that no page is built as a tree only to be walked once for writing; any other element
 * (facts, the entity summary) is built into a document of its own and handed back.
 *
 * <p>A page replaces a file already there rather than writing into it: the file may be a hard
 * link into the store of kept results (see {@link PageCache}). {@link #close()} closes a page left open
 * by a failed transformation.
 */
final class PageStream extends SequenceReceiver {
  private static final NamespaceUri NS = NamespaceUri.of(HtmlPublisher.NS);

  private final Path dir;
  private final List<String> pages = new ArrayList<>();
  private final List<XdmNode> rest = new ArrayList<>();
  /** Depth of elements inside the current top-level item; 0 between items. */
  private int depth;
  /** Where the events of the current item go: a page's serializer or a tree builder. */
  private Receiver target;
  private TinyBuilder builder;
  private OutputStream file;

  PageStream(PipelineConfiguration pipe, Path dir) {
    super(pipe);
    this.dir = dir;
  }

  /** The paths of the pages written, relative to the folder. */
  List<String> pages() {
    return List.copyOf(pages);
  }

  /** The other elements of the result, each the root element of a document of its own. */
  List<XdmNode> rest() {
    return List.copyOf(rest);
  }

  @Override
  public void startDocument(int properties) {
    // the result sequence's own document node, or one inlined into an item: nothing to write
  }

  @Override
  public void endDocument() {}

  @Override
  public void startElement(NodeName name, SchemaType type, AttributeMap attributes, NamespaceMap namespaces,
      Location location, int properties) throws XPathException {
    if (depth++ > 0) {
      target.startElement(name, type, attributes, namespaces, location, properties);
    } else if (name.hasURI(NS) && name.getLocalPart().equals("output")) {
      openPage(attributes.getValue(NamespaceUri.NULL, "href"));
    } else {
      builder = new TinyBuilder(getPipelineConfiguration());
      target = builder;
      target.open();
      target.startDocument(0);
      target.startElement(name, type, attributes, namespaces, location, properties);
    }
  }

  @Override
  public void endElement() throws XPathException {
    if (--depth > 0 || builder != null) {
      target.endElement();
    }
    if (depth == 0) {
      finishItem();
    }
  }

  @Override
  public void characters(UnicodeString chars, Location location, int properties) throws XPathException {
    if (depth > 0) {
      target.characters(chars, location, properties);
    }
  }

  @Override
  public void processingInstruction(String name, UnicodeString data, Location location, int properties)
      throws XPathException {
    if (depth > 0) {
      target.processingInstruction(name, data, location, properties);
    }
  }

  @Override
  public void comment(UnicodeString content, Location location, int properties) throws XPathException {
    if (depth > 0) {
      target.comment(content, location, properties);
    }
  }

  @Override
  public void append(Item item, Location location, int copyNamespaces) throws XPathException {
    if (item instanceof NodeInfo) {
      decompose(item, location, copyNamespaces);
    } else if (depth > 0) {
      target.characters(item.getUnicodeStringValue(), location, 0);
    }
  }

  /** Closes a page a failed transformation left open (see {@link Pages#write}, which then deletes it). */
  @Override
  public void close() {
    if (file != null) {
      try {
        file.close();
      } catch (IOException ignored) {
        // the partial page is deleted by Pages.write
      }
      file = null;
    }
  }

  private void openPage(String href) throws XPathException {
    try {
      Path path = Pages.inside(dir, href);
      Folders.ensure(path.getParent());
      Files.deleteIfExists(path);
      file = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
      pages.add(href);
      target = getConfiguration().getSerializerFactory().getReceiver(new StreamResult(file),
          new SerializationProperties(Pages.HTML_OUTPUT));
      target.open();
      target.startDocument(0);
    } catch (IOException e) {
      throw new XPathException(e.getMessage());
    }
  }

  private void finishItem() throws XPathException {
    target.endDocument();
    target.close();
    if (builder != null) {
      rest.add(new XdmNode(builder.getCurrentRoot()).children().iterator().next());
      builder = null;
    } else {
      close();
    }
    target = null;
  }
}
