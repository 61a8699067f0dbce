package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;

/**
 * A real FRUS volume, frus1969-76v01 (123 documents), published once for the class: each of its
 * documents is named by number, title and date on its page, in the search index and in the index
 * of persons, and the volume is dated by the documents it holds.
 */
@UsesShared
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrusPartsTest {
  private static final Path VOLUME = Sites.CORPORA.resolve("frus/volumes/frus1969-76v01.xml");
  private Path site;

  @BeforeAll
  void publish(@TempDir Path tmp) throws IOException {
    Shared.require(VOLUME);
    site = tmp.resolve("site");
    Sites.publish(site, 2, VOLUME);
  }

  @Test
  void aDocumentsPageNamesItsNumberTitleAndDate() throws IOException {
    String page = Files.readString(site.resolve("doc/frus1969-76v01.d10.html"));
    PartsHtmlTest.assertNamesPart(page, "10", "Letter From President Nixon to Secretary of Defense Laird", "1969-02-04",
        "4 February 1969");
    assertTrue(page.contains("href=\"frus1969-76v01.d10.html#d10\">doc/frus1969-76v01.d10.html#d10</a>"), page);
    assertTrue(page.contains("<p class=\"citation\">“Letter From President Nixon to Secretary of Defense Laird”, "
        + "4 February 1969. In: Foreign Relations of the United States, 1969–1976, Volume I, Foundations of Foreign "
        + "Policy, 1969–1972, No. 10. doc/frus1969-76v01.d10.html#d10.</p>"), page);
  }

  @Test
  void everyDocumentHasItsLabelInTheSearchIndex() throws IOException {
    String index = Files.readString(site.resolve("search-index.js"));
    Matcher labels = Pattern.compile("\"No\\. (\\d+)\\. [^\"]+\"").matcher(index.substring(0, index.indexOf("\"dates\"")));
    int count = 0;
    while (labels.find()) {
      assertEquals(++count, Integer.parseInt(labels.group(1)), labels.group());
    }
    assertEquals(123, count);
    assertTrue(index.contains("\"No. 10. Letter From President Nixon to Secretary of Defense Laird, 4 February 1969\""));
  }

  @Test
  void theIndexOfPersonsNamesTheDocumentOfEachMention() throws IOException {
    String persons = Files.readString(site.resolve("persons.html"));
    int mentions = persons.split("class=\"context\"", -1).length - 1;
    int named = persons.split("class=\"mention-part\"", -1).length - 1;
    int numbered = persons.split("lang=\"en\">No\\. \\d+</span>", -1).length - 1;
    // by the document's number, or by the heading of the front or back matter (Preface, Index)
    assertEquals(mentions, named);
    assertTrue(mentions > 1000 && numbered > 1000, numbered + " of " + mentions);
  }

  @Test
  void theHomePageDatesTheVolumeByItsDocuments() throws IOException {
    String home = Files.readString(site.resolve("index.html"));
    assertTrue(home.contains("<time datetime=\"1967-07-29\">29 July 1967 – 4 November 1972</time>"), home);
  }
}
