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
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFPainter;
import org.apache.fop.render.intermediate.util.IFDocumentHandlerProxy;
import org.apache.fop.render.pdf.PDFDocumentHandler;

/**
 * Margin notes, which FOP lacks: the label of a page break inside running text is set at its
 * place with no width (xslt/fo marks it with a letter-spacing of {@link #MARK} millipoints), and
 * while FOP paints the page, where the line's position is known, this moves it into the right
 * margin beside its line, where the labels of page breaks between paragraphs stand.
 */
final class MarginLabels extends IFDocumentHandlerProxy {
  /** The letter-spacing, in millipoints, that marks a margin label (0.013pt: invisible). */
  static final int MARK = 13;
  /** The label's distance from the text block: 3 mm in millipoints. */
  static final int GAP = 8504;

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
  public IFPainter startPageContent() throws IFException {
    IFPainter painter = super.startPageContent();
    return (IFPainter) Proxy.newProxyInstance(IFPainter.class.getClassLoader(), new Class<?>[] {IFPainter.class},
        new Mover(painter));
  }

  /** Follows the nested coordinate systems of a page and moves the marked texts. */
  private static final class Mover implements InvocationHandler {
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
        case "drawText" -> {
          if ((Integer) args[2] == MARK) {
            args[0] = marginX();
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

    /** x of the margin in the innermost coordinate system: right of the outermost viewport (the region). */
    private int marginX() {
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
      return width + GAP - nested;
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
