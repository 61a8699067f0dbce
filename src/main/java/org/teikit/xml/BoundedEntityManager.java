package org.teikit.xml;

import java.io.IOException;
import org.apache.xerces.impl.XMLEntityManager;
import org.apache.xerces.impl.XMLErrorReporter;
import org.apache.xerces.xni.XNIException;
import org.apache.xerces.xni.parser.XMLComponentManager;
import org.apache.xerces.xni.parser.XMLConfigurationException;

/**
 * Xerces's entity manager with a bound on the replacement text a document expands in all, in
 * content and in attribute values alike. It is checked before each expansion, so a quadratic
 * blowup (a large entity referenced thousands of times) stops before the text is built.
 */
final class BoundedEntityManager extends XMLEntityManager {
  private final long limit;
  private long expanded;

  BoundedEntityManager(long limit) {
    this.limit = limit;
  }

  @Override
  public void reset(XMLComponentManager settings) throws XMLConfigurationException {
    super.reset(settings);
    expanded = 0;
  }

  @Override
  public void startEntity(String name, boolean literal) throws IOException, XNIException {
    if (fEntities.get(name) instanceof InternalEntity entity) {
      expanded += entity.text.length();
      if (expanded > limit) {
        // a fatal error: reported to the error handler with the place, then the parse stops
        fErrorReporter.reportError(ParserMessages.DOMAIN, ParserMessages.ENTITY_TEXT,
            new Object[] {name.replace("%", ""), InputLimits.describe(limit)}, XMLErrorReporter.SEVERITY_FATAL_ERROR);
        return;
      }
    }
    super.startEntity(name, literal);
  }
}
