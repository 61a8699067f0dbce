package org.teikit.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one key builder: a SHA-256, in hex, of named parts. Every result teikit keeps between runs
 * (a validation result, a document's pages, a PDF, a build) is found by such a key, and each
 * stage only says which parts its key is made of: teikit itself ({@link #teikit}), the sources'
 * bytes as the run first read them ({@link SourceDigests}), the options and other inputs. Each
 * part is framed by its length, so that no two sequences of parts give the same bytes.
 */
public final class Key {
  private final MessageDigest sha = sha256();

  /** A key for one kind of result ({@code what}), which keeps the kinds' keys apart. */
  public static Key of(String what) {
    return new Key().add("kind", what);
  }

  /** The digest of a file's bytes, as they are: what a key says of a source's content. */
  public static String content(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /**
   * teikit itself (code, stylesheets, schema, libraries; see {@link TeikitIdentity}): what every
   * kept result depends on, so that output of another teikit is never taken for current.
   */
  public Key teikit() {
    return add("teikit", TeikitIdentity.digest());
  }

  public Key add(String name, String value) {
    frame(name);
    frame(value);
    return this;
  }

  public Key addBytes(String name, byte[] value) {
    frame(name);
    sha.update(Long.toString(value.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) 0);
    sha.update(value);
    return this;
  }

  /** The key; the builder is spent. */
  public String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Whether {@code text} has the form of a key (a stored key is read with suspicion). */
  public static boolean isKey(String text) {
    return text.matches("[0-9a-f]{64}");
  }

  private void frame(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) 0);
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException(everyJvmHasIt);
    }
  }
}
