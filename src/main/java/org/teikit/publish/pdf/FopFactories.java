package org.teikit.publish.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.configuration.Configuration;
import org.teikit.diagnostic.Catalogue;
import org.teikit.diagnostic.InternalException;
import org.xml.sax.SAXException;

/**
 * The FOP factories of one run, each built once and shared by every book and thread. There are
 * at most two, because FOP fixes complex-script support (shaping, bidi) per factory and it costs
 * a third of FOP's time: books without right-to-left or combining text are set without it.
 */
final class FopFactories {
  private final FontSet fonts;
  private final LocalResources resources;
  private FopFactory simple;
  private FopFactory complex;

  FopFactories(FontSet fonts) {
    this.fonts = fonts;
    this.resources = new LocalResources(fonts.fontDirs());
  }

  /** Lets FOP read the files of an edition folder (PDF/A attachments); {@code folder} is a real path. */
  void allow(Path folder) {
    resources.allow(folder);
  }

  synchronized FopFactory get(boolean complexScripts) {
    if (complexScripts) {
      complex = complex != null ? complex : build(true);
      return complex;
    }
    simple = simple != null ? simple : build(false);
    return simple;
  }

  private FopFactory build(boolean complexScripts) {
    try {
      FopConfParser parser = new FopConfParser(
          new ByteArrayInputStream(fonts.fopConfiguration().getBytes(StandardCharsets.UTF_8)),
          URI.create("file:///teikit-fonts/"), resources);
      FopFactoryBuilder builder = parser.getFopFactoryBuilder();
      builder.setStrictFOValidation(true);
      builder.setComplexScriptFeatures(complexScripts);
      FopFactory factory = builder.build();
      expand(factory.getUserConfig());
      return factory;
    } catch (SAXException | IOException e) {
      throw new InternalException(Catalogue.text("pdf.fop-configuration-rejected", e.getMessage()), e);
    }
  }

  /**
   * FOP keeps its configuration as a lazily expanded DOM and reads it again for every rendering;
   * reading a DOM that still expands is not thread-safe. Visiting every node once up front
   * leaves a DOM that concurrent renderings only read.
   */
  private static void expand(Configuration configuration) {
    for (String name : configuration.getAttributeNames()) {
      configuration.getAttribute(name, null);
    }
    configuration.getValue(null);
    for (String child : List.of("use-cache", "renderers", "renderer", "fonts", "font", "font-triplet")) {
      for (Configuration c : configuration.getChildren(child)) {
        expand(c);
      }
    }
  }
}
