package org.teikit.xml;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.Configuration;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.CollectionFinder;
import net.sf.saxon.lib.EnvironmentVariableResolver;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.Resource;
import net.sf.saxon.lib.ResourceCollection;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.StandardUnparsedTextResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.resource.ExplicitCollection;
import net.sf.saxon.resource.XmlResource;
import net.sf.saxon.trans.XPathException;

/**
 * Everything a stylesheet or a Schematron schema can reach through Saxon, held to the resource
 * policy: {@code doc}, {@code document}, {@code xsl:include} and schemas (the resource resolver,
 * every nature), {@code unparsed-text*} and {@code json-doc}, {@code collection}, and
 * {@code environment-variable}, which sees no variable at all. A Schematron schema comes from a
 * document, that is from whoever wrote it: without this it could print any file the user can
 * read into the report ({@code unparsed-text('/etc/passwd')}).
 */
final class SaxonSandbox {
  private final ResourcePolicy policy;
  /** How an XML resource is read once it is allowed: a safe parser, from its catalog-mapped copy. */
  private final Function<URI, Source> xml;

  private SaxonSandbox(ResourcePolicy policy, Function<URI, Source> xml) {
    this.policy = policy;
    this.xml = xml;
  }

  /** Makes {@code config} read only through {@code policy}, XML with {@code xml}. */
  static void install(Configuration config, ResourcePolicy policy, Function<URI, Source> xml) {
    SaxonSandbox sandbox = new SaxonSandbox(policy, xml);
    config.setResourceResolver(sandbox::resolve);
    config.setUnparsedTextURIResolver(sandbox.unparsedText());
    config.setCollectionFinder(sandbox.collections());
    config.setConfigurationProperty(Feature.ENVIRONMENT_VARIABLE_RESOLVER, NO_ENVIRONMENT);
  }

  /** environment-variable() returns the empty sequence for every name: a schema learns nothing of the machine. */
  private static final EnvironmentVariableResolver NO_ENVIRONMENT = new EnvironmentVariableResolver() {
    @Override
    public Set<String> getAvailableEnvironmentVariables() {
      return Set.of();
    }

    @Override
    public String getEnvironmentVariable(String name) {
      return null;
    }
  };

  /**
   * Documents, stylesheet modules, schemas, text and binary resources: each allowed by the policy
   * or refused. Never null, which would let Saxon read the URI by itself.
   */
  private Source resolve(ResourceRequest request) throws XPathException {
    if (request.relativeUri == null && request.uri == null) {
      throw refused("a resource with no address", "no address");
    }
    String href = request.relativeUri != null ? request.relativeUri : request.uri;
    URI uri = allowed(href, request.baseUri);
    if (ResourceRequest.TEXT_NATURE.equals(request.nature) || ResourceRequest.BINARY_NATURE.equals(request.nature)) {
      return new StreamSource(uri.toString());
    }
    return xml.apply(uri);
  }

  /** unparsed-text() and its kin: the policy first, then Saxon's own decoding of the allowed file. */
  private UnparsedTextURIResolver unparsedText() {
    StandardUnparsedTextResolver decoder = new StandardUnparsedTextResolver();
    return (URI absolute, String encoding, Configuration config) ->
        decoder.resolve(allowed(absolute.toString(), null), encoding, config);
  }

  /**
   * collection(): the XML files directly inside an allowed folder, in name order, each itself
   * allowed by the policy (a link out of the folder is refused like any other file); no default
   * collection.
   */
  private CollectionFinder collections() {
    return (XPathContext context, String collectionUri) -> {
      if (collectionUri == null) {
        return new ExplicitCollection(context.getConfiguration(), "", List.of());
      }
      String withoutQuery = collectionUri.replaceFirst("\\?.*$", "");
      URI folder = allowed(withoutQuery, null);
      if (!"file".equals(folder.getScheme()) || !Files.isDirectory(Path.of(folder))) {
        throw refused(collectionUri, "a collection is a folder of XML files inside the inputs");
      }
      return new ExplicitCollection(context.getConfiguration(), collectionUri, members(context, Path.of(folder)));
    };
  }

  private List<Resource> members(XPathContext context, Path folder) throws XPathException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
    } catch (IOException e) {
      throw new XPathException("the folder " + folder + " cannot be listed: " + e.getMessage());
    }
    List<Resource> members = new ArrayList<>();
    for (Path file : files) {
      Source source = xml.apply(allowed(file.toUri().toString(), null));
      members.add(new XmlResource(context.getConfiguration().buildDocumentTree(source).getRootNode()));
    }
    return members;
  }

  private URI allowed(String href, String base) throws XPathException {
    try {
      return policy.resolve(href, base);
    } catch (UnsafeResourceException | IllegalArgumentException refusal) {
      throw new XPathException(refusal.getMessage());
    }
  }

  private static XPathException refused(String href, String why) {
    return new XPathException(href + " is not read: " + why);
  }
}
