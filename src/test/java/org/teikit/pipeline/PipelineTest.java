package org.teikit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diagnostic.Report;
import org.teikit.edition.Edition;
import org.teikit.edition.Editions;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlResult;
import org.teikit.publish.html.HtmlStylesheets;
import org.teikit.store.SourceDigests;

/** The tools are compiled once and shared by every run; a run's validation hands its trees to the web edition. */
class PipelineTest {
  private static final String DOCUMENT = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letter</title></titleStmt>
      <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
      <text><body><p>The treaty was signed.</p></body></text></TEI>
      """;

  @Test
  void everyWebRunSharesOneCompileMadeAgainOnlyWhenAsked(@TempDir Path temp) {
    AtomicInteger compiles = new AtomicInteger();
    try (Pipeline pipeline = Pipeline.open(List.of(), List.of(temp), 1, xml -> {
      compiles.incrementAndGet();
      return HtmlStylesheets.compile(xml);
    })) {
      pipeline.compileWeb();
      assertNotSame(pipeline.web(options()), pipeline.web(options().withPrevious(temp.resolve("site"))));
      assertEquals(1, compiles.get(), "two runs, one compile");
      pipeline.compileWeb();
      assertEquals(2, compiles.get(), "a change to the stylesheets compiles them once more");
    }
  }

  @Test
  void theWebEditionIsMadeFromTheTreesValidationKept(@TempDir Path temp) throws Exception {
    Path edition = Files.createDirectories(temp.resolve("letters"));
    Path letter = Files.writeString(edition.resolve("letter.xml"), DOCUMENT);
    try (Pipeline pipeline = Pipeline.open(List.of(), List.of(edition), 1)) {
      pipeline.compileInBackground();
      List<Edition> editions = Editions.find(List.of(edition));
      SourceDigests sources = SourceDigests.readBeforeParsing(List.of(letter));
      Report report = pipeline.validate(List.of(edition), Optional.empty(), file -> { });
      assertEquals(List.of(letter), report.files());
      // the source changes once validated: the page shows the text validation read, from its kept tree
      Files.writeString(letter, DOCUMENT.replace("The treaty was signed.", "Saved while the build ran."));
      HtmlResult site = pipeline.web(options())
          .publish(editions, temp.resolve("site"), false, sources);
      assertEquals(1, site.rendered(), site.diagnostics().toString());
      Path page = temp.resolve("site").resolve(site.pages().values().iterator().next().get(0));
      assertTrue(Files.readString(page).contains("The treaty was signed."));
    }
  }

  private static HtmlOptions options() {
    return new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD);
  }
}
