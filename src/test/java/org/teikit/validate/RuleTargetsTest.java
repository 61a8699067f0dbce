package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.validate.RuleTargets.Kind;
import org.teikit.validate.RuleTargets.Target;

/** Which nodes a rule context may match: what decides which rules a node is offered to. */
class RuleTargetsTest {
  @Test
  void anElementStepNamesItsElements() {
    assertEquals(List.of(element("p")), RuleTargets.of("tei:l//tei:p"));
    assertEquals(List.of(element("list")), RuleTargets.of("tei:list[@type='gloss']"));
    assertEquals(List.of(element("line"), element("zone")),
        RuleTargets.of("tei:facsimile//tei:line | tei:facsimile//tei:zone"));
    assertEquals(List.of(element("listRef")),
        RuleTargets.of("( tei:classSpec | tei:dataSpec )/tei:listRef"));
  }

  @Test
  void aParenthesisedUnionIsReadInside() {
    assertEquals(List.of(element("elementSpec"), element("classSpec")),
        RuleTargets.of("( tei:elementSpec[@module] | tei:classSpec[@module] )[ ancestor::tei:TEI ]"));
  }

  @Test
  void aWildcardNeedsTheAttributeItsPredicateRequires() {
    assertEquals(List.of(new Target(Kind.ELEMENT_WITH_ATTRIBUTE, "when")), RuleTargets.of("tei:*[@when]"));
    assertEquals(List.of(new Target(Kind.ELEMENT_WITH_ATTRIBUTE, "minOccurs")),
        RuleTargets.of("tei:*[ @minOccurs and not( @maxOccurs ) ]"));
    assertEquals(List.of(new Target(Kind.ELEMENT_WITH_ATTRIBUTE, "targetLang")),
        RuleTargets.of("tei:*[not(self::tei:schemaSpec)][@targetLang]"));
  }

  @Test
  void predicatesThatDoNotRequireTheAttributeMatchAnyNode() {
    for (String context : List.of("tei:*[@when or @from]", "tei:*[not(@when)]", "tei:*[@when = '1']",
        "*[starts-with(@spanTo, '#')]")) {
      assertEquals(List.of(new Target(Kind.ANY, null)), RuleTargets.of(context), context);
    }
  }

  @Test
  void attributesRootAndDocument() {
    assertEquals(List.of(new Target(Kind.ATTRIBUTE_OF, "rt")), RuleTargets.of("tei:rt/@target"));
    assertEquals(List.of(new Target(Kind.ATTRIBUTE, null)), RuleTargets.of("@xml:id"));
    assertEquals(List.of(new Target(Kind.ROOT_ELEMENT, null)), RuleTargets.of("/*[ count( //tei:constraintDecl ) gt 1 ]"));
    assertEquals(List.of(new Target(Kind.DOCUMENT, null)), RuleTargets.of("/"));
  }

  @Test
  void whatItCannotReadMayMatchAnyNode() {
    for (String context : List.of("text()", "document-node() | element()", "tei:p | node()", "*",
        "descendant::tei:p", "tei:p[1]/..")) {
      assertEquals(List.of(new Target(Kind.ANY, null)), RuleTargets.of(context), context);
    }
  }

  private static Target element(String name) {
    return new Target(Kind.ELEMENT, name);
  }
}
