package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.publish.html.HtmlStylesheets;
import org.teikit.work.Pool;
import org.teikit.xml.DocumentTrees;
import org.teikit.xml.XmlContext;

/** Serve's two web publishers share one compile of the stylesheets, made again only on a change. */
class SitePublishersTest {
  @Test
  void bothPublishersShareOneCompile(@TempDir Path temp) {
    XmlContext xml = XmlContext.create(List.of(), List.of(temp));
    AtomicInteger compiles = new AtomicInteger();
    ServeOptions options = ServeOptions.defaults().withJobs(1).withOutput(temp.resolve("html"), temp.resolve("pdf"));
    try (Pool pool = Pool.of(1)) {
      SitePublishers publishers = new SitePublishers(xml, DocumentTrees.parsing(xml), options, pool, x -> {
        compiles.incrementAndGet();
        return HtmlStylesheets.compile(x);
      });
      assertEquals(1, compiles.get(), "the session's first compile");
      publishers.recompile();
      assertEquals(2, compiles.get(), "a change to the stylesheets compiles them once more, not twice");
    }
  }
}
