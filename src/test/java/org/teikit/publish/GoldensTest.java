package org.teikit.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/** The golden form indents only where the output has no text, and keeps every difference that shows. */
class GoldensTest {
  private static final Processor SAXON = new Processor(false);

  private static String indented(String xml) throws SaxonApiException {
    XdmNode tree = SAXON.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
    return Goldens.indented(tree);
  }

  @Test
  void elementsWithoutTextAreIndentedMixedContentStaysAsMadeAndAttributesAreSorted() throws SaxonApiException {
    assertEquals("""
        <div a="1" b="2">
          <p>One <i>two</i>  three</p>
          <ul>
            <li/>
          </ul>
        </div>
        """, indented("<div b='2' a='1'><p>One <i>two</i>  three</p><ul><li/></ul></div>"));
  }

  @Test
  void whitespaceTheOutputHasIsKeptSoItsLossShows() throws SaxonApiException {
    String spaced = indented("<p><b>a</b> <b>b</b></p>");
    String joined = indented("<p><b>a</b><b>b</b></p>");
    assertEquals("<p><b>a</b> <b>b</b></p>\n", spaced, "a space between inline elements is text: one line, as made");
    assertNotEquals(spaced, joined);
  }

  @Test
  void namespacesAreDeclaredWhereTheyFirstApplyAndAttributesKeepTheirLineBreaks() throws SaxonApiException {
    assertEquals("""
        <html xmlns="http://www.w3.org/1999/xhtml">
          <svg xmlns:s="urn:s" title="a&#10;b">
            <s:g/>
          </svg>
        </html>
        """, indented("<html xmlns='http://www.w3.org/1999/xhtml'><svg xmlns:s='urn:s' title='a&#10;b'><s:g/></svg></html>"));
  }

  @Test
  void aDifferenceIsReportedWithItsLineAndColumn() {
    String report = Goldens.firstDifference(Path.of("g.html"), "<a>\n  <b>same</b>\n</a>\n", "<a>\n  <b>sane</b>\n</a>\n")
        .orElseThrow();
    assertTrue(report.startsWith("g.html:2:8: the output differs from the golden"), report);
    assertEquals(Goldens.firstDifference(Path.of("g.html"), "x\n", "x\n"), java.util.Optional.empty());
  }
}
