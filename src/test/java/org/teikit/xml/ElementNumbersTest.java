package org.teikit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltTransformer;
import org.junit.jupiter.api.Test;

/** tkj:element-number gives every element the number the stylesheets' accumulator gives it. */
class ElementNumbersTest {
  private static final String STYLESHEET = """
      <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tkj="https://teikit.org/ns/xslt/java">
        <xsl:accumulator name="n" as="xs:integer" initial-value="0">
          <xsl:accumulator-rule match="*" select="$value + 1"/>
        </xsl:accumulator>
        <xsl:mode use-accumulators="#all"/>
        <xsl:template match="/">
          <!-- parentless elements, which Saxon keeps in one tree of several roots -->
          <xsl:variable name="forest" as="element()*">
            <b>one</b><b>two <e/></b>
          </xsl:variable>
          <xsl:sequence select="(//*, $forest/descendant-or-self::*)
              ! (accumulator-before('n') || '=' || tkj:element-number(.))"/>
        </xsl:template>
      </xsl:stylesheet>""";

  @Test
  void numbersAsTheAccumulatorDoes() throws Exception {
    XmlContext xml = XmlContext.create(List.of(), List.of(Path.of(".")));
    XsltTransformer transformer = xml.processor().newXsltCompiler()
        .compile(new StreamSource(new StringReader(STYLESHEET))).load();
    // text-only elements (stored apart in Saxon's tiny tree), comments, PIs, nesting, whitespace
    XdmNode document = xml.processor().newDocumentBuilder().build(new StreamSource(new StringReader(
        "<a><!-- c --><b>text</b> <?pi x?><c><d/><b>more <e>x</e></b></c><f>tail</f></a>")));
    transformer.setInitialContextNode(document);
    net.sf.saxon.s9api.XdmDestination out = new net.sf.saxon.s9api.XdmDestination();
    transformer.setDestination(out);
    transformer.transform();
    XdmValue pairs = out.getXdmNode();
    String[] numbers = pairs.getUnderlyingValue().getStringValue().split(" ");
    assertEquals(10, numbers.length, String.join(" ", numbers));
    for (String pair : numbers) {
      String[] sides = pair.split("=");
      assertEquals(sides[0], sides[1], pair);
    }
  }
}
