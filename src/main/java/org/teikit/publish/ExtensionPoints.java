package org.teikit.publish;

import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.QName;

/**
 * Where an edition's own XSLT module may change how teikit renders (README, "Extension points"):
 * named modes and named templates of teikit's stylesheets, each with a contract there, and the
 * version of that list a module declares it was written for. A point is renamed or changes its
 * contract only with a new major version.
 */
public enum ExtensionPoints {
  WEB("web", "web-stylesheet", "/xslt/html/edition.xsl", List.of(tk("html")), List.of(tk("metadata"), tk("document-header"))),
  PRINT("print", "print-stylesheet", "/xslt/fo/edition.xsl", List.of(tkfo("text")), List.of(tkfo("source-note"), tkfo("title-page")));

  /** The version of the extension points: major.minor; a module written for another major, or a newer minor, is refused. */
  public static final String VERSION = "0.1";
  public static final String TK = "https://teikit.org/ns/xslt";
  public static final String TKFO = "https://teikit.org/ns/xslt/fo";

  private final String edition;
  private final String setting;
  private final String entry;
  private final List<QName> modes;
  private final List<QName> templates;

  ExtensionPoints(String edition, String setting, String entry, List<QName> modes, List<QName> templates) {
    this.edition = edition;
    this.setting = setting;
    this.entry = entry;
    this.modes = modes;
    this.templates = templates;
  }

  /** "web" or "print". */
  public String edition() {
    return edition;
  }

  /** The setting in edition.xml that names the module. */
  public String setting() {
    return setting;
  }

  /** teikit's entry stylesheet the module is imported over, on the class path. */
  public String entry() {
    return entry;
  }

  public boolean isMode(QName name) {
    return modes.contains(name);
  }

  public boolean isTemplate(QName name) {
    return templates.contains(name);
  }

  /** Whether a name is in one of teikit's namespaces, which a module may use only at declared points. */
  public static boolean isTeikits(String namespace) {
    return namespace.startsWith("https://teikit.org/ns/");
  }

  /** The declared points, for messages: "mode tk:html, template tk:metadata". */
  public String listed() {
    return String.join(", ", Stream.concat(modes.stream().map(m -> "mode " + prefixed(m)),
        templates.stream().map(t -> "template " + prefixed(t))).toList());
  }

  /** The first mode, the one a module's templates for elements go in. */
  public String elementMode() {
    return prefixed(modes.get(0));
  }

  private static String prefixed(QName name) {
    return (name.getNamespace().equals(TK) ? "tk:" : "tkfo:") + name.getLocalName();
  }

  private static QName tk(String local) {
    return new QName(TK, local);
  }

  private static QName tkfo(String local) {
    return new QName(TKFO, local);
  }
}
