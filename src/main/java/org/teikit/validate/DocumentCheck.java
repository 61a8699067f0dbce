package org.teikit.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Failures;
import org.teikit.diagnostic.DiagnosticSink;
import org.teikit.xml.UnsafeResourceException;
import org.teikit.xml.XmlContext;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Validates one document: one parse (XInclude resolved) feeds the tree builder, the reference
 * collector and every streaming schema; Schematron then runs on the tree.
 */
final class DocumentCheck {
  private static final String SAX = "http://xml.org/sax/properties/";

  /**
   * What one document yielded; references are checked later, against the whole run.
   *
   * @param schemaFiles the local schema files that applied or that the document names (present or
   *     not): what a stored result depends on besides the file
   */
  record Result(Path file, List<Diagnostic> diagnostics, References references, List<Path> schemaFiles) {}

  private final XmlContext xml;
  private final SchemaChoice choice;
  private final SchemaLibrary library;
  private final List<Path> roots;
  /** Receives each well-formed document's tree, or null when nobody keeps them. */
  private final BiConsumer<Path, XdmNode> keeper;
  /** Told the local schema files a document will be checked against, before they are compiled. */
  private final java.util.function.Consumer<List<Path>> schemasChosen;

  DocumentCheck(XmlContext xml, SchemaChoice choice, SchemaLibrary library, List<Path> roots,
      BiConsumer<Path, XdmNode> keeper, java.util.function.Consumer<List<Path>> schemasChosen) {
    this.xml = xml;
    this.choice = choice;
    this.library = library;
    this.roots = roots;
    this.keeper = keeper;
    this.schemasChosen = schemasChosen;
  }

  /** Checks one file; an unexpected failure becomes a finding on that file, not a crash of the run. */
  Result run(Path file) {
    try {
      return check(file);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // memory too: the file's own tree and text are let go as this unwinds, and the others go on
      return new Result(file, List.of(Diagnostic.error(file, 0, 0, Check.IO,
          "teikit could not finish checking this file: " + Failures.describeReported(e))), References.NONE, List.of());
    }
  }

  private Result check(Path file) {
    DiagnosticSink sink = new DiagnosticSink();
    List<TreeSchema> treeSchemas = new ArrayList<>();
    List<Path> applied = new ArrayList<>();
    // A kept tree sees the whole document (the prolog too); one built only for Schematron joins
    // at the root. Without either, RELAX NG and XSD work on the event stream and no tree is built.
    BuildingContentHandler[] tree = {keeper == null ? null : newTreeBuilder(file)};
    ReferenceCollector references = new ReferenceCollector(file, sink);
    EventTee tee = new EventTee(models -> {
      List<StreamingSchema.Check> checks = startSchemas(file, models, sink, treeSchemas, applied);
      if (!treeSchemas.isEmpty() && tree[0] == null) {
        tree[0] = newTreeBuilder(file);
        checks.add(new StreamingSchema.Check(tree[0], null));
      }
      return checks;
    }, new ExternalEntityWatcher(file, sink));
    if (tree[0] != null) {
      tee.add(tree[0]);
    }
    tee.add(references);
    if (!parse(file, tee, sink)) {
      return new Result(file, onlyWellFormedness(sink), references.result(), applied);
    }
    if (tree[0] != null) {
      XdmNode document = documentNode(tree[0]);
      for (TreeSchema schema : treeSchemas) {
        schema.check(document, file, sink);
      }
      if (keeper != null) {
        keeper.accept(file, document);
      }
    }
    return new Result(file, sink.toList(), references.result(), applied);
  }

