package org.teikit.xml;

import java.util.Map;
import java.util.WeakHashMap;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.type.Type;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.tree.tiny.TinyNodeImpl;
import net.sf.saxon.tree.tiny.TinyTree;
import net.sf.saxon.value.Int64Value;
import net.sf.saxon.value.SequenceType;

/**
 * {@code tkj:element-number($e)}: the position of an element among all elements of its tree,
 * from 1 (the number in the id of an element without xml:id). The stylesheets compute the same
 * with an accumulator when this function is not registered (xslt/common/ids.xsl), but an
 * accumulator answers each call with a binary search, and the web edition asks once for nearly
 * every element of a large corpus; this function counts a tree's elements once and answers
 * from an array.
 */
final class ElementNumbers extends ExtensionFunctionDefinition {
  static final String NS = "https://teikit.org/ns/xslt/java";

  /**
   * Per thread, each tree's count of elements before each node: a thread renders one document
   * at a time, so no lock is needed, and a tree's counts go when the tree does.
   */
  private static final ThreadLocal<Map<TinyTree, int[]>> COUNTS = ThreadLocal.withInitial(WeakHashMap::new);

  /** Makes the function available to the stylesheets the processor compiles from now on. */
  static void register(Processor processor) {
    processor.registerExtensionFunction(new ElementNumbers());
  }

  @Override
  public StructuredQName getFunctionQName() {
    return new StructuredQName("tkj", NS, "element-number");
  }

  @Override
  public SequenceType[] getArgumentTypes() {
    return new SequenceType[] {SequenceType.SINGLE_NODE};
  }

  @Override
  public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
    return SequenceType.SINGLE_INTEGER;
  }

  @Override
  public ExtensionFunctionCall makeCallExpression() {
    return new ExtensionFunctionCall() {
      @Override
      public Sequence call(XPathContext context, Sequence[] arguments) throws XPathException {
        return Int64Value.makeIntegerValue(number((NodeInfo) arguments[0].head()));
      }
    };
  }

  static long number(NodeInfo element) {
    if (element instanceof TinyNodeImpl node) {
      int[] before = COUNTS.get().computeIfAbsent(node.getTree(), ElementNumbers::count);
      // the tree may hold several documents: count from this one's root
      int root = ((TinyNodeImpl) node.getRoot()).getNodeNumber();
      return before[node.getNodeNumber() + 1] - before[root];
    }
    return slowNumber(element);
  }

  /** {@code before[i]}: how many of the tree's nodes 0 .. i-1 are elements. */
  private static int[] count(TinyTree tree) {
    byte[] kinds = tree.getNodeKindArray();
    int nodes = tree.getNumberOfNodes();
    int[] before = new int[nodes + 1];
    for (int i = 0; i < nodes; i++) {
      int kind = kinds[i];
      before[i + 1] = before[i] + (kind == Type.ELEMENT || kind == Type.TEXTUAL_ELEMENT ? 1 : 0);
    }
    return before;
  }

  /** Other tree models: the elements before it and its ancestors, and itself. */
  private static long slowNumber(NodeInfo element) {
    return 1 + elements(element.iterateAxis(AxisInfo.PRECEDING)) + elements(element.iterateAxis(AxisInfo.ANCESTOR));
  }

  private static long elements(AxisIterator nodes) {
    long n = 0;
    for (NodeInfo node = nodes.next(); node != null; node = nodes.next()) {
      n += node.getNodeKind() == Type.ELEMENT ? 1 : 0;
    }
    return n;
  }
}
