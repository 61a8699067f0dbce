package org.teikit.validate;

import java.util.Locale;
import java.util.Optional;

/** The schema languages teikit applies, and how each is recognised. */
public enum SchemaKind {
  RELAX_NG,
  RELAX_NG_COMPACT,
  XSD,
  SCHEMATRON;

  static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";
  static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";
  static final String ISO_SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron";

  /** By file extension: .rng .rnc .xsd .sch. */
  public static Optional<SchemaKind> fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".rng")) {
      return Optional.of(RELAX_NG);
    } else if (lower.endsWith(".rnc")) {
      return Optional.of(RELAX_NG_COMPACT);
    } else if (lower.endsWith(".xsd")) {
      return Optional.of(XSD);
    } else if (lower.endsWith(".sch")) {
      return Optional.of(SCHEMATRON);
    }
    return Optional.empty();
  }

  /**
   * By the pseudo-attributes of an xml-model processing instruction (W3C "Associating Schemas
   * with XML documents"): schematypens first, then the media type, then the file extension.
   */
  public static Optional<SchemaKind> fromXmlModel(String schematypens, String type, String href) {
    if (schematypens != null) {
      switch (schematypens.strip()) {
        case RNG_NS:
          return Optional.of(href.endsWith(".rnc") ? RELAX_NG_COMPACT : RELAX_NG);
        case XSD_NS:
          return Optional.of(XSD);
        case ISO_SCHEMATRON_NS:
        case "http://www.ascc.net/xml/schematron":
          return Optional.of(SCHEMATRON);
        default:
          return Optional.empty();
      }
    }
    if ("application/relax-ng-compact-syntax".equals(type)) {
      return Optional.of(RELAX_NG_COMPACT);
    }
    return fromFileName(href);
  }
}
