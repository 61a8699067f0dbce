package org.teikit.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.sf.saxon.Controller;
import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.SequenceIterator;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.pattern.NodeKindTest;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.type.Type;
import net.sf.saxon.value.NumericValue;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.DiagnosticSink;

/**
 * Schematron run as XPath, with no stylesheet to compile: the document's nodes are walked once,
 * each is offered to the rules that may match it ({@link RuleDispatch}), and a rule compiles the
 * first time it is offered a node ({@link CompiledRule}). Same findings as the single-pass
 * stylesheet, in the same order: per node in document order, rules in schema order, and within a
 * pattern only the first rule that matches.
 */
final class XPathSchematron implements TreeSchema {
  private final SchemaRef ref;
  private final Processor processor;
  private final List<CompiledRule> rules;
  private final RuleDispatch dispatch;
  private final TimeBound bound;

  XPathSchematron(SchemaRef ref, SchematronRules schema, Processor processor, TimeBound bound) {
    this.ref = ref;
    this.bound = bound;
    this.processor = processor;
    this.rules = schema.rules().stream().map(r -> new CompiledRule(r, schema.globals(), processor, ref.uri())).toList();
    this.dispatch = new RuleDispatch(schema.rules().stream().map(SchematronRules.Rule::context).toList());
  }

  @Override
  public SchemaRef ref() {
    return ref;
  }

  @Override
  public void check(XdmNode document, Path file, DiagnosticSink sink) {
    Run run = new Run(file);
    try {
      sink.addAll(bound.run(() -> run.visitAll(document.getUnderlyingNode())));
    } catch (java.util.concurrent.TimeoutException e) {
      SchematronRules.Rule rule = rules.get(Math.max(0, run.rule)).rule();
      sink.add(TimeBound.finding(file, Messages.get("sch.timeout-rule", rule.context(),
          rule.patternId() == null ? "" : " (pattern " + rule.patternId() + ")", ref.displayName(), bound.shown())));
    } catch (Exception e) {
      sink.add(Diagnostic.error(file, 0, 0, Check.SCH,
          Messages.get("schema.broken", ref.displayName(), Messages.plain(e.getMessage()))));
    }
  }

  /** One document's walk: its selectors (not thread-safe, so one set per document) and findings. */
  private final class Run {
    private final Path file;
    private final Controller controller = new Controller(processor.getUnderlyingConfiguration());
    private final NodeEvaluation[] patterns = new NodeEvaluation[rules.size()];
    private final NodeEvaluation[] failures = new NodeEvaluation[rules.size()];
    private final List<Diagnostic> findings = new ArrayList<>();
    private final BitSet candidates = new BitSet();
    private final BitSet firedPatterns = new BitSet();
    private final List<NodeInfo> attributes = new ArrayList<>();
    private final List<String> attributeNames = new ArrayList<>();
    /** The rule being evaluated, for the message when the time bound passes; read by another thread. */
    volatile int rule = -1;

    Run(Path file) {
      this.file = file;
      StopPoints.enable(controller);
    }

    /** The document's findings; stops at the next node when the thread is interrupted. */
    List<Diagnostic> visitAll(NodeInfo document) throws SaxonApiException, InterruptedException {
      dispatch.forDocument(candidates);
      offer(document);
      boolean everyNode = dispatch.wantsEveryNode();
      AxisIterator nodes = everyNode ? document.iterateAxis(AxisInfo.DESCENDANT)
          : document.iterateAxis(AxisInfo.DESCENDANT, NodeKindTest.ELEMENT);
      for (NodeInfo node = nodes.next(); node != null; node = nodes.next()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
        if (node.getNodeKind() == Type.ELEMENT) {
          visitElement(node);
        } else {
          dispatch.forOtherNode(candidates);
          offer(node);
        }
      }
      return findings;
    }

    private void visitElement(NodeInfo element) throws SaxonApiException {
      String name = element.getLocalPart();
      attributes.clear();
      attributeNames.clear();
      if (dispatch.wantsAttributes(name)) {
        AxisIterator each = element.iterateAxis(AxisInfo.ATTRIBUTE);
        for (NodeInfo attribute = each.next(); attribute != null; attribute = each.next()) {
          attributes.add(attribute);
          attributeNames.add(attribute.getLocalPart());
        }
      }
      NodeInfo parent = element.getParent();
      dispatch.forElement(name, parent != null && parent.getNodeKind() == Type.DOCUMENT, attributeNames, candidates);
      offer(element);
      dispatch.forAttribute(name, candidates);
      for (NodeInfo attribute : attributes) {
        offer(attribute);
      }
    }

    /** Offers the node to the candidate rules, in schema order; one rule per pattern fires. */
    private void offer(NodeInfo node) throws SaxonApiException {
      if (candidates.isEmpty()) {
        return;
      }
      firedPatterns.clear();
      try {
        for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
          int pattern = rules.get(r).rule().pattern();
          rule = r;
          if (!firedPatterns.get(pattern) && matches(r, node)) {
            firedPatterns.set(pattern);
            report(r, node);
          }
        }
      } catch (XPathException e) {
        throw new SaxonApiException(e);
      }
    }

    private boolean matches(int r, NodeInfo node) throws SaxonApiException, XPathException {
      Boolean byName = rules.get(r).matchesByName(node);
      if (byName != null) {
        return byName;
      }
      if (patterns[r] == null) {
        patterns[r] = new NodeEvaluation(rules.get(r).executables().pattern(), controller);
      }
      return patterns[r].test(node);
    }

    private void report(int r, NodeInfo node) throws SaxonApiException, XPathException {
      if (failures[r] == null) {
        failures[r] = new NodeEvaluation(rules.get(r).executables().failures(), controller);
      }
      SequenceIterator failed = failures[r].values(node);
      for (Item number = failed.next(); number != null; number = failed.next()) {
        SchematronRules.Assertion assertion = rules.get(r).rule().assertions().get(((NumericValue) number).asSubscript() - 1);
        findings.add(finding(rules.get(r), assertion, new XdmNode(node)));
      }
    }

    private Diagnostic finding(CompiledRule rule, SchematronRules.Assertion assertion, XdmNode node)
        throws SaxonApiException {
      StringBuilder text = new StringBuilder();
      for (SchematronRules.MessagePart part : assertion.message()) {
        if (part instanceof SchematronRules.Text literal) {
          text.append(literal.text());
        } else {
          String expression = part instanceof SchematronRules.Name name ? "name(" + name.path() + ")"
              : ((SchematronRules.ValueOf) part).select();
          XPathSelector value = rule.message(expression).load();
          value.setContextItem(node);
          text.append(simpleContent(value.evaluate()));
        }
      }
      return SchematronSchema.diagnostic(node, file, assertion.role(), assertion.id(), rule.rule().patternId(),
          text.toString());
    }
  }

  /**
   * A value as {@code xsl:value-of} writes it: adjacent text nodes joined, everything else
   * atomized and separated by single spaces.
   */
  static String simpleContent(XdmValue value) {
    StringBuilder out = new StringBuilder();
    boolean previousWasText = false;
    boolean first = true;
    for (XdmItem item : value) {
      boolean text = item instanceof XdmNode node && node.getNodeKind() == XdmNodeKind.TEXT;
      if (text && item.getStringValue().isEmpty()) {
        continue;
      }
      if (!first && !(text && previousWasText)) {
        out.append(' ');
      }
      out.append(item.getStringValue());
      previousWasText = text;
      first = false;
    }
    return out.toString();
  }
}
