package org.teikit.validate;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.DiagnosticSink;
import org.teikit.xml.ResourcePolicy;
import org.teikit.xml.UnsafeResourceException;

/**
 * Decides which schemas apply to a document: {@code --schema} wins; otherwise its xml-model
 * instructions; otherwise teikit's default edition schema. A RELAX NG grammar brings the
 * Schematron rules embedded in it, as oXygen applies them.
 */
final class SchemaChoice {
  private final List<SchemaRef> explicit;
  private final Optional<URI> defaultSchema;
  private final ResourcePolicy policy;

  SchemaChoice(List<SchemaRef> explicit, Optional<URI> defaultSchema, ResourcePolicy policy) {
    this.explicit = List.copyOf(explicit);
    this.defaultSchema = defaultSchema;
    this.policy = policy;
  }

  /** The schemas every document gets (those given explicitly): known before any is read. */
  List<SchemaRef> forEveryDocument() {
    return withEmbeddedRules(explicit);
  }

  /** The schemas for a file given its xml-model instructions; problems go to {@code sink}. */
  List<SchemaRef> choose(Path file, List<XmlModel> models, DiagnosticSink sink) {
    if (!explicit.isEmpty()) {
      return withEmbeddedRules(explicit);
    }
    List<SchemaRef> fromModels = new ArrayList<>();
    for (XmlModel model : models) {
      fromModel(file, model, sink).ifPresent(fromModels::add);
    }
    if (!models.isEmpty()) {
      return withEmbeddedRules(fromModels);
    }
    if (defaultSchema.isPresent()) {
      return withEmbeddedRules(List.of(new SchemaRef(defaultSchema.get(), SchemaKind.RELAX_NG)));
    }
    sink.add(Diagnostic.warning(file, 0, 0, Check.SCHEMA, Messages.get("schema.none")));
    return List.of();
  }

  private Optional<SchemaRef> fromModel(Path file, XmlModel model, DiagnosticSink sink) {
    Optional<SchemaKind> kind = model.kind();
    if (kind.isEmpty()) {
      sink.add(warning(file, model, Messages.get("schema.unknown-type", model.href(), model.schematypens())));
      return Optional.empty();
    }
    URI uri;
    try {
      uri = policy.resolve(model.href(), file.toUri().toString());
    } catch (UnsafeResourceException refused) {
      return refused(file, model, kind.get(), refused, sink);
    } catch (IllegalArgumentException badHref) {
      sink.add(warning(file, model, Messages.get("schema.missing", model.href())));
      return Optional.empty();
    }
    if ("file".equals(uri.getScheme()) && !Files.isRegularFile(Paths.get(uri))) {
      Optional<URI> bundled = bundledInPlaceOf(model.href());
      sink.add(warning(file, model, bundled.isPresent()
          ? Messages.get("schema.missing-bundled", model.href(), fileName(model.href()))
          : Messages.get("schema.missing", model.href())));
      return bundled.map(b -> new SchemaRef(b, kind.get()));
    }
    return Optional.of(new SchemaRef(uri, kind.get()));
  }

  /**
   * A schema the policy does not let teikit read: remote (a warning, as ever: the catalog entry
   * that would map it is shown), outside the folders given (teikit's own stands in for a
   * teikit.rng), or named by another scheme. The last two are errors: the document names a schema
   * it is not checked against, and a run that passed would say it was valid. Nothing of the schema
   * was read, so the message names only what the document wrote.
   */
  private Optional<SchemaRef> refused(Path file, XmlModel model, SchemaKind kind, UnsafeResourceException why,
      DiagnosticSink sink) {
    String href = model.href();
    Optional<URI> bundled = bundledInPlaceOf(href);
    switch (why.reason()) {
      case REMOTE -> sink.add(warning(file, model, Messages.get("schema.remote", href, fileName(href))));
      case OUTSIDE -> sink.add(bundled.isPresent()
          ? warning(file, model, Messages.get("schema.outside-bundled", href, fileName(href)))
          : error(file, model, Messages.get("schema.outside", href)));
      default -> sink.add(error(file, model, Messages.get("schema.refused", why.getMessage())));
    }
    return why.reason() == UnsafeResourceException.Reason.OUTSIDE ? bundled.map(b -> new SchemaRef(b, kind)) : Optional.empty();
  }

  /**
   * teikit's own schema, when a missing schema is named like it: an edition copied away from the
   * project names ../../schema/teikit.rng, which is no longer there, and would otherwise be
   * checked against nothing (a misspelled element name would pass).
   */
  private Optional<URI> bundledInPlaceOf(String href) {
    return defaultSchema.filter(d -> fileName(d.toString()).equals(fileName(href)));
  }

  private static String fileName(String href) {
    return href.substring(href.lastIndexOf('/') + 1);
  }

  private static Diagnostic warning(Path file, XmlModel model, String message) {
    return Diagnostic.warning(file, model.line(), model.column(), Check.SCHEMA, message);
  }

  private static Diagnostic error(Path file, XmlModel model, String message) {
    return Diagnostic.error(file, model.line(), model.column(), Check.SCHEMA, message);
  }

  /** Adds, after each RELAX NG grammar in XML syntax, the Schematron embedded in it. */
  static List<SchemaRef> withEmbeddedRules(List<SchemaRef> refs) {
    Set<SchemaRef> all = new LinkedHashSet<>();
    for (SchemaRef ref : refs) {
      all.add(ref);
      if (ref.kind() == SchemaKind.RELAX_NG) {
        all.add(new SchemaRef(ref.uri(), SchemaKind.SCHEMATRON));
      }
    }
    return List.copyOf(all);
  }
}
