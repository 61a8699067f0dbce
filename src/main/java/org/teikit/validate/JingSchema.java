package org.teikit.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.nio.file.Path;
import org.teikit.diagnostic.DiagnosticSink;
import org.teikit.xml.XmlContext;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** RELAX NG (XML or compact syntax) through Jing, with Jing's default ID/IDREF checking. */
final class JingSchema implements StreamingSchema {
  private final SchemaRef ref;
  private final Schema schema;

  private JingSchema(SchemaRef ref, Schema schema) {
    this.ref = ref;
    this.schema = schema;
  }

  static JingSchema compile(SchemaRef ref, XmlContext xml, SchemaProblems problems)
      throws SchemaCompileException {
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.XML_READER_CREATOR, () -> xml.parsers().newReader(false));
    properties.put(ValidateProperty.URI_RESOLVER, xml.uriResolver());
    properties.put(ValidateProperty.ERROR_HANDLER, problems);
    SchemaReader reader = ref.kind() == SchemaKind.RELAX_NG_COMPACT
        ? CompactSchemaReader.getInstance() : SAXSchemaReader.getInstance();
    try {
      return new JingSchema(ref, reader.createSchema(new InputSource(ref.uri().toString()),
          properties.toPropertyMap()));
    } catch (IOException | SAXException | IncorrectSchemaException e) {
      throw new SchemaCompileException(problems.describe(e));
    }
  }

  @Override
  public SchemaRef ref() {
    return ref;
  }

  @Override
  public Check newCheck(Path file, DiagnosticSink sink) {
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, new SaxErrors(org.teikit.diagnostic.Check.RNG, file, sink));
    Validator validator = schema.createValidator(properties.toPropertyMap());
    return new Check(validator.getContentHandler(), validator.getDTDHandler());
  }
}
