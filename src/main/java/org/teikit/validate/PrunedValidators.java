package org.teikit.validate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.sf.saxon.om.NamePool;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;
import net.sf.saxon.tree.tiny.TinyNodeImpl;
import net.sf.saxon.tree.tiny.TinyTree;
import net.sf.saxon.type.Type;

/**
 * Validators of a single-pass Schematron stylesheet compiled with only the rules a document can
 * fire. tei_all carries about a hundred rules, most of them about elements a given corpus never
 * uses (schema specifications, manuscripts, verse); Saxon-HE cannot keep a compiled stylesheet
 * between runs, so compiling all of them was the largest fixed cost of a validation. A rule
 * whose context names only elements absent from the document cannot fire there and is left out,
 * as Saxon-EE's just-in-time compilation would. The validator in use grows: a document whose
 * rules it holds uses it; otherwise the union is compiled, so a corpus compiles a few.
 */
final class PrunedValidators implements SchematronValidators {
  /** The generated stylesheet's static parameter that lists the rules to compile. */
  private static final QName RULES = new QName("tk", SchematronSchema.FINDINGS_NS, "rules");

  private final XdmNode stylesheet;
  /** Per rule template, in document order: the element names one of which it needs, or empty (any). */
  private final List<Optional<Set<String>>> needs;
  private final Supplier<XsltCompiler> compilers;
  private BitSet compiledRules = new BitSet();
  private XsltExecutable current;
  private SaxonApiException failure;

  /**
   * @param ruleContexts the context of each rule, in the order of the numbers the stylesheet's
   *     {@code tk:rules} parameter takes (from 1)
   */
  PrunedValidators(XdmNode stylesheet, List<String> ruleContexts, Supplier<XsltCompiler> compilers) {
    this.stylesheet = stylesheet;
    this.needs = ruleContexts.stream().map(ContextElements::of).toList();
    this.compilers = compilers;
  }

  /**
   * Compiles the rules every document needs (those whose context may match anything) now, on
   * the schema compiler's thread beside Jing's: most of a first compile is Saxon warming up, and
   * this takes it off the path of the first document.
   */
  PrunedValidators warmedUp() throws SaxonApiException {
    covering(rulesFor(Set.of()));
    return this;
  }

  @Override
  public XsltExecutable forDocument(XdmNode document) throws SaxonApiException {
    return covering(rulesFor(elementNames(document)));
  }

  /** The current validator if it holds these rules; else one compiled with them added. */
  private synchronized XsltExecutable covering(BitSet rules) throws SaxonApiException {
    if (failure != null) {
      throw failure;
    }
    BitSet missing = (BitSet) rules.clone();
    missing.andNot(compiledRules);
    if (current != null && missing.isEmpty()) {
      return current;
    }
    BitSet union = (BitSet) compiledRules.clone();
    union.or(rules);
    try {
      current = compile(union);
      compiledRules = union;
      return current;
    } catch (SaxonApiException e) {
      failure = e;
      throw e;
    }
  }

  BitSet rulesFor(Set<String> elementNames) {
    BitSet rules = new BitSet(needs.size());
    for (int i = 0; i < needs.size(); i++) {
      Optional<Set<String>> need = needs.get(i);
      if (need.isEmpty() || need.get().stream().anyMatch(elementNames::contains)) {
        rules.set(i);
      }
    }
    return rules;
  }

  /** The stylesheet compiled with its static parameter naming these rules: Saxon leaves out the others. */
  private XsltExecutable compile(BitSet rules) throws SaxonApiException {
    List<XdmAtomicValue> numbers = new ArrayList<>();
    rules.stream().forEach(i -> numbers.add(new XdmAtomicValue(i + 1)));
    XsltCompiler compiler = compilers.get();
    compiler.setParameter(RULES, new XdmValue(numbers));
    return SchematronCompiler.compileTelling(compiler, stylesheet.asSource());
  }

  /** The local names of the document's elements: from Saxon's tiny tree arrays when it is one. */
  static Set<String> elementNames(XdmNode document) {
    Set<String> names = new HashSet<>();
    if (document.getUnderlyingNode() instanceof TinyNodeImpl node) {
      TinyTree tree = node.getTree();
      NamePool pool = tree.getNamePool();
      byte[] kinds = tree.getNodeKindArray();
      int[] nameCodes = tree.getNameCodeArray();
      BitSet seen = new BitSet();
      for (int i = 0; i < tree.getNumberOfNodes(); i++) {
        if (kinds[i] == Type.ELEMENT) {
          int fingerprint = nameCodes[i] & NamePool.FP_MASK;
          if (!seen.get(fingerprint)) {
            seen.set(fingerprint);
            names.add(pool.getLocalName(fingerprint));
          }
        }
      }
      return names;
    }
    document.select(Steps.descendant()).forEach(n -> {
      if (n.getNodeName() != null && n.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.ELEMENT) {
        names.add(n.getNodeName().getLocalName());
      }
    });
    return names;
  }
}
