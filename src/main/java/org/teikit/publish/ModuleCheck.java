package org.teikit.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.saxon.om.NamespaceResolver;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;

/**
 * Checks an edition's XSLT module before it is compiled: it says which version of the extension
 * points it was written for, and overrides nothing of teikit's but declared points (its
 * templates' modes and names); what else it declares is named in its own namespace. Each
 * departure is an error at its line and column.
 */
final class ModuleCheck {
  static final String XSL = "http://www.w3.org/1999/XSL/Transform";
  static final QName VERSION = new QName(ExtensionPoints.TK, "teikit-version");
  /** Top-level declarations a module may make; the others (import, include, output...) change more than a point. */
  private static final Set<String> ALLOWED = Set.of("template", "function", "variable", "param", "key", "mode", "accumulator");

  private final Path file;
  private final ExtensionPoints points;
  private final List<Diagnostic> findings = new ArrayList<>();

  private ModuleCheck(Path file, ExtensionPoints points) {
    this.file = file;
    this.points = points;
  }

  /** The errors of the module read as {@code document} (with line numbers) from {@code file}. */
  static List<Diagnostic> check(Path file, XdmNode document, ExtensionPoints points) {
    ModuleCheck check = new ModuleCheck(file, points);
    XdmNode root = document;
    for (XdmNode child : document.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        root = child;
      }
    }
    check.root(root);
    return List.copyOf(check.findings);
  }

  private void root(XdmNode root) {
    QName name = root.getNodeName();
    if (name == null || !name.getNamespace().equals(XSL) || !Set.of("stylesheet", "transform").contains(name.getLocalName())) {
      error(root, Catalogue.text("module.not-xslt", name == null ? "none" : name.getClarkName()));
      return;
    }
    version(root);
    String defaultMode = root.getAttributeValue(new QName("default-mode"));
    for (XdmNode child : root.children()) {
      if (child.getNodeKind() != XdmNodeKind.ELEMENT || !child.getNodeName().getNamespace().equals(XSL)) {
        continue; // data elements of the module's own are ignored by XSLT
      }
      String kind = child.getNodeName().getLocalName();
      if (!ALLOWED.contains(kind)) {
        error(child, Catalogue.text("module.not-allowed", kind));
      } else if (kind.equals("template")) {
        template(child, defaultMode);
      } else {
        own(child, kind, child.getAttributeValue(new QName("name")));
      }
    }
  }

  private void version(XdmNode root) {
    String declared = root.getAttributeValue(VERSION);
    if (declared == null) {
      error(root, Catalogue.text("module.no-version", ExtensionPoints.VERSION));
      return;
    }
    String[] ours = ExtensionPoints.VERSION.split("\\.");
    String[] theirs = declared.strip().split("\\.");
    boolean fits = declared.strip().matches("\\d+(\\.\\d+)?") && theirs[0].equals(ours[0])
        && (theirs.length == 1 || Integer.parseInt(theirs[1]) <= Integer.parseInt(ours[1]));
    if (!fits) {
      error(root, Catalogue.text("module.version", declared.strip(), ExtensionPoints.VERSION));
    }
  }

  private void template(XdmNode template, String defaultMode) {
    String name = template.getAttributeValue(new QName("name"));
    if (name != null) {
      QName q = resolve(template, name);
      if (q != null && ExtensionPoints.isTeikits(q.getNamespace()) && !points.isTemplate(q)) {
        error(template, Catalogue.text("module.undeclared", "template", name, points.edition(), points.listed()));
      }
    }
    if (template.getAttributeValue(new QName("match")) == null) {
      return;
    }
    String modes = template.getAttributeValue(new QName("mode"));
    for (String mode : (modes != null ? modes : defaultMode != null ? defaultMode : "#default").strip().split("\\s+")) {
      QName q = mode.startsWith("#") ? null : resolve(template, mode);
      if (mode.startsWith("#")) {
        // the unnamed mode and #all reach teikit's own templates, no point of their own
        error(template, Catalogue.text("module.default-mode", points.elementMode()));
      } else if (q != null && ExtensionPoints.isTeikits(q.getNamespace()) && !points.isMode(q)) {
        error(template, Catalogue.text("module.undeclared", "mode", mode, points.edition(), points.listed()));
      }
    }
  }

  /** A function, variable, parameter, key, mode or accumulator: named in the module's own namespace. */
  private void own(XdmNode declaration, String kind, String name) {
    if (name == null) {
      return; // an unnamed xsl:mode declares the default mode's properties: refused as a template for it would be
    }
    QName q = resolve(declaration, name);
    if (q != null && ExtensionPoints.isTeikits(q.getNamespace())) {
      error(declaration, Catalogue.text("module.teikit-name", kind, name));
    }
  }

  /** A lexical QName resolved against the element's namespaces (no default namespace, as XSLT reads names); null when its prefix is unbound. */
  private QName resolve(XdmNode element, String lexical) {
    String name = lexical.strip();
    if (name.startsWith("Q{")) {
      int end = name.indexOf('}');
      return new QName(name.substring(2, end), name.substring(end + 1));
    }
    int colon = name.indexOf(':');
    if (colon < 0) {
      return new QName("", name);
    }
    NamespaceResolver namespaces = element.getUnderlyingNode().getAllNamespaces();
    var uri = namespaces.getURIForPrefix(name.substring(0, colon), false);
    return uri == null ? null : new QName(uri.toString(), name.substring(colon + 1));
  }

  private void error(XdmNode at, String message) {
    findings.add(Diagnostic.error(file, at.getLineNumber(), at.getColumnNumber(), Check.PUBLISH, message));
  }
}
