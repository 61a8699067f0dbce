package org.teikit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What serve adds to a page: the script in the head, the banner first in the body, escaped. */
class PageInjectionTest {
  static final String SCRIPT = "<script src=\"/_teikit/live.js\" data-build=\"3\" defer=\"defer\"></script>";

  @Test
  void theScriptGoesAtTheEndOfTheHeadAndNothingElseWithoutFindings() {
    String page = "<html><head><title>t</title></head><body><p>x</p></body></html>";
    assertEquals("<html><head><title>t</title>" + SCRIPT + "</head><body><p>x</p></body></html>",
        PageInjection.inject(page, 3, List.of(), Optional.empty()));
  }

  @Test
  void theBannerOpensTheBodyWithEveryCharacterEscaped() {
    String page = "<HTML><HEAD></HEAD><BODY class=\"a>b\"><p>x</p></BODY></HTML>";
    String out = PageInjection.inject(page, 3, List.of("f.xml:1:2: error: <img src=x onerror=alert(1)> & 'q' [rng]"),
        Optional.of("/_teikit/pdf/a\"b"));
    assertTrue(out.startsWith("<HTML><HEAD>" + SCRIPT + "</HEAD><BODY class=\"a>b\"><div id=\"teikit-serve-banner\""), out);
    assertTrue(out.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39; [rng]"), out);
    assertTrue(out.contains("href=\"/_teikit/pdf/a&quot;b\""), out);
    assertFalse(out.contains("<img"));
  }

  @Test
  void aFragmentWithoutHeadOrBodyStillGetsBoth() {
    String out = PageInjection.inject("<p>x</p>", 3, List.of("problem"), Optional.empty());
    assertTrue(out.startsWith("<p>x</p><div id=\"teikit-serve-banner\""), out);
    assertTrue(out.endsWith(SCRIPT), out);
  }

  @Test
  void aLongListIsCutWithACount() {
    List<String> many = Collections.nCopies(PageInjection.MAX_LINES + 7, "f.xml: error: e [rng]");
    String banner = PageInjection.banner(many, Optional.empty());
    assertEquals(PageInjection.MAX_LINES + 1, banner.split("<li>").length - 1);
    assertTrue(banner.contains("and 7 more"), banner);
    assertTrue(banner.contains((PageInjection.MAX_LINES + 7) + " findings"), banner);
  }
}
