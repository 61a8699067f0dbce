package org.teikit.xml;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.apache.xerces.util.MessageFormatter;

/** The words of the well-formedness errors teikit adds to Xerces's own. */
final class ParserMessages implements MessageFormatter {
  static final String DOMAIN = "https://teikit.org/ns/xml-errors";
  static final String ENTITY_TEXT = "entity-text";
  static final String EXTERNAL_DTD = "external-dtd";
  static final String ATTRIBUTES = "attributes";

  private static final Map<String, String> TEXTS = Map.of(
      ENTITY_TEXT, "the entity \"{0}\" is not expanded: this document''s entities would expand to more"
          + " than {1} of text, teikit''s limit (entities referenced many times, as in a blowup attack)",
      EXTERNAL_DTD, "the DOCTYPE names an external DTD ({0}): teikit never reads DTDs; remove the"
          + " SYSTEM or PUBLIC identifier (an internal subset that declares only internal entities may stay)",
      ATTRIBUTES, "the element \"{0}\" has {1} attributes: teikit reads at most {2} on one element");

  @Override
  public String formatMessage(Locale locale, String key, Object[] arguments) {
    return MessageFormat.format(TEXTS.get(key), arguments);
  }
}
