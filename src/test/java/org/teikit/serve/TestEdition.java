package org.teikit.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-document edition written by the tests into a temporary folder (never editions/). */
final class TestEdition {
  static final String DOCUMENT = "letter.xml";
  static final String PAGE = "doc/letter.html";

  private TestEdition() {}

  /** Writes {@code folder/letter.xml} with one paragraph holding {@code text}. */
  static Path write(Path folder, String text) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(DOCUMENT);
    Files.writeString(file, document("<p>" + text + "</p>"));
    return file;
  }

  /** Replaces the document's body, the way an editor saves: a new file renamed over the old. */
  static void save(Path file, String body) throws IOException {
    Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
    Files.writeString(partial, document(body));
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  static String document(String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="letter" xml:lang="en">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>A Letter</title></titleStmt>
              <publicationStmt><p>Test</p></publicationStmt>
              <sourceDesc><p>Made up for the serve tests.</p></sourceDesc>
            </fileDesc>
          </teiHeader>
          <text>
            <body>
              %s
            </body>
          </text>
        </TEI>
        """.formatted(body);
  }
}
