package org.teikit.xml;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.ext.EntityResolver2;

/**
 * The entity resolver every parser gets. DTDs are replaced by nothing; external entities are
 * never read (the parser is also told not to); XInclude targets are read only when they are
 * local files inside the folders being processed, and only up to {@link
 * InputLimits#INCLUDED_TOTAL_BYTES} for one document.
 */
final class SafeEntityResolver implements EntityResolver2 {
  private final ResourcePolicy policy;
  private final List<Path> includeRoots;
  /** Where {@link #includeRoots} lead: found at the first inclusion, not again for each one. */
  private List<Path> realRoots;
  /** Bytes included so far into the document being parsed. */
  private long included;

  SafeEntityResolver(ResourcePolicy policy, List<Path> includeRoots) {
    this.policy = policy;
    this.includeRoots = includeRoots;
  }

  @Override
  public InputSource getExternalSubset(String name, String baseURI) {
    return null;
  }

  @Override
  public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
      throws SAXException {
    if ("[dtd]".equals(name) || (name != null && !name.isEmpty())) {
      return empty(systemId);
    }
    try {
      if (realRoots == null) {
        realRoots = includeRoots.stream().map(ResourcePolicy::real).toList();
      }
      URI uri = policy.resolveInclusion(systemId, baseURI, realRoots);
      count(systemId, uri);
      InputSource source = new InputSource(uri.toString());
      source.setPublicId(publicId);
      return source;
    } catch (UnsafeResourceException | IllegalArgumentException refused) {
      throw new SAXException(refused.getMessage());
    }
  }

  /** Starts counting the bytes included anew: the reader parses another document. */
  void newDocument() {
    included = 0;
  }

  private void count(String href, URI uri) {
    if (!"file".equals(uri.getScheme())) {
      return;
    }
    try {
      included += Files.size(Path.of(uri));
    } catch (IOException missing) {
      return; // reading it will say so
    }
    if (included > InputLimits.INCLUDED_TOTAL_BYTES) {
      throw new UnsafeResourceException(UnsafeResourceException.Reason.TOO_LARGE, "including " + href
          + " would bring the files this document includes to more than " + InputLimits.describe(InputLimits.INCLUDED_TOTAL_BYTES)
          + " in all, teikit's limit, so it is not read");
    }
  }

  @Override
  public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
    return resolveEntity(null, publicId, null, systemId);
  }

  private static InputSource empty(String systemId) {
    InputSource nothing = new InputSource(new StringReader(""));
    nothing.setSystemId(systemId);
    return nothing;
  }
}
