package org.teikit.validate;

import java.util.Map;
import net.sf.saxon.Controller;
import net.sf.saxon.expr.Expression;
import net.sf.saxon.expr.Operand;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.expr.parser.CodeInjector;
import net.sf.saxon.expr.instruct.TraceExpression;
import net.sf.saxon.lib.TraceListener;
import net.sf.saxon.trace.Traceable;
import net.sf.saxon.trace.TraceableComponent;
import net.sf.saxon.trans.UncheckedXPathException;
import net.sf.saxon.trans.XPathException;

/**
 * Lets a compiled XPath expression be stopped in the middle of a loop. Saxon-HE 12 never checks
 * whether its thread was interrupted; but it calls a trace listener at each trace point, so a
 * trace point is put around every subexpression Saxon evaluates repeatedly (the body of
 * {@code for}, {@code some}/{@code every}, {@code !}, a predicate, a path step), and the listener
 * stops the evaluation once the thread is interrupted ({@link TimeBound}). The stylesheets made
 * from a schema get them as they compile ({@link #INJECTOR}). A loop inside one built-in function
 * ({@code sum(1 to 2000000000)}) has no such point and cannot be stopped.
 */
final class StopPoints {
  private StopPoints() {}

  /** Puts a stop point around each repeatedly evaluated operand of {@code expression}, at any depth. */
  static void insert(Expression expression) {
    for (Operand operand : expression.operands()) {
      Expression child = operand.getChildExpression();
      insert(child);
      if (operand.getOperandRole().isEvaluatedRepeatedly() && !operand.getOperandRole().isConstrainedClass()
          && !cannotLoop(child)) {
        operand.setChildExpression(new TraceExpression(child));
      }
    }
  }

  /**
   * Whether the expression ends by itself (an axis step, a variable, a literal, the context
   * item); Saxon also expects an axis step where it put one, so it must not be wrapped.
   */
  private static boolean cannotLoop(Expression child) {
    return child instanceof TraceExpression || child instanceof net.sf.saxon.expr.AxisExpression
        || child instanceof net.sf.saxon.expr.VariableReference || child instanceof net.sf.saxon.expr.Literal
        || child instanceof net.sf.saxon.expr.ContextItemExpression;
  }

  /** Makes the controller's evaluations stop at their next stop point once the thread is interrupted. */
  static void enable(Controller controller) {
    controller.setTraceListener(new Stopper());
  }

  /**
   * The same for a stylesheet compiled with {@link #INJECTOR}; {@code stopper} tells, once it
   * stopped, in which template rule (a Schematron rule's context).
   */
  static void enable(net.sf.saxon.s9api.Xslt30Transformer transformer, Stopper stopper) {
    transformer.setTraceListener(stopper);
  }

  /**
   * Gives a stylesheet's templates and functions stop points as they compile: in their loops,
   * and on entry to each (a function that calls itself for ever).
   */
  static final CodeInjector INJECTOR = new CodeInjector() {
    @Override
    public void process(TraceableComponent component) {
      Expression body = component.getBody();
      insert(body);
      if (!cannotLoop(body)) {
        component.setBody(new TraceExpression(body));
      }
    }
  };

  /** Stops the evaluation at a stop point once the thread is interrupted, and remembers where. */
  static final class Stopper implements TraceListener {
    private volatile String stoppedIn;

    @Override
    public void enter(Traceable instruction, Map<String, Object> properties, XPathContext context) {
      if (Thread.currentThread().isInterrupted()) {
        stoppedIn = templateRule(context);
        throw new UncheckedXPathException(new XPathException("stopped: the time bound passed"));
      }
    }

    /** The match pattern of the template rule it stopped in, or null (not stopped, or not in one). */
    String stoppedIn() {
      return stoppedIn;
    }

    /** The innermost template rule being applied, looked for past function calls, which have none. */
    private static String templateRule(XPathContext context) {
      for (XPathContext c = context; c != null; c = c.getCaller()) {
        net.sf.saxon.trans.rules.Rule rule = c.getCurrentTemplateRule();
        if (rule != null && rule.getPattern() != null) {
          return rule.getPattern().getOriginalText();
        }
      }
      return null;
    }
  }
}
