package org.teikit.publish.pdf;

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

  private Hyphenation(ContentHandler fop) {
    setContentHandler(fop);
  }

  /** {@code fop}, FOP's FO tree builder, given the FO with hyphenation on. */
  static ContentHandler on(ContentHandler fop) {
    return new Hyphenation(fop);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    if (FO.equals(uri) && atts.getIndex("", "hyphenate") < 0) {
      if ("root".equals(localName)) {
        atts = with(atts, "true");
      } else if ("block".equals(localName) && HEADING.matcher(String.valueOf(atts.getValue("", "role"))).matches()) {
        atts = with(atts, "false");
      }
    }
    super.startElement(uri, localName, qName, atts);
  }
}
