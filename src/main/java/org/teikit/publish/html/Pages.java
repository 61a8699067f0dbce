package org.teikit.publish.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;

/**
 * Writes the pages a transformation returns: each {@code tk:output} element holds one page and
 * the path it goes to, relative to the edition's folder. Anything else returned is handed back
 * (facts, the entity summary).
 */
final class Pages {
  private static final QName OUTPUT = new QName(HtmlPublisher.NS, "output");

  private Pages() {}

  /**
   * What a transformation produced: the paths of the pages written (relative to the folder) and
   * the other elements it returned.
   */
  record Written(List<String> pages, List<XdmNode> rest) {}

  /**
   * Writes the pages into {@code dir}. A page replaces a file already there rather than writing
   * into it: the file may be a hard link into the previous site (see {@link PageCache}).
   */
  static Written write(Processor processor, XdmValue result, Path dir) throws IOException, SaxonApiException {
    List<String> pages = new ArrayList<>();
    List<XdmNode> rest = new ArrayList<>();
    for (XdmItem item : result) {
      if (!(item instanceof XdmNode node)) {
        continue;
      }
      XdmNode element = node.getNodeKind() == XdmNodeKind.DOCUMENT ? firstElement(node) : node;
      if (element == null) {
        continue;
      }
      if (OUTPUT.equals(element.getNodeName())) {
        Path file = inside(dir, element.attribute("href"));
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        pages.add(element.attribute("href"));
        XdmNode page = firstElement(element);
        try (OutputStream out = Files.newOutputStream(file)) {
          Serializer serializer = processor.newSerializer(out);
          serializer.setOutputProperty(Serializer.Property.METHOD, "xhtml");
          serializer.setOutputProperty(Serializer.Property.HTML_VERSION, "5");
          serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
          serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
          serializer.setOutputProperty(Serializer.Property.INCLUDE_CONTENT_TYPE, "no");
          serializer.setOutputProperty(Serializer.Property.INDENT, "no");
          serializer.setOutputProperty(Serializer.Property.DOCTYPE_SYSTEM, "about:legacy-compat");
          serializer.serializeNode(page);
        }
      } else {
        rest.add(element);
      }
    }
    return new Written(List.copyOf(pages), rest);
  }

  /** The file for a page path; a path that would leave the folder is refused. */
  static Path inside(Path dir, String href) throws IOException {
    if (href == null || href.isEmpty() || href.startsWith("/") || href.contains("\\")) {
      throw new IOException("the stylesheet asked for an unsafe output path: " + href);
    }
    Path file = dir.resolve(href).normalize();
    if (!file.startsWith(dir.normalize()) || file.equals(dir.normalize())) {
      throw new IOException("the stylesheet asked for an output path outside the site: " + href);
    }
    return file;
  }

  private static XdmNode firstElement(XdmNode parent) {
    for (XdmNode child : parent.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        return child;
      }
    }
    return null;
  }
}
