package org.teikit.publish.images;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Severity;

/**
 * The images a TEI document names ({@code graphic}, and {@code media} of an image type), each
 * with where its url points and where it stands in the source.
 */
public final class ImageReferences {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";
  /** The code of the findings, after the check: {@code [publish/image]}. */
  static final String CODE = "image";

  /**
   * One reference: the element's position, where its url points, and whether it is a page image
   * (a graphic of a facsimile's surface, shown zoomable beside the text).
   */
  public record Reference(int line, int column, ImageLocation location, boolean page) {}

  private final Path source;
  private final List<Reference> references;

  private ImageReferences(Path source, List<Reference> references) {
    this.source = source;
    this.references = references;
  }

  /** The references in {@code document}, read from {@code source}, resolved against its folder. */
  public static ImageReferences of(XdmNode document, Path source) {
    Path folder = source.toAbsolutePath().normalize().getParent();
    List<Reference> found = new ArrayList<>();
    document.select(Steps.descendant()).filter(ImageReferences::isImage).forEach(e ->
        found.add(new Reference(e.getLineNumber(), e.getColumnNumber(),
            ImageLocation.of(folder, e.attribute("url")), isPage(e))));
    return new ImageReferences(source, List.copyOf(found));
  }

  public List<Reference> all() {
    return references;
  }

  /**
   * Whether the document's pages depend on more than its text: a local image (found or not) or
   * a page image (whose viewer is copied into the site with them).
   */
  public boolean dependsOnFiles() {
    return references.stream().anyMatch(r -> r.page() || r.location().kind() != ImageLocation.Kind.REMOTE);
  }

  /** Whether any reference is a page image. */
  boolean anyPage() {
    return references.stream().anyMatch(Reference::page);
  }

  /** A warning for each image that is missing or refused, at its element. */
  public List<Diagnostic> findings() {
    List<Diagnostic> findings = new ArrayList<>();
    for (Reference r : references) {
      String key = switch (r.location().kind()) {
        case MISSING -> "image.missing";
        case REFUSED -> "image.refused";
        default -> null;
      };
      if (key != null) {
        findings.add(finding(r, Catalogue.text(key, r.location().url())));
      }
    }
    return findings;
  }

  /** A warning at {@code reference}'s element. */
  Diagnostic finding(Reference reference, String message) {
    return new Diagnostic(source, reference.line(), reference.column(), Severity.WARNING, Check.PUBLISH, CODE, null,
        message);
  }

  private static boolean isPage(XdmNode graphic) {
    return graphic.select(Steps.ancestor()).anyMatch(a -> a.getNodeName() != null
        && TEI.equals(a.getNodeName().getNamespace()) && a.getNodeName().getLocalName().equals("facsimile"));
  }

  private static boolean isImage(XdmNode node) {
    if (node.getNodeKind() != XdmNodeKind.ELEMENT || !TEI.equals(node.getNodeName().getNamespace())
        || node.attribute("url") == null) {
      return false;
    }
    String name = node.getNodeName().getLocalName();
    String type = node.attribute("mimeType");
    return name.equals("graphic") || name.equals("media") && type != null && type.strip().startsWith("image/");
  }
}
