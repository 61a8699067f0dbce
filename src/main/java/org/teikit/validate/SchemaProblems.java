package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Collects the errors found while reading a schema, so the first can explain the failure. */
final class SchemaProblems implements ErrorHandler {
  /** Xerces's words for a DOCTYPE in an XML Schema document, which XercesSchema forbids. */
  private static final String NO_DOCTYPE = "a schema document may not have a DOCTYPE"
      + " (teikit does not expand a schema's entities)";

  private final List<String> errors = new ArrayList<>();

  @Override
  public void warning(SAXParseException e) {}

  @Override
  public void error(SAXParseException e) {
    errors.add(located(e));
  }

  @Override
  public void fatalError(SAXParseException e) {
    errors.add(located(e));
  }

  String describe(Exception cause) {
    if (!errors.isEmpty()) {
      return errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : Messages.plain(withoutWrappers(cause.getMessage()));
  }

  private static String located(SAXParseException e) {
    String where = e.getSystemId() == null ? "" : e.getSystemId().replaceFirst("^file:", "") + ":"
        + e.getLineNumber() + ":" + e.getColumnNumber() + ": ";
    return where + Messages.plain(withoutWrappers(e.getMessage()));
  }

  /**
   * A refusal of the resource policy reaches Jing's handler wrapped in two exceptions whose class
   * names lead the message ("com.thaiopensource.resolver.ResolverException: javax.xml…: …").
   */
  private static String withoutWrappers(String message) {
    return message == null ? null : message.replaceAll("^(?:(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): )+", "")
        .replaceFirst("^DOCTYPE is disallowed when the feature .*", NO_DOCTYPE);
  }
}
