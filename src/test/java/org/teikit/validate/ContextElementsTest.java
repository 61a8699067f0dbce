package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which elements a rule context can match: the basis for leaving rules out of a validator. */
class ContextElementsTest {
  @Test
  void namesTheLastElementStepOfEachAlternative() {
    assertEquals(Optional.of(Set.of("p")), ContextElements.of("tei:p"));
    assertEquals(Optional.of(Set.of("p")), ContextElements.of("tei:l//tei:p"));
    assertEquals(Optional.of(Set.of("line", "zone")),
        ContextElements.of("tei:facsimile//tei:line | tei:facsimile//tei:zone"));
    assertEquals(Optional.of(Set.of("list")), ContextElements.of("tei:list[@type='gloss']"));
    assertEquals(Optional.of(Set.of("desc")), ContextElements.of("tei:desc[ @type eq 'deprecationInfo']"));
  }

  @Test
  void anAttributeContextNeedsItsElement() {
    assertEquals(Optional.of(Set.of("rt")), ContextElements.of("tei:rt/@target"));
  }

  @Test
  void predicatesWithBracketsInStringsOrNestedPathsDoNotConfuseIt() {
    assertEquals(Optional.of(Set.of("attDef")),
        ContextElements.of("tei:attDef[tei:valList[@type eq 'closed'] and not(contains(., ']|['))]"));
    assertEquals(Optional.of(Set.of("model")),
        ContextElements.of("tei:model[ not( parent::tei:modelSequence ) ][ @predicate ]"));
  }

  @Test
  void whatItCannotReadMayMatchAnything() {
    for (String pattern : new String[] {"tei:*[@when]", "/", "/*[ count( //tei:constraintDecl ) gt 1 ]",
        "( tei:elementSpec[@module] | tei:classSpec[@module] )[ @mode ]", "document-node() | element()",
        "attribute() | text()", "@xml:id", "tei:p | *"}) {
      assertEquals(Optional.empty(), ContextElements.of(pattern), pattern);
    }
  }
}
