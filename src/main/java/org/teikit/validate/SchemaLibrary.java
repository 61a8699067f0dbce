package org.teikit.validate;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XsltExecutable;
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
  private final Map<SchemaRef, Entry> entries = new ConcurrentHashMap<>();

  SchemaLibrary(XmlContext xml, Path schematronCache) {
    this.xml = xml;
    this.schematron = new SchematronCompiler(xml, schematronCache);
  }

  Entry get(SchemaRef ref) {
    return entries.computeIfAbsent(ref, this::compile);
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
    } catch (SchemaCompileException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Entry(Optional.empty(), Optional.of(why));
    }
  }

  private CompiledSchema schematron(SchemaRef ref) throws SchemaCompileException {
    XsltExecutable executable = schematron.compile(ref);
    if (executable == null) {
      return null;
    }
    XPathCompiler locations = xml.processor().newXPathCompiler();
    return new SchematronSchema(ref, executable, locations);
  }
}
