package org.teikit.validate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;

/**
 * One Schematron rule as XPath, compiled the first time a document offers it a node and then
 * shared by all threads: a rule no document meets costs nothing, which is what makes a schema of
 * a hundred rules cheap (Saxon-HE cannot keep compiled code between runs).
 *
 * <p>Each expression runs with the rule's variables bound in front of it, as the single-pass
 * stylesheet binds them in each template: {@code let $current := ., $schemaOrPattern := root(.)
 * ! (…), $rule := (…) return …}; XSLT's {@code current()} becomes {@code $current}.
 */
final class CompiledRule {
  private static final String CURRENT = "$Q{" + SchematronSchema.FINDINGS_NS + "}current";
  private static final Pattern CURRENT_CALL = Pattern.compile("(?<![\\w.:\\-$])current\\s*\\(\\s*\\)");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");

  /** The pattern, and the expression that lists the numbers (from 1) of the assertions that fail. */
  record Executables(XPathExecutable pattern, XPathExecutable failures) {}

  private static final Pattern QNAME = Pattern.compile("\\s*(?:([\\p{L}_][\\w.\\-]*):)?([\\p{L}_][\\w.\\-]*)\\s*");

  private final SchematronRules.Rule rule;
  /** The element a context such as {@code tei:p} names (namespace, local name), else null. */
  private final String[] element;
  private final List<SchematronRules.Let> globals;
  private final Processor processor;
  /** The schema's address: relative URIs in the rule (doc('codes.xml')) resolve against it. */
  private final java.net.URI base;
  private final Map<String, XPathExecutable> messages = new ConcurrentHashMap<>();
  private volatile Executables executables;
  private SaxonApiException failure;

  CompiledRule(SchematronRules.Rule rule, List<SchematronRules.Let> globals, Processor processor, java.net.URI base) {
    this.rule = rule;
    this.globals = globals;
    this.processor = processor;
    this.base = base;
    this.element = elementNamed(rule);
  }

  /**
   * Whether the node matches the rule's context, told without Saxon when the context is a bare
   * element name ({@code tei:p}, {@code tei:ref}: most of TEI's rules that fire); null when only
   * the compiled pattern can tell.
   */
  Boolean matchesByName(net.sf.saxon.om.NodeInfo node) {
    if (element == null) {
      return null;
    }
    return node.getNodeKind() == net.sf.saxon.type.Type.ELEMENT && element[1].equals(node.getLocalPart())
        && element[0].equals(node.getURI());
  }

  private static String[] elementNamed(SchematronRules.Rule rule) {
    Matcher name = QNAME.matcher(rule.context());
    if (!name.matches()) {
      return null;
    }
    String uri = name.group(1) == null ? "" : rule.namespaces().get(name.group(1));
    return uri == null ? null : new String[] {uri, name.group(2)};
  }

  SchematronRules.Rule rule() {
    return rule;
  }

  /** The rule's pattern and tests, compiled once. */
  Executables executables() throws SaxonApiException {
    Executables compiled = executables;
    return compiled != null ? compiled : compile();
  }

  private synchronized Executables compile() throws SaxonApiException {
    if (failure != null) {
      throw failure;
    }
    if (executables == null) {
      try {
        XPathCompiler xpath = compiler();
        executables = new Executables(xpath.compilePattern(rule.context()), stoppable(xpath.compile(bound(failures()))));
      } catch (SaxonApiException e) {
        failure = e;
        throw e;
      }
    }
    return executables;
  }

  /** A message part's expression ({@code sch:name}, {@code sch:value-of}), compiled on first use. */
  XPathExecutable message(String expression) throws SaxonApiException {
    XPathExecutable compiled = messages.get(expression);
    if (compiled == null) {
      compiled = stoppable(compiler().compile(bound(expression)));
      messages.put(expression, compiled);
    }
    return compiled;
  }

  /** The expression with stop points in its loops, so that the time bound can end it (see {@link StopPoints}). */
  private static XPathExecutable stoppable(XPathExecutable compiled) {
    StopPoints.insert(compiled.getUnderlyingExpression().getInternalExpression());
    return compiled;
  }

  /** {@code (if (not(test1)) then 1 else (), if ((test2)) then 2 else (), …)}. */
  private String failures() {
    StringBuilder tests = new StringBuilder("(");
    List<SchematronRules.Assertion> assertions = rule.assertions();
    for (int i = 0; i < assertions.size(); i++) {
      SchematronRules.Assertion a = assertions.get(i);
      tests.append(i == 0 ? "" : ", ").append("if (").append(a.report() ? "(" : "not(").append(a.test())
          .append(")) then ").append(i + 1).append(" else ()");
    }
    return tests.append(")").toString();
  }

  /** The expression with the schema's and the rule's variables bound before it. */
  private String bound(String expression) {
    StringBuilder let = new StringBuilder("let ").append(CURRENT).append(" := .");
    for (SchematronRules.Let global : java.util.stream.Stream.concat(globals.stream(), rule.patternLets().stream()).toList()) {
      let.append(", $").append(global.name()).append(" := root(.) ! (let ").append(CURRENT)
          .append(" := . return (").append(withCurrent(global.value())).append("))");
    }
    for (SchematronRules.Let local : rule.lets()) {
      let.append(", $").append(local.name()).append(" := (").append(withCurrent(local.value())).append(")");
    }
    return let.append(" return (").append(withCurrent(expression)).append(")").toString();
  }

  /** {@code current()} outside string literals replaced by the variable bound to the context node. */
  static String withCurrent(String expression) {
    StringBuilder out = new StringBuilder();
    Matcher literal = STRING_LITERAL.matcher(expression);
    int from = 0;
    while (literal.find()) {
      out.append(CURRENT_CALL.matcher(expression.substring(from, literal.start())).replaceAll(Matcher.quoteReplacement(CURRENT)));
      out.append(literal.group());
      from = literal.end();
    }
    out.append(CURRENT_CALL.matcher(expression.substring(from)).replaceAll(Matcher.quoteReplacement(CURRENT)));
    return out.toString();
  }

  private XPathCompiler compiler() {
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.setBaseURI(base);
    rule.namespaces().forEach(xpath::declareNamespace);
    return xpath;
  }
}
