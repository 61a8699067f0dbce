package org.teikit.validate;

import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.apache.xerces.jaxp.validation.XMLSchemaFactory;
import org.teikit.diagnostic.DiagnosticSink;
import org.teikit.xml.XmlContext;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/** W3C XML Schema 1.0 through Xerces; imports and includes resolve through the resource policy. */
final class XercesSchema implements StreamingSchema {
  private final SchemaRef ref;
  private final Schema schema;
  private final XmlContext xml;

  private XercesSchema(SchemaRef ref, Schema schema, XmlContext xml) {
    this.ref = ref;
    this.schema = schema;
    this.xml = xml;
  }

  static XercesSchema compile(SchemaRef ref, XmlContext xml, SchemaProblems problems)
      throws SchemaCompileException {
    SchemaFactory factory = new XMLSchemaFactory();
    factory.setErrorHandler(problems);
    factory.setResourceResolver((type, ns, publicId, systemId, base) -> localInput(xml, systemId, base));
    try {
      factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // Xerces reads schema documents with a parser of its own, whose entities expand without
      // teikit's bound on their text (SafeParsers): a schema document may not have a DOCTYPE
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new XercesSchema(ref, factory.newSchema(new StreamSource(ref.uri().toString())), xml);
    } catch (SAXException e) {
      throw new SchemaCompileException(problems.describe(e));
    }
  }

  /** Resolves a schema document through the policy; refusal surfaces as a schema error. */
  private static LSInput localInput(XmlContext xml, String systemId, String base) {
    if (systemId == null) {
      return null;
    }
    org.apache.xerces.dom.DOMInputImpl input = new org.apache.xerces.dom.DOMInputImpl();
    input.setSystemId(xml.policy().resolve(systemId, base).toString());
    return input;
  }

  @Override
  public SchemaRef ref() {
    return ref;
  }

  @Override
  public Check newCheck(Path file, DiagnosticSink sink) {
    ValidatorHandler handler = schema.newValidatorHandler();
    handler.setErrorHandler(new SaxErrors(org.teikit.diagnostic.Check.XSD, file, sink));
    handler.setResourceResolver((type, ns, publicId, systemId, base) -> localInput(xml, systemId, base));
    return new Check(handler, null);
  }
}
