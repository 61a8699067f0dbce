package org.teikit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the seed edition given teikit settings in its edition.xml (the seed itself stays as it is). */
public final class SeedCopy {
  public static final Path SEED = Path.of("editions/chervonenko-deng-1962");

  private SeedCopy() {}

  /**
   * Copies the seed to {@code to} and declares {@code labels} (one {@code <label type="...">} a
   * setting) in its edition.xml's appInfo; returns {@code to}.
   */
  public static Path withSettings(Path to, String labels) throws IOException {
    Folders.copy(SEED, to);
    Path edition = to.resolve("edition.xml");
    String text = Files.readString(edition);
    if (!text.contains("</encodingDesc>")) {
      throw new IOException("the seed's edition.xml has no encodingDesc to declare settings in");
    }
    Files.writeString(edition, text.replace("</encodingDesc>", """
          <appInfo>
            <application ident="teikit" version="1.0">
              <label>teikit</label>
              %s
            </application>
          </appInfo>
        </encodingDesc>""".formatted(labels)));
    return to;
  }

  /** The label that sets one setting. */
  public static String setting(String type, String value) {
    return "<label type=\"" + type + "\">" + value + "</label>";
  }
}
