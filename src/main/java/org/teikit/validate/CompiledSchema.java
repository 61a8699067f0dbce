package org.teikit.validate;

/** A schema read and compiled once per run, shared by all threads. */
sealed interface CompiledSchema permits StreamingSchema, TreeSchema {
  SchemaRef ref();
}
