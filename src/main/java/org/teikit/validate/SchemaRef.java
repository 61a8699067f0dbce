package org.teikit.validate;

import java.net.URI;

/**
 * A schema to apply: where it is and in which language to read it. A {@link SchemaKind#SCHEMATRON}
 * reference to a RELAX NG file means the Schematron rules embedded in that grammar.
 */
public record SchemaRef(URI uri, SchemaKind kind) {

  /** True when this names the Schematron rules embedded in a RELAX NG grammar. */
  public boolean isEmbeddedSchematron() {
    String path = uri.getPath() == null ? uri.toString() : uri.getPath();
    return kind == SchemaKind.SCHEMATRON && path.toLowerCase(java.util.Locale.ROOT).endsWith(".rng");
  }

  /** The file name, for messages. */
  public String displayName() {
    String s = uri.toString();
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
