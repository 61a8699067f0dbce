package org.teikit.validate;

/** A schema that cannot be read or compiled; its message is plain words for the user. */
final class SchemaCompileException extends Exception {
  SchemaCompileException(String message) {
    super(message);
  }
}
