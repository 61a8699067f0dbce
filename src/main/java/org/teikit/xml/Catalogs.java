package org.teikit.xml;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xmlresolver.CatalogManager;
import org.xmlresolver.ResolverFeature;
import org.xmlresolver.XMLResolverConfiguration;

/**
 * OASIS XML catalogs: the user's ({@code --catalog}) first, then the one bundled in the jar for
 * the schemas teikit ships. Lookups only; this class never opens what it finds.
 */
public final class Catalogs {
  static final String BUNDLED = "/org/teikit/catalog.xml";

  private final CatalogManager manager;

  private Catalogs(List<String> catalogUris) {
    XMLResolverConfiguration config = new XMLResolverConfiguration(List.of(), List.of());
    config.setFeature(ResolverFeature.CATALOG_FILES, catalogUris);
    config.setFeature(ResolverFeature.CLASSPATH_CATALOGS, false);
    config.setFeature(ResolverFeature.ALWAYS_RESOLVE, false);
    config.setFeature(ResolverFeature.PREFER_PUBLIC, true);
    manager = config.getFeature(ResolverFeature.CATALOG_MANAGER);
  }

  /** The user's catalog files, then the bundled catalog. */
  public static Catalogs of(List<Path> userCatalogs) {
    List<String> uris = new ArrayList<>();
    userCatalogs.forEach(p -> uris.add(p.toAbsolutePath().normalize().toUri().toString()));
    URL bundled = Catalogs.class.getResource(BUNDLED);
    if (bundled != null) {
      uris.add(bundled.toString());
    }
    return new Catalogs(uris);
  }

  /** The local copy a catalog maps a URI (or system identifier) to, if any. */
  public Optional<URI> lookup(String uri) {
    URI found = manager.lookupURI(uri);
    if (found == null) {
      found = manager.lookupSystem(uri);
    }
    return Optional.ofNullable(found);
  }
}
