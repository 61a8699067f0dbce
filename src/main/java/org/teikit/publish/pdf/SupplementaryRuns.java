package org.teikit.publish.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A character beyond the Basic Multilingual Plane that only a fallback or --fonts family has
 * (I.Sicily's U+101A0 GREEK SYMBOL TAU RHO) goes to FOP in an fo:inline of that family. FOP picks
 * fonts for such a character by its UTF-16 halves when it stands inside a word ("𐆠κοίμησις"):
 * no font has a lone surrogate, and the word's first family is named as missing the glyph. On
 * its own in an inline, the character is set in its family, as it is when it stands alone.
 */
final class SupplementaryRuns extends XMLFilterImpl {
  private static final String FO = "http://www.w3.org/1999/XSL/Format";
  /** FO elements whose text may hold an fo:inline. */
  private static final Set<String> INLINE_PARENTS = Set.of("block", "inline", "basic-link", "wrapper");

  private final FontSet fonts;
  /** The local names of the open elements, innermost first ("" for one outside FO). */
  private final Deque<String> open = new ArrayDeque<>();

  private SupplementaryRuns(ContentHandler fop, FontSet fonts) {
    this.fonts = fonts;
    setContentHandler(fop);
  }

  /** {@code fop}, given such characters each in an inline of its family. */
  static ContentHandler on(ContentHandler fop, FontSet fonts) {
    return new SupplementaryRuns(fop, fonts);
  }

  @Override
  public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts)
      throws SAXException {
    open.push(FO.equals(uri) ? localName : "");
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    open.poll();
    super.endElement(uri, localName, qName);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (!INLINE_PARENTS.contains(String.valueOf(open.peek()))) {
      super.characters(ch, start, length);
      return;
    }
    int from = start;
    int end = start + length;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(ch, i, end);
      int next = i + Character.charCount(cp);
      Optional<String> family = cp > 0xFFFF && !fonts.bundledCovers(cp) ? fonts.userFamilyFor(cp) : Optional.empty();
      if (family.isPresent()) {
        if (i > from) {
          super.characters(ch, from, i - from);
        }
        AttributesImpl atts = new AttributesImpl();
        atts.addAttribute("", "font-family", "font-family", "CDATA", FoMaker.fontFamily(java.util.List.of(family.get())));
        super.startElement(FO, "inline", "fo:inline", atts);
        super.characters(ch, i, next - i);
        super.endElement(FO, "inline", "fo:inline");
        from = next;
      }
      i = next;
    }
    if (end > from) {
      super.characters(ch, from, end - from);
    }
  }
}
