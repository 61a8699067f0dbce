package org.teikit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The one key builder: equal parts give equal keys, and nothing else does. */
class KeyTest {
  @Test
  void theSamePartsGiveTheSameKey() {
    assertEquals(Key.of("pages").add("file", "a.xml").hex(), Key.of("pages").add("file", "a.xml").hex());
  }

  @Test
  void partsAreFramedSoThatMovingABoundaryChangesTheKey() {
    assertNotEquals(Key.of("k").add("ab", "c").hex(), Key.of("k").add("a", "bc").hex());
    assertNotEquals(Key.of("k").add("a", "b").add("c", "").hex(), Key.of("k").add("a", "b\0c").hex());
  }

  @Test
  void aKindKeepsItsKeysApartFromAnotherKindsWithTheSameParts() {
    assertNotEquals(Key.of("pdf book").add("x", "1").hex(), Key.of("html document").add("x", "1").hex());
  }

  @Test
  void aSourcesContentIsThePlainSha256OfItsBytes() throws Exception {
    byte[] bytes = "<TEI/>".getBytes(StandardCharsets.UTF_8);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(sha256, Key.content(bytes));
    assertTrue(Key.isKey(Key.of("k").hex()));
  }
}
