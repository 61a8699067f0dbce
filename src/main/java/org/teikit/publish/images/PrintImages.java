package org.teikit.publish.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.saxon.s9api.XdmNode;

/** The local images a print edition embeds: each found image's url to its file's URI, for FOP to read. */
public final class PrintImages {
  private PrintImages() {}

  /** The found images of {@code docs}, read from {@code files} (in the same order). */
  public static Map<String, String> uris(List<XdmNode> docs, List<Path> files) {
    Map<String, String> uris = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      for (ImageReferences.Reference r : ImageReferences.of(docs.get(i), files.get(i)).all()) {
        r.location().file().ifPresent(f -> uris.putIfAbsent(r.location().url(), f.toUri().toString()));
      }
    }
    return uris;
  }
}
