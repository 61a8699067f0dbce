package org.teikit.validate;

import net.sf.saxon.Controller;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.expr.elab.BooleanEvaluator;
import net.sf.saxon.expr.elab.PullEvaluator;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.SequenceIterator;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.sxpath.XPathExpression;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.tree.iter.ManualIterator;

/**
 * A compiled XPath expression evaluated on node after node of one document, in one thread, with
 * one dynamic context. s9api's selector, given a new context node, looks the node's document up
 * in a registry by its URI and elaborates the expression again on every call: for a rule as
 * simple as {@code tei:p}, many times the cost of the evaluation itself, and Schematron evaluates
 * rules on a hundred thousand nodes of a corpus. This goes one level below s9api, to Saxon's
 * {@code sxpath} and elaborated evaluators (Saxon 12).
 */
final class NodeEvaluation {
  private final XPathExpression expression;
  private final XPathContext context;
  private BooleanEvaluator test;
  private PullEvaluator values;

  /**
   * @param controller the document's: one for all the expressions a document runs, as each
   *     controller of its own comes with a logger and its buffers
   */
  NodeEvaluation(XPathExecutable executable, Controller controller) throws XPathException {
    this.expression = executable.getUnderlyingExpression();
    this.context = expression.createDynamicContext(controller, null).getXPathContextObject();
  }

  /** The expression's effective boolean value with {@code node} as the context item. */
  boolean test(NodeInfo node) throws XPathException {
    if (test == null) {
      test = expression.getInternalExpression().makeElaborator().elaborateForBoolean();
    }
    focus(node);
    return test.eval(context);
  }

  /** The expression's value with {@code node} as the context item. */
  SequenceIterator values(NodeInfo node) throws XPathException {
    if (values == null) {
      values = expression.getInternalExpression().makeElaborator().elaborateForPull();
    }
    focus(node);
    return values.iterate(context);
  }

  private void focus(NodeInfo node) {
    ((net.sf.saxon.expr.XPathContextMajor) context).setCurrentIterator(new ManualIterator(node));
  }
}
