package org.teikit.validate;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.teikit.work.Fork;
import org.teikit.work.Pool;
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
  /** The validator's threads, on which schemas compile. */
  private final Pool pool;
  private final Map<SchemaRef, Fork<Entry>> entries = new ConcurrentHashMap<>();

  SchemaLibrary(XmlContext xml, Path schematronCache, Pool pool) {
    this.xml = xml;
    this.pool = pool;
    this.schematron = new SchematronCompiler(xml, schematronCache);
  }

  /** The compiled schema; waits while another thread compiles it. */
  Entry get(SchemaRef ref) {
    return start(ref).join();
  }

  /**
   * Starts compiling the schemas a document needs, each as a job of the pool, so that a large
   * grammar and its embedded Schematron compile side by side.
   */
  void prefetch(java.util.List<SchemaRef> refs) {
    refs.forEach(this::start);
  }

  private Fork<Entry> start(SchemaRef ref) {
    return entries.computeIfAbsent(ref, r -> pool.fork(() -> compile(r)));
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
