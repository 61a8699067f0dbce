package org.teikit.publish;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.store.Key;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.UnreadableDocument;
import org.teikit.xml.XmlContext;

/**
 * An edition's own XSLT module for the web or print edition (README, "Extension points"): named
 * by a setting in edition.xml, read from the edition's folder only, checked by
 * {@link ModuleCheck}, and compiled once for the edition in a small stylesheet that imports
 * teikit's entry stylesheet and then the module, so that the module's templates win at the
 * points it overrides. A module that fails a check or does not compile is reported as an error
 * and left out: the edition is published with teikit's stylesheets.
 *
 * @param stylesheet the compiled stylesheet with the module, when there is one that passed
 * @param findings why a module was left out
 */
public record OwnModule(Optional<XsltExecutable> stylesheet, List<Diagnostic> findings) {
  public static final OwnModule NONE = new OwnModule(Optional.empty(), List.of());

  /**
   * The module {@code edition} (edition.xml's tree, read from {@code editionFile}) names for
   * {@code points}' edition, checked and compiled; {@link #NONE} when it names none.
   */
  public static OwnModule of(XmlContext xml, ExtensionPoints points, Optional<Path> editionFile, XdmValue edition) {
    if (editionFile.isEmpty() || !(edition instanceof XdmNode tree)) {
      return NONE;
    }
    Optional<XdmNode> label = setting(xml, tree, points.setting());
    if (label.isEmpty()) {
      return NONE;
    }
    String named = label.get().getStringValue().strip();
    Path folder = editionFile.get().toAbsolutePath().normalize().getParent();
    Optional<Path> file = inside(folder, named);
    if (file.isEmpty()) {
      return refused(Diagnostic.error(editionFile.get(), label.get().getLineNumber(), label.get().getColumnNumber(),
          Check.PUBLISH, Catalogue.text("module.not-a-file", points.setting(), named)));
    }
    try {
      // parsed as documents are, safely, a malformed one reported at its line
      XdmNode module = DocumentTrees.parsing(xml).tree(file.get());
      List<Diagnostic> errors = ModuleCheck.check(file.get(), module, points);
      return errors.isEmpty() ? compile(xml, points, file.get()) : new OwnModule(Optional.empty(), errors);
    } catch (UnreadableDocument e) {
      return refused(e.diagnostic());
    }
  }

  /**
   * What the pages or books of an edition in {@code folder} depend on beyond its documents: the
   * XSLT files in it (any of them may be a module or become one), by name and content.
   */
  public static String filesKey(Path folder) throws IOException {
    Key key = Key.of("edition modules");
    if (!Files.isDirectory(folder)) {
      return key.hex();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      // a link is not followed: a module must be a file of the edition's own (see inside), and a
      // link named .xsl to a file outside the edition must not be read, not even to be hashed
      for (Path f : files.filter(p -> p.toString().endsWith(".xsl") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .sorted().toList()) {
        key.add("name", folder.relativize(f).toString()).addBytes("content", Files.readAllBytes(f));
      }
    }
    return key.hex();
  }

  /** Whether {@code folder} holds any XSLT file, which a module would be: without one, edition.xml need not be read for it. */
  public static boolean anyIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(p -> p.toString().endsWith(".xsl"));
    }
  }

  private static OwnModule refused(Diagnostic why) {
    return new OwnModule(Optional.empty(), List.of(why));
  }

  /** The file {@code named} from {@code folder}, where a symbolic link leads counting: inside the folder only. */
  private static Optional<Path> inside(Path folder, String named) {
    try {
      Path source = folder.resolve(named).normalize();
      return source.startsWith(folder) && Files.isRegularFile(source)
          && source.toRealPath().startsWith(folder.toRealPath()) ? Optional.of(source) : Optional.empty();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Optional<XdmNode> setting(XmlContext xml, XdmNode edition, String name) {
    try {
      XPathCompiler xpath = xml.processor().newXPathCompiler();
      xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
      xpath.declareVariable(new QName("name"));
      XPathSelector select = xpath.compile("(/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:appInfo"
          + "/tei:application[@ident eq 'teikit']/tei:label[@type eq $name][normalize-space()])[1]").load();
      select.setContextItem(edition);
      select.setVariable(new QName("name"), new XdmAtomicValue(name));
      XdmItem found = select.evaluateSingle();
      return found instanceof XdmNode node ? Optional.of(node) : Optional.empty();
    } catch (SaxonApiException e) {
      throw new IllegalStateException("the setting's XPath does not compile", e);
    }
  }

  /** teikit's entry stylesheet, then the module: the later import wins where both have a template. */
  private static OwnModule compile(XmlContext xml, ExtensionPoints points, Path module) {
    List<Diagnostic> errors = new ArrayList<>();
    try {
      URL entry = OwnModule.class.getResource(points.entry());
      if (entry == null) {
        throw new IllegalStateException("teikit's stylesheet " + points.entry() + " is missing from the build");
      }
      String wrapper = """
          <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
            <xsl:import href="%s"/>
            <xsl:import href="%s"/>
          </xsl:stylesheet>""".formatted(entry.toURI(), module.toUri());
      XsltCompiler compiler = xml.processor().newXsltCompiler();
      compiler.setErrorReporter(error -> errors.add(located(error, module)));
      // the wrapper stands beside the entry, among teikit's own resources, which may import it
      String beside = entry.toString().replaceFirst("[^/]*$", "edition-module.xsl");
      return new OwnModule(Optional.of(compiler.compile(new StreamSource(new StringReader(wrapper), beside))), List.of());
    } catch (SaxonApiException e) {
      List<Diagnostic> found = errors.isEmpty()
          ? List.of(Diagnostic.error(module, 0, 0, Check.PUBLISH, Catalogue.text("module.broken", e.getMessage())))
          : errors.stream().filter(Diagnostic::isError).toList();
      return new OwnModule(Optional.empty(), found);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a system id (file:/… or file:///…) names {@code file}. */
  private static boolean isFile(String systemId, Path file) {
    try {
      return systemId != null && systemId.startsWith("file:")
          && Path.of(java.net.URI.create(systemId)).equals(file.toAbsolutePath().normalize());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Diagnostic located(XmlProcessingError error, Path module) {
    var at = error.getLocation();
    boolean inModule = at != null && isFile(at.getSystemId(), module);
    String message = Catalogue.text("module.broken", error.getMessage());
    return error.isWarning()
        ? Diagnostic.warning(module, inModule ? at.getLineNumber() : 0, inModule ? at.getColumnNumber() : 0, Check.PUBLISH, message)
        : Diagnostic.error(module, inModule ? at.getLineNumber() : 0, inModule ? at.getColumnNumber() : 0, Check.PUBLISH, message);
  }
}
