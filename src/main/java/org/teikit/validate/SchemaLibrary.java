package org.teikit.validate;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.teikit.xml.XmlContext;

/**
 * Every schema the run meets, compiled once and shared by all threads. A schema that fails to
 * compile is remembered with its problem so that it is tried only once.
 */
final class SchemaLibrary {
  /** A compiled schema, or the reason there is none; both empty means "no rules in it". */
  record Entry(Optional<CompiledSchema> schema, Optional<String> problem) {}

  private final XmlContext xml;
  private final SchematronCompiler schematron;
  private final Map<SchemaRef, java.util.concurrent.CompletableFuture<Entry>> entries = new ConcurrentHashMap<>();

  SchemaLibrary(XmlContext xml, Path schematronCache) {
    this.xml = xml;
    this.schematron = new SchematronCompiler(xml, schematronCache);
  }

  /** The compiled schema; waits while another thread compiles it. */
  Entry get(SchemaRef ref) {
    return start(ref).join();
  }

  /**
   * Starts compiling the schemas a document needs, each on its own thread, so that a large
   * grammar and its embedded Schematron compile side by side.
   */
  void prefetch(java.util.List<SchemaRef> refs) {
    refs.forEach(this::start);
  }

  private java.util.concurrent.CompletableFuture<Entry> start(SchemaRef ref) {
    return entries.computeIfAbsent(ref, r -> java.util.concurrent.CompletableFuture.supplyAsync(
        () -> compile(r), runnable -> {
          Thread t = new Thread(runnable, "teikit-schema-compiler");
          t.setDaemon(true);
          t.start();
        }));
  }

  private Entry compile(SchemaRef ref) {
    SchemaProblems problems = new SchemaProblems();
    try {
      CompiledSchema schema = switch (ref.kind()) {
        case RELAX_NG, RELAX_NG_COMPACT -> JingSchema.compile(ref, xml, problems);
        case XSD -> XercesSchema.compile(ref, xml, problems);
        case SCHEMATRON -> schematron(ref);
      };
      return new Entry(Optional.ofNullable(schema), Optional.empty());
    } catch (RuntimeException e) { // a SchemaCompileException, or a compiler's own failure
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Entry(Optional.empty(), Optional.of(why));
    }
  }

  private CompiledSchema schematron(SchemaRef ref) throws SchemaCompileException {
    return schematron.compile(ref);
  }
}
