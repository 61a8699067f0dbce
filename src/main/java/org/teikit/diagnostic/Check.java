package org.teikit.diagnostic;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The check a finding comes from. Its wire name is the word every report prints ({@code [rng]},
 * {@code "check": "rng"}, SARIF's ruleId) and the on-disk caches store: scripts and caches written
 * before this enum read the same words, so a wire name never changes.
 */
public enum Check {
  /** Well-formedness (and XInclude, entities). */
  WF("wf"),
  /** A file that is not read: too large, not a regular file, a link out of its folder. */
  IO("io"),
  /** A schema that is missing, remote, outside the folders given, or cannot be compiled. */
  SCHEMA("schema"),
  RNG("rng"),
  XSD("xsd"),
  SCH("sch"),
  /** Pointers that do not resolve, duplicate ids. */
  REF("ref"),
  /** A document the web edition cannot render. */
  HTML("html"),
  /** What publishing leaves out of an edition (counted per element name). */
  PUBLISH("publish"),
  /** The print edition; its codes say which stage (xslt, fop, glyph, internal). */
  PDF("pdf");

  private static final Map<String, Check> BY_WIRE_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(Check::wireName, Function.identity()));

  private final String wireName;

  Check(String wireName) {
    this.wireName = wireName;
  }

  /** The word reports print and caches store. */
  public String wireName() {
    return wireName;
  }

  /** The check a report or cache names, if it is one of ours. */
  public static Optional<Check> ofWireName(String name) {
    return Optional.ofNullable(BY_WIRE_NAME.get(name));
  }

  /** The wire name, so that a check written into a message reads as reports print it. */
  @Override
  public String toString() {
    return wireName;
  }
}
