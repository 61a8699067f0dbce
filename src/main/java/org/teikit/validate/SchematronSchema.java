package org.teikit.validate;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.DiagnosticSink;
import org.teikit.diagnostic.Severity;

/**
 * A compiled Schematron schema: runs on a document's tree and turns each failed assert and
 * successful report of the SVRL output into a diagnostic at the line of the node it is about.
 */
final class SchematronSchema implements TreeSchema {
  static final String SVRL_NS = "http://purl.oclc.org/dsdl/svrl";
  /** The namespace of the single-pass compiler's findings (see schematron-single-pass.xsl). */
  static final String FINDINGS_NS = "https://teikit.org/ns/validate";
  private static final QName ID = new QName("id");
  private static final QName PATTERN = new QName("pattern");
  private static final QName ROLE = new QName("role");
  private static final QName LOCATION = new QName("location");

  private final SchemaRef ref;
  private final SchematronValidators validators;
  private final XPathCompiler locations;
  private final Map<String, XPathExecutable> compiledLocations = new ConcurrentHashMap<>();
  private final TimeBound bound;

  SchematronSchema(SchemaRef ref, SchematronValidators validators, XPathCompiler locations, TimeBound bound) {
    this.ref = ref;
    this.validators = validators;
    this.locations = locations;
    this.bound = bound;
  }

  @Override
  public SchemaRef ref() {
    return ref;
  }

  @Override
  public void check(XdmNode document, Path file, DiagnosticSink sink) {
    XdmNode svrl;
    // made here, read here once the bound passed (its finding is volatile)
    StopPoints.Stopper stopper = new StopPoints.Stopper();
    try {
      svrl = bound.run(() -> results(document, stopper));
    } catch (java.util.concurrent.TimeoutException e) {
      String rule = stopper.stoppedIn();
      sink.add(TimeBound.finding(file, rule == null ? Messages.get("sch.timeout-schema", ref.displayName(), bound.shown())
          : Messages.get("sch.timeout-rule", rule, "", ref.displayName(), bound.shown())));
      return;
    } catch (Exception e) {
      sink.add(Diagnostic.error(file, 0, 0, Check.SCH,
          Messages.get("schema.broken", ref.displayName(), Messages.plain(e.getMessage()))));
      return;
    }
    String pattern = null;
    for (XdmNode item : svrl.select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
      if (item.getNodeKind() != XdmNodeKind.ELEMENT || !SVRL_NS.equals(item.getNodeName().getNamespace())) {
        continue;
      }
      switch (item.getNodeName().getLocalName()) {
        case "active-pattern" -> pattern = item.getAttributeValue(ID);
        case "failed-assert", "successful-report" -> sink.add(finding(item, pattern, document, file));
        default -> { }
      }
    }
    for (XdmNode item : svrl.select(net.sf.saxon.s9api.streams.Steps.descendant(FINDINGS_NS, "finding")).toList()) {
      sink.add(finding(item, item.getAttributeValue(PATTERN), document, file));
    }
  }

  /**
   * The schema's output on the document: SVRL, or the single-pass compiler's findings; {@code
   * stopper} stops it when the time bound passes.
   */
  private XdmNode results(XdmNode document, StopPoints.Stopper stopper) throws SaxonApiException {
    Xslt30Transformer transformer = validators.forDocument(document).load30();
    StopPoints.enable(transformer, stopper);
    transformer.setGlobalContextItem(document);
    XdmDestination out = new XdmDestination();
    transformer.applyTemplates(document, out);
    return out.getXdmNode();
  }

  private Diagnostic finding(XdmNode result, String pattern, XdmNode document, Path file) {
    XdmNode node = locate(document, result.getAttributeValue(LOCATION));
    return diagnostic(node, file, result.getAttributeValue(ROLE), result.getAttributeValue(ID), pattern, text(result));
  }

  /**
   * A finding about {@code node} (null when unknown): at its line, or its element's for an
   * attribute or text, in the file it came from (an XInclude'd file has its own).
   */
  static Diagnostic diagnostic(XdmNode node, Path file, String role, String id, String pattern, String message) {
    XdmNode at = node == null || node.getNodeKind() == XdmNodeKind.ELEMENT || node.getParent() == null
        ? node : node.getParent();
    int line = at == null ? 0 : at.getLineNumber();
    int column = at == null ? 0 : at.getColumnNumber();
    Path where = at == null || at.getUnderlyingNode().getSystemId() == null
        ? file : SaxErrors.fileOf(at.getUnderlyingNode().getSystemId(), file);
    return new Diagnostic(where, line, column, severity(role), Check.SCH, code(id, pattern), role,
        message.strip().replaceAll("\\s+", " "));
  }

  private XdmNode locate(XdmNode document, String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    try {
      XPathExecutable path = compiledLocations.computeIfAbsent(location, this::compileLocation);
      if (path == null) {
        return null;
      }
      var selector = path.load();
      selector.setContextItem(document);
      XdmItem hit = selector.evaluateSingle();
      return hit instanceof XdmNode node ? node : null;
    } catch (SaxonApiException e) {
      return null;
    }
  }

  private XPathExecutable compileLocation(String location) {
    try {
      return locations.compile(location);
    } catch (SaxonApiException notAPath) {
      return null;
    }
  }

  private static String text(XdmNode result) {
    for (XdmNode child : result.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT && "text".equals(child.getNodeName().getLocalName())) {
        return child.getStringValue();
      }
    }
    return result.getStringValue();
  }

  /** The assertion's own id; otherwise its pattern's id, shortened the way TEI names them. */
  static String code(String assertionId, String patternId) {
    if (assertionId != null && !assertionId.isBlank()) {
      return assertionId;
    }
    if (patternId == null || patternId.isBlank()) {
      return null;
    }
    return patternId.replaceFirst("^tei_\\w+?-", "").replaceFirst("-constraint-(rule|assert|report)-\\d+$", "");
  }

  static Severity severity(String role) {
    if (role == null) {
      return Severity.ERROR;
    }
    return switch (role.strip().toLowerCase(Locale.ROOT)) {
      case "warning", "warn", "nonfatal" -> Severity.WARNING;
      case "info", "information" -> Severity.INFO;
      default -> Severity.ERROR;
    };
  }
}
