package org.teikit.xml;

/**
 * How much one document may make teikit read, so that a hostile file is refused with a message
 * instead of taking the run's memory. Each figure leaves wide room above real TEI (the README's
 * Limits name the largest document we know); entities in real TEI stand for a character or a
 * phrase.
 */
public final class InputLimits {
  /** Bytes of one input document, checked before it is opened. */
  public static final long DOCUMENT_BYTES = 64L << 20;
  /** Bytes of one file pulled in by XInclude (as XML or as text), checked before it is opened. */
  public static final long INCLUDED_BYTES = 64L << 20;
  /**
   * Bytes of all the files one document pulls in by XInclude (each counted as often as it is
   * included): so that a small document cannot include a large file a thousand times.
   */
  public static final long INCLUDED_TOTAL_BYTES = 256L << 20;
  /**
   * Characters of entity replacement text one document may expand in all, counted before each
   * expansion: a few entities referenced many times (a quadratic blowup) stop here, the count of
   * expansions ({@link SafeParsers#ENTITY_EXPANSION_LIMIT}) stops many small ones.
   */
  public static final long ENTITY_TEXT_CHARS = 8L << 20;

  /**
   * Attributes of one element. TEI elements carry a handful; without a bound, one element with
   * attributes by the million cost the RELAX NG validator and the tree time and memory out of all
   * proportion (the figures are in bench/README.md).
   */
  public static final int ELEMENT_ATTRIBUTES = 10_000;

  private InputLimits() {}

  /** A size in words, for messages: "64 MB". */
  public static String describe(long bytes) {
    return bytes >= 1L << 20 ? (bytes >> 20) + " MB" : bytes >= 1L << 10 ? (bytes >> 10) + " kB" : bytes + " bytes";
  }
}
