package org.teikit.validate;

import org.teikit.diagnostic.UnsafeInputException;

/** A schema that cannot be read or compiled; its message is plain words for the user. */
final class SchemaCompileException extends UnsafeInputException {
  SchemaCompileException(String message) {
    super(message);
  }
}
