package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web edition names the people responsible in the groups print's title page uses
 * (xslt/common tk:people, tk:people-line): on the home page from the edition's header, in each
 * document's metadata panel from its own.
 */
class PeopleHtmlTest {
  private static final String TITLE_STMT = """
      <titleStmt><title type="main">%s</title>
        <author>Mary Ann Evans</author>
        <editor role="primary"><persName>Adam Howard</persName></editor>
        <editor role="general"><persName>Kent Sieg</persName></editor>
        <respStmt><resp>Encoded by</resp><name>Enid Coder</name></respStmt>
      </titleStmt>""";

  private static String tei(String title, String body) {
    return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>" + TITLE_STMT.formatted(title)
        + "<publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Made up.</p></sourceDesc>"
        + "</fileDesc></teiHeader><text><body>" + body + "</body></text></TEI>";
  }

  @Test
  void homePageAndMetadataPanelNameAuthorsEditorsGeneralEditorsAndRespStmt(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("ed"));
    Files.writeString(folder.resolve("edition.xml"), tei("An Edition", "<p>Intro.</p>"));
    Files.writeString(folder.resolve("doc.xml"), tei("A Document", "<p>Text.</p>"));
    Sites.publish(tmp.resolve("site"), 1, folder);

    String home = Files.readString(tmp.resolve("site/index.html"));
    for (String line : new String[] {"By Mary Ann Evans", "Edited by Adam Howard", "General editor: Kent Sieg",
        "Encoded by Enid Coder"}) {
      assertTrue(home.contains(line), "'" + line + "' on the home page:\n" + home);
    }
    String doc = Files.readString(tmp.resolve("site/doc/doc.html"));
    assertTrue(doc.contains("<dt>General editor</dt><dd>Kent Sieg</dd>")
        && doc.contains("<dt>By</dt><dd>Mary Ann Evans</dd>"), doc);
  }
}
