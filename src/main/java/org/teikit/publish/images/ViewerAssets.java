package org.teikit.publish.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The page-image viewer's files, copied into an edition's assets only when one of its documents
 * has page images: OpenSeadragon as its npm package builds it (script, button images, licence),
 * unmodified, and teikit's facsimile.js that drives it.
 */
public final class ViewerAssets {
  private static final String FROM = "/xslt/html/assets/";
  private static final List<String> BUTTONS = List.of("button", "flip", "fullpage", "home", "next", "previous",
      "rotateleft", "rotateright", "zoomin", "zoomout");
  private static final List<String> STATES = List.of("grouphover", "hover", "pressed", "rest");

  private ViewerAssets() {}

  /** The files, relative to the assets folder. */
  static List<String> files() {
    List<String> files = new ArrayList<>(List.of("facsimile.js", "openseadragon/openseadragon.min.js",
        "openseadragon/LICENSE.txt"));
    for (String button : BUTTONS) {
      for (String state : STATES) {
        files.add("openseadragon/images/" + button + "_" + state + ".png");
      }
    }
    return files;
  }

  /**
   * Copies the files into {@code site}/assets/ once (the documents of an edition are rendered at
   * once: the first to need them copies them, the others find them there).
   */
  static synchronized void copyInto(Path site) throws IOException {
    Path assets = site.resolve("assets");
    if (Files.exists(assets.resolve("facsimile.js"))) {
      return;
    }
    // the marker file last, so that a copy cut short is done again
    List<String> files = new ArrayList<>(files());
    files.add(files.remove(0));
    for (String name : files) {
      Path target = assets.resolve(name);
      Files.createDirectories(target.getParent());
      try (InputStream in = ViewerAssets.class.getResourceAsStream(FROM + name)) {
        if (in == null) {
          throw new IOException("the asset " + name + " is missing from teikit's build");
        }
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
