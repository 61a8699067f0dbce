package org.teikit.publish.images;

import java.io.IOException;

/** An image file ImageIO cannot decode: reported at the element that names it, not a failed run. */
final class UnreadableImage extends IOException {
  UnreadableImage(String why) {
    super(why);
  }
}
