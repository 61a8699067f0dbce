package org.teikit.publish.pdf;

import java.util.HashSet;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Hyphenation in every language the book is set in: the FO goes to FOP with {@code hyphenate="true"}
 * on fo:root, which every block inherits but headings (blocks whose role is H1…H6), which are
 * never broken inside a word; a block of the stylesheet's that says {@code hyphenate} keeps it. The language each block hyphenates in is the stylesheet's
 * {@code language} (from {@code xml:lang}); FOP reads its patterns from the class path
 * ({@code hyph/<language>.hyp}, net.sf.offo:fop-hyph), and sets text in a language it has none
 * for without hyphens. Added on the way to FOP rather than by the stylesheet, so that the FO the
 * stylesheet makes (and its golden files) say only what the edition is.
 *
 * <p>A block whose margin label (an fo:inline-container) stands inside an fo:inline, as a page
 * break inside italics or a name does, is set without hyphens: FOP 2.11, when it hyphenates such
 * a line, sets the inline's text after the label in place of the text before it ("Before still
 * italicstill italic" for "Before first half | still italic").
 */
final class Hyphenation extends XMLFilterImpl {
  private static final String FO = "http://www.w3.org/1999/XSL/Format";

  /** A heading (the tagged PDF's role): set as a line of its own, never broken inside a word. */
  private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("H[1-6]?");

  private static Attributes with(Attributes atts, String hyphenate) {
    AttributesImpl with = new AttributesImpl(atts);
    with.addAttribute("", "hyphenate", "hyphenate", "CDATA", hyphenate);
    return with;
  }

  /** The blocks, by their place among the FO's blocks in document order, set without hyphens. */
  private final Set<Integer> unhyphenated;
  /** The blocks started so far. */
  private int blocks;

  private Hyphenation(ContentHandler fop, Set<Integer> unhyphenated) {
    setContentHandler(fop);
    this.unhyphenated = unhyphenated;
  }

  /** {@code fop}, FOP's FO tree builder, given the FO {@code fo} with hyphenation on. */
  static ContentHandler on(ContentHandler fop, Processor processor, XdmNode fo) {
    return new Hyphenation(fop, labelsInInlines(processor, fo));
  }

  /** The places (0, 1, … among all fo:blocks in document order) of the blocks with a margin label inside an inline. */
  static Set<Integer> labelsInInlines(Processor processor, XdmNode fo) {
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("fo", FO);
    Set<Integer> places = new HashSet<>();
    try {
      // such labels are rare (a page break inside a name or italics), so counting is cheap
      for (XdmItem place : xpath.evaluate("for $b in //fo:inline-container[parent::fo:inline]/ancestor::fo:block[1]"
          + " return count($b/preceding::fo:block) + count($b/ancestor::fo:block)", fo)) {
        places.add(Integer.parseInt(place.getStringValue()));
      }
    } catch (SaxonApiException e) {
      throw new IllegalStateException("a fixed XPath expression over the FO", e);
    }
    return places;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    boolean block = FO.equals(uri) && "block".equals(localName);
    int place = block ? blocks++ : -1;
    if (FO.equals(uri) && atts.getIndex("", "hyphenate") < 0) {
      if ("root".equals(localName)) {
        atts = with(atts, "true");
      } else if (block && (unhyphenated.contains(place)
          || HEADING.matcher(String.valueOf(atts.getValue("", "role"))).matches())) {
        atts = with(atts, "false");
      }
    }
    super.startElement(uri, localName, qName, atts);
  }
}
