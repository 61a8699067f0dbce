package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The clean-up of messages from the validators. */
class MessagesTest {
  @Test
  void jingsDatatypeAlternativesComeInOneOrderWhateverOrderJingGaveThem() {
    String one = "value of attribute \"when\" is invalid; must be an ISO year and month, must be a year, "
        + "must be an ISO date or must be an ISO time";
    String other = "value of attribute \"when\" is invalid; must be an ISO time, must be an ISO date, "
        + "must be an ISO year and month or must be a year";
    String sorted = "value of attribute \"when\" is invalid; must be a year, must be an ISO date, "
        + "must be an ISO time or must be an ISO year and month";
    assertEquals(sorted, Messages.plain(one));
    assertEquals(sorted, Messages.plain(other));
  }

  @Test
  void anElementSpelledLikeOneExpectedThereIsNamed() {
    String names = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "\"e" + i + "\"")
        .collect(java.util.stream.Collectors.joining(", "));
    String jing = "element \"persname\" not allowed anywhere; expected the element end-tag, text or element "
        + names + ", \"persName\" or \"placeName\"";
    String plain = Messages.plain(jing);
    assertTrue(plain.endsWith("… (10 more); did you mean \"persName\"?"), plain);
    assertEquals("element \"zzz\" not allowed here; expected element \"p\"",
        Messages.plain("element \"zzz\" not allowed here; expected element \"p\""), "nothing close, nothing said");
  }

  @Test
  void aSingleDatatypeIsLeftAsItIs() {
    String message = "value of attribute \"when\" is invalid; must be an ISO date";
    assertEquals(message, Messages.plain(message));
  }
}