  /** Parses into the tee; false when the file is not well-formed or cannot be read. */
  private boolean parse(Path file, EventTee tee, DiagnosticSink sink) {
    XMLReader reader = xml.parsers().newReader(true, roots);
    WellFormedness errors = new WellFormedness(file, sink);
    try {
      reader.setContentHandler(tee);
      reader.setDTDHandler(tee);
      reader.setProperty(SAX + "lexical-handler", tee);
      reader.setProperty(SAX + "declaration-handler", tee);
      reader.setErrorHandler(errors);
      reader.parse(xml.parsers().document(file));
    } catch (UnsafeResourceException refused) {
      sink.add(Diagnostic.error(file, 0, 0, Check.IO, refused.getMessage()));
      errors.failed = true;
    } catch (SAXParseException alreadyReported) {
      errors.failed = true;
    } catch (SAXException e) {
      org.xml.sax.Locator at = tee.locator();
      sink.add(Diagnostic.error(at == null ? file : SaxErrors.fileOf(at.getSystemId(), file),
          at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), Check.WF,
          Messages.plain(e.getMessage())));
      errors.failed = true;
    } catch (IOException e) {
      sink.add(Diagnostic.error(file, 0, 0, Check.IO, Messages.get("wf.unreadable", e.getMessage())));
      errors.failed = true;
    }
    return !errors.failed;
  }

  private List<StreamingSchema.Check> startSchemas(Path file, List<XmlModel> models,
      DiagnosticSink sink, List<TreeSchema> treeSchemas, List<Path> applied) {
    List<StreamingSchema.Check> checks = new ArrayList<>();
    List<SchemaRef> refs = choice.choose(file, models, sink);
    applied.addAll(schemaFiles(file, models, refs));
    schemasChosen.accept(applied);
    library.prefetch(refs);
    for (SchemaRef ref : refs) {
      SchemaLibrary.Entry entry = library.get(ref);
      entry.problem().ifPresent(p -> sink.add(Diagnostic.error(file, 0, 0, Check.SCHEMA,
          Messages.get("schema.broken", ref.displayName(), p))));
      entry.schema().ifPresent(schema -> {
        if (schema instanceof StreamingSchema streaming) {
          checks.add(streaming.newCheck(file, sink));
        } else if (schema instanceof TreeSchema onTree) {
          treeSchemas.add(onTree);
        }
      });
    }
    return checks;
  }

  /** The local files among the schemas chosen and those the xml-model instructions name. */
  private List<Path> schemaFiles(Path file, List<XmlModel> models, List<SchemaRef> chosen) {
    java.util.Set<java.net.URI> uris = new java.util.LinkedHashSet<>();
    chosen.forEach(ref -> uris.add(ref.uri()));
    for (XmlModel model : models) {
      try {
        uris.add(xml.policy().resolve(model.href(), file.toUri().toString()));
      } catch (RuntimeException remoteOrMalformed) {
        // not a local file: nothing on disk to depend on
      }
    }
    return uris.stream().filter(u -> "file".equals(u.getScheme())).map(Path::of).toList();
  }

  private BuildingContentHandler newTreeBuilder(Path file) {
    DocumentBuilder builder = xml.processor().newDocumentBuilder();
    builder.setLineNumbering(true);
    builder.setBaseURI(file.toUri());
    try {
      return builder.newBuildingContentHandler();
    } catch (SaxonApiException e) {
      throw new IllegalStateException("Saxon cannot build trees", e);
    }
  }

  private static XdmNode documentNode(BuildingContentHandler tree) {
    try {
      return tree.getDocumentNode();
    } catch (SaxonApiException e) {
      throw new IllegalStateException("the parsed document has no tree", e);
    }
  }

  private static List<Diagnostic> onlyWellFormedness(DiagnosticSink sink) {
    return sink.toList().stream().filter(d -> d.check() == Check.WF || d.check() == Check.IO).toList();
  }

  /** Well-formedness errors from the parser; remembers whether the parse failed. */
  private static final class WellFormedness extends DefaultHandler2 {
    private final SaxErrors errors;
    boolean failed;

    WellFormedness(Path file, DiagnosticSink sink) {
      this.errors = new SaxErrors(Check.WF, file, sink);
    }

    @Override
    public void error(SAXParseException e) {
      errors.error(e);
    }

    @Override
    public void warning(SAXParseException e) {
      errors.warning(e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      failed = true;
      errors.fatalError(e);
    }
  }

  /** Reports every external entity declaration: teikit never reads them. */
  private static final class ExternalEntityWatcher extends DefaultHandler2 {
    private final Path file;
    private final DiagnosticSink sink;
    private org.xml.sax.Locator locator;

    @Override
    public void setDocumentLocator(org.xml.sax.Locator locator) {
      this.locator = locator;
    }

    ExternalEntityWatcher(Path file, DiagnosticSink sink) {
      this.file = file;
      this.sink = sink;
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) {
      int line = locator == null ? 0 : locator.getLineNumber();
      int column = locator == null ? 0 : locator.getColumnNumber();
      sink.add(Diagnostic.error(file, line, column, Check.WF,
          Messages.get("wf.external-entity", name, systemId == null ? publicId : systemId)));
    }
  }
}
