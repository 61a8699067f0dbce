package org.teikit.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The rules of an ISO Schematron schema as plain data, for {@link XPathSchematron}: what the
 * single-pass stylesheet compiler (schematron-single-pass.xsl) turns into template rules, read the
 * same way (rules in schema order, each with its pattern's number, lets, assertions, messages).
 */
record SchematronRules(Map<String, String> namespaces, List<Let> globals, List<Rule> rules) {

  /** XSLT's own functions: a schema that calls one needs a stylesheet, not XPath alone. */
  private static final Pattern XSLT_FUNCTION = Pattern.compile("(?<![\\w.:\\-])(key|document|system-property"
      + "|unparsed-entity-uri|unparsed-entity-public-id|regex-group|current-group|current-grouping-key"
      + "|current-merge-group|current-merge-key|current-output-uri|function-available|element-available"
      + "|type-available|available-system-properties|accumulator-before|accumulator-after|copy-of|snapshot)"
      + "\\s*\\(");

  /** An {@code sch:let}: a variable. */
  record Let(String name, String value) {}

  /**
   * An {@code sch:rule}.
   *
   * @param pattern its pattern's number: within a pattern only the first rule that matches fires
   * @param namespaces the prefixes its expressions may use (the schema's sch:ns, then its own)
   * @param patternLets its pattern's variables, evaluated (as ISO Schematron says) on the document
   * @param lets its own variables, evaluated on the node it fires on
   */
  record Rule(int pattern, String patternId, String context, Map<String, String> namespaces,
      List<Let> patternLets, List<Let> lets, List<Assertion> assertions) {}

  /** An {@code sch:assert} (fails when the test is false) or {@code sch:report} (when true). */
  record Assertion(boolean report, String id, String role, String test, List<MessagePart> message) {}

  /** A piece of an assertion's message. */
  sealed interface MessagePart {}

  record Text(String text) implements MessagePart {}

  /** {@code sch:name}: the name of the node {@code path} selects. */
  record Name(String path) implements MessagePart {}

  /** {@code sch:value-of}. */
  record ValueOf(String select) implements MessagePart {}

  /**
   * The rules of {@code schema} (an {@code sch:schema} document the single-pass compiler
   * accepts), or empty when an expression calls a function only XSLT has or a rule has no
   * context (the stylesheet compilers then run it, or say what is wrong with it).
   */
  static Optional<SchematronRules> read(XdmNode schema) {
    XdmNode root = children(schema, "schema").findFirst().orElse(null);
    if (root == null) {
      return Optional.empty();
    }
    Map<String, String> namespaces = new LinkedHashMap<>();
    namespaces.put("xs", "http://www.w3.org/2001/XMLSchema");
    children(root, "ns").forEach(ns -> namespaces.put(ns.attribute("prefix"), ns.attribute("uri")));
    List<Rule> rules = new ArrayList<>();
    Map<XdmNode, Integer> patternsSeen = new java.util.HashMap<>();
    for (XdmNode pattern : descendants(root, "pattern").toList()) {
      // numbered among its siblings, as the single-pass compiler numbers them
      int number = patternsSeen.merge(pattern.getParent(), 1, Integer::sum);
      List<Let> patternLets = lets(pattern);
      children(pattern, "rule").forEach(rule -> rules.add(rule(rule, number, pattern.attribute("id"), namespaces, patternLets)));
    }
    SchematronRules read = new SchematronRules(Map.copyOf(namespaces), lets(root), List.copyOf(rules));
    boolean needsStylesheet = read.rules().stream().anyMatch(rule -> rule.context() == null)
        || read.expressions().anyMatch(e -> XSLT_FUNCTION.matcher(e).find());
    return needsStylesheet ? Optional.empty() : Optional.of(read);
  }

  private static Rule rule(XdmNode rule, int pattern, String patternId, Map<String, String> schemaNamespaces,
      List<Let> patternLets) {
    Map<String, String> namespaces = new LinkedHashMap<>(schemaNamespaces);
    rule.axisIterator(Axis.NAMESPACE).forEachRemaining(ns -> {
      String prefix = ns.getNodeName() == null ? "" : ns.getNodeName().getLocalName();
      if (!prefix.isEmpty() && !prefix.equals("xml")) {
        namespaces.put(prefix, ns.getStringValue());
      }
    });
    List<Assertion> assertions = children(rule, "assert", "report").map(a -> new Assertion(
        "report".equals(a.getNodeName().getLocalName()), a.attribute("id"), a.attribute("role"),
        a.attribute("test"), message(a))).toList();
    return new Rule(pattern, patternId, rule.attribute("context"), Map.copyOf(namespaces), patternLets, lets(rule),
        assertions);
  }

  /** As the single-pass compiler reads a message: text that is not only whitespace, names, values. */
  private static List<MessagePart> message(XdmNode parent) {
    List<MessagePart> parts = new ArrayList<>();
    for (XdmNode child : parent.children()) {
      if (child.getNodeKind() == XdmNodeKind.TEXT && !child.getStringValue().isBlank()) {
        parts.add(new Text(child.getStringValue()));
      } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        parts.addAll(element(child));
      }
    }
    return parts;
  }

  private static List<MessagePart> element(XdmNode element) {
    boolean schematron = SchemaKind.ISO_SCHEMATRON_NS.equals(element.getNodeName().getNamespace());
    String name = element.getNodeName().getLocalName();
    if (schematron && name.equals("name")) {
      String path = element.attribute("path");
      return List.of(new Name(path == null ? "." : path));
    } else if (schematron && name.equals("value-of")) {
      return List.of(new ValueOf(element.attribute("select")));
    }
    return message(element);
  }

  private static List<Let> lets(XdmNode parent) {
    return children(parent, "let").map(let -> new Let(let.attribute("name"),
        let.attribute("value") == null ? "()" : let.attribute("value"))).toList();
  }

  /** Every XPath expression and pattern of the schema. */
  private Stream<String> expressions() {
    Stream<String> global = globals.stream().map(Let::value);
    Stream<String> perRule = rules.stream().flatMap(rule -> Stream.concat(
        Stream.of(rule.context()), Stream.concat(Stream.concat(rule.patternLets().stream(), rule.lets().stream()).map(Let::value),
            rule.assertions().stream().flatMap(a -> Stream.concat(Stream.of(a.test()),
                a.message().stream().map(SchematronRules::expression))))));
    return Stream.concat(global, perRule).filter(java.util.Objects::nonNull);
  }

  private static String expression(MessagePart part) {
    if (part instanceof Name name) {
      return name.path();
    }
    return part instanceof ValueOf value ? value.select() : null;
  }

  private static Stream<XdmNode> children(XdmNode parent, String... names) {
    return parent.select(net.sf.saxon.s9api.streams.Steps.child()).filter(n -> isSchematron(n, names));
  }

  private static Stream<XdmNode> descendants(XdmNode parent, String name) {
    return parent.select(net.sf.saxon.s9api.streams.Steps.descendant(SchemaKind.ISO_SCHEMATRON_NS, name));
  }

  private static boolean isSchematron(XdmNode node, String... names) {
    return node.getNodeKind() == XdmNodeKind.ELEMENT
        && SchemaKind.ISO_SCHEMATRON_NS.equals(node.getNodeName().getNamespace())
        && List.of(names).contains(node.getNodeName().getLocalName());
  }
}
