package org.teikit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small editions the tests write into a temporary folder (never editions/). */
public final class TestEdition {
  /** A valid document: format it with its title and the text of its one paragraph. */
  public static final String VALID = """
      <?xml version="1.0" encoding="UTF-8"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0">
        <teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
          <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
        <text><body><p xml:id="p1">%s</p></body></text>
      </TEI>
      """;
  public static final String DOCUMENT = "letter.xml";
  public static final String PAGE = "doc/letter.html";

  private TestEdition() {}

  /** Writes {@code folder/letter.xml} with one paragraph holding {@code text}. */
  public static Path write(Path folder, String text) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(DOCUMENT);
    Files.writeString(file, document("<p>" + text + "</p>"));
    return file;
  }

  /** Replaces the document's body, the way an editor saves: a new file renamed over the old. */
  public static void save(Path file, String body) throws IOException {
    Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
    Files.writeString(partial, document(body));
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  public static String document(String body) {
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
