package org.teikit.publish.pdf;

import java.awt.Dimension;
import java.awt.geom.AffineTransform;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.fonts.Font;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFPainter;
import org.apache.fop.render.intermediate.util.IFDocumentHandlerProxy;
import org.apache.fop.render.pdf.PDFDocumentHandler;

/**
 * Margin notes, which FOP lacks: the label of a page break inside running text is set at its
 * place with no width (xslt/fo marks it with a letter-spacing of {@link #MARK} millipoints), and
 * while FOP paints the page, where the line's position is known, this moves it into the outer
 * margin beside its line: right of the text block on odd pages, left of it, set flush against
 * it, on even ones (the page masters tk-even and tk-first-even, whose wide margin is the left). The labels of page
 * breaks between paragraphs carry the same mark and move with them.
 */
final class MarginLabels extends IFDocumentHandlerProxy {
  /** The letter-spacing, in millipoints, that marks a margin label (0.013pt: invisible). */
  static final int MARK = 13;
  /** The label's distance from the text block: 3 mm in millipoints. */
  static final int GAP = 8504;

  /** The ending of the page masters of even pages (xslt/fo/layout.xsl: tk-even, tk-first-even), whose outer margin is on the left. */
  static final String EVEN = "even";

  /** Whether the page being painted has its outer margin on the left. */
  private boolean outerLeft;
  /** The font of the text painted last, which a painter names only when it changes. */
  private final TextFont font = new TextFont();

  private MarginLabels(IFDocumentHandler pdf) {
    super(pdf);
  }

  /** FOP's PDF output, configured as FOP configures its own, with the labels moved. */
  static IFDocumentHandler pdf(FOUserAgent agent) throws FOPException {
    return around(plainPdf(agent));
  }

  /** {@code output} (PDF, or IF that is made into PDF later) with the labels moved. */
  static IFDocumentHandler around(IFDocumentHandler output) {
    return new MarginLabels(output);
  }

  /** FOP's PDF output, configured as FOP configures its own. */
  static IFDocumentHandler plainPdf(FOUserAgent agent) throws FOPException {
    PDFDocumentHandler pdf = new PDFDocumentHandler(new IFContext(agent));
    pdf.getConfigurator().configure(pdf);
    return pdf;
  }

  @Override
  public void startPage(int index, String name, String pageMasterName, Dimension size) throws IFException {
    outerLeft = pageMasterName != null && pageMasterName.endsWith(EVEN);
    super.startPage(index, name, pageMasterName, size);
  }

  @Override
  public IFPainter startPageContent() throws IFException {
    IFPainter painter = super.startPageContent();
    return (IFPainter) Proxy.newProxyInstance(IFPainter.class.getClassLoader(), new Class<?>[] {IFPainter.class},
        new Mover(painter));
  }

  /** The font a painter was last told to use, as {@link IFPainter#setFont} names it (null: unchanged). */
  private static final class TextFont {
    private String family = "DejaVu Sans";
    private String style = "normal";
    private int weight = 400;
    private int size = 7000;

    void set(Object[] args) {
      family = args[0] != null ? (String) args[0] : family;
      style = args[1] != null ? (String) args[1] : style;
      weight = args[2] != null ? (Integer) args[2] : weight;
      size = args[4] != null ? (Integer) args[4] : size;
    }

    /** The width of {@code text} in this font, in millipoints, with the letter-spacing it is drawn with. */
    int width(FontInfo fonts, String text, int letterSpacing) {
      Font f = fonts.getFontInstance(fonts.fontLookup(family.split(",")[0].strip(), style, weight), size);
      return f.getWordWidth(text) + letterSpacing * text.codePointCount(0, text.length());
    }
  }

  /** Follows the nested coordinate systems of a page and moves the marked texts. */
  private final class Mover implements InvocationHandler {
    private final IFPainter painter;
    /** Per open viewport or group: its x offset, and its width (viewports) or -1 (groups). */
    private final Deque<int[]> frames = new ArrayDeque<>();

    Mover(IFPainter painter) {
      this.painter = painter;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "startViewport" -> frames.push(new int[] {offset(args[0]), ((Dimension) args[1]).width});
        case "startGroup" -> frames.push(new int[] {offset(args[0]), -1});
        case "endViewport", "endGroup" -> frames.poll();
        case "setFont" -> font.set(args);
        case "drawText" -> {
          if ((Integer) args[2] == MARK) {
            args[0] = outerLeft ? marginX(false) - GAP - font.width(getFontInfo(), (String) args[5], MARK)
                : marginX(true) + GAP;
          }
        }
        default -> { }
      }
      try {
        return method.invoke(painter, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    /**
     * x of the text block's right edge ({@code right}) or left edge in the innermost coordinate
     * system: the outermost viewport is the region.
     */
    private int marginX(boolean right) {
      int nested = 0;
      int width = 0;
      for (var it = frames.descendingIterator(); it.hasNext(); ) {
        int[] frame = it.next();
        if (width == 0 && frame[1] > 0) {
          width = frame[1];
        } else if (width > 0) {
          nested += frame[0];
        }
      }
      return (right ? width : 0) - nested;
    }

    private static int offset(Object transform) {
      if (transform instanceof AffineTransform t) {
        return (int) Math.round(t.getTranslateX());
      }
      AffineTransform combined = new AffineTransform();
      for (AffineTransform t : (AffineTransform[]) transform) {
        combined.concatenate(t);
      }
      return (int) Math.round(combined.getTranslateX());
    }
  }
}
