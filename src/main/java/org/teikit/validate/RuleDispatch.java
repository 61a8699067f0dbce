package org.teikit.validate;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules a node is offered to, by the node's kind, name and attributes: the index of the
 * rules' {@link RuleTargets}. A node gets every rule that may match it (a superset); the rules'
 * numbers come back in schema order, the order in which their findings are reported.
 */
final class RuleDispatch {
  private final Map<String, BitSet> elements = new HashMap<>();
  private final Map<String, BitSet> withAttribute = new HashMap<>();
  private final Map<String, BitSet> attributesOf = new HashMap<>();
  private final BitSet attributes = new BitSet();
  private final BitSet rootElement = new BitSet();
  private final BitSet document = new BitSet();
  private final BitSet any = new BitSet();

  /** @param contexts each rule's context, in schema order */
  RuleDispatch(List<String> contexts) {
    for (int rule = 0; rule < contexts.size(); rule++) {
      for (RuleTargets.Target target : RuleTargets.of(contexts.get(rule))) {
        set(target).set(rule);
      }
    }
  }

  private BitSet set(RuleTargets.Target target) {
    return switch (target.kind()) {
      case ELEMENT -> elements.computeIfAbsent(target.name(), n -> new BitSet());
      case ELEMENT_WITH_ATTRIBUTE -> withAttribute.computeIfAbsent(target.name(), n -> new BitSet());
      case ATTRIBUTE_OF -> attributesOf.computeIfAbsent(target.name(), n -> new BitSet());
      case ATTRIBUTE -> attributes;
      case ROOT_ELEMENT -> rootElement;
      case DOCUMENT -> document;
      case ANY -> any;
    };
  }

  /** Whether nodes other than elements and attributes (text, comments) need to be offered at all. */
  boolean wantsEveryNode() {
    return !any.isEmpty();
  }

  /** Whether an element's attributes matter: as candidates or for their names. */
  boolean wantsAttributes(String element) {
    return !withAttribute.isEmpty() || !attributes.isEmpty() || !any.isEmpty() || attributesOf.containsKey(element);
  }

  void forDocument(BitSet into) {
    into.clear();
    into.or(document);
    into.or(any);
  }

  void forElement(String name, boolean root, List<String> attributeNames, BitSet into) {
    into.clear();
    or(into, elements.get(name));
    for (String attribute : attributeNames) {
      or(into, withAttribute.get(attribute));
    }
    if (root) {
      into.or(rootElement);
    }
    into.or(any);
  }

  void forAttribute(String owner, BitSet into) {
    into.clear();
    or(into, attributesOf.get(owner));
    into.or(attributes);
    into.or(any);
  }

  /** For text, comments and processing instructions. */
  void forOtherNode(BitSet into) {
    into.clear();
    into.or(any);
  }

  private static void or(BitSet into, BitSet rules) {
    if (rules != null) {
      into.or(rules);
    }
  }
}
