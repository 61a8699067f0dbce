package org.teikit.publish.pdf;

import java.awt.Dimension;
import java.awt.Point;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.io.IOException;
import javax.xml.transform.stream.StreamResult;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentNavigationHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFParser;
import org.apache.fop.render.intermediate.IFUtil;
import org.apache.fop.render.intermediate.extensions.AbstractAction;
import org.apache.fop.render.intermediate.extensions.Bookmark;
import org.apache.fop.render.intermediate.extensions.BookmarkTree;
import org.apache.fop.render.intermediate.extensions.GoToXYAction;
import org.apache.fop.render.intermediate.extensions.Link;
import org.apache.fop.render.intermediate.extensions.NamedDestination;
import org.apache.fop.render.intermediate.util.IFDocumentHandlerProxy;
import org.teikit.diagnostic.Catalogue;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Joins parts laid out to IF into one PDF. Each part's pages follow the previous part's and its
 * links and bookmarks move with them. A link or bookmark to an id in another part (the contents
 * point at the documents) is left unresolved by its part's layout; here it goes to the first page
 * of the part that holds the id. FOP's own IFConcatenator drops every link and bookmark, hence
 * this class. The first part's document header (its XMP metadata) is the PDF's.
 */
final class PartJoiner {
  private final IFDocumentHandler pdf;
  private final FOUserAgent agent;
  private final Map<String, Integer> targets;
  private final BookmarkTree bookmarks = new BookmarkTree();
  /** Go-tos to pages of later parts: id → page index, resolved once every page is there. */
  private final Map<String, Integer> forward = new TreeMap<>();
  private int nextPage;
  private int partNumber;

  /**
   * @param targets the page index (0-based, in the joined PDF) of each target other parts link to
   */
  private PartJoiner(IFDocumentHandler pdf, FOUserAgent agent, Map<String, Integer> targets) {
    this.pdf = pdf;
    this.agent = agent;
    this.targets = targets;
  }

  /** Writes the PDF of {@code parts} (IF documents, in book order) to {@code out}. */
  static void join(List<byte[]> parts, Map<String, Integer> targets, FOUserAgent agent, OutputStream out)
      throws FOPException, IFException {
    PartJoiner joiner = open(targets, agent, out);
    for (byte[] part : parts) {
      joiner.append(part);
    }
    joiner.finish();
  }

  /** A PDF to which parts are then appended in book order, and which {@link #finish()} ends. */
  static PartJoiner open(Map<String, Integer> targets, FOUserAgent agent, OutputStream out)
      throws FOPException, IFException {
    IFDocumentHandler pdf;
    synchronized (FopLayout.CONFIGURATION) { // configuring the output reads FOP's configuration DOM
      pdf = MarginLabels.plainPdf(agent); // the parts' margin labels have moved already
    }
    pdf.setResult(new StreamResult(out));
    IFUtil.setupFonts(pdf);
    if (agent.isAccessibilityEnabled()) {
      // the IF parser sends the parts' structure trees to the agent's handler: the PDF's own
      agent.setStructureTreeEventHandler(pdf.getStructureTreeEventHandler());
    }
    pdf.startDocument();
    return new PartJoiner(pdf, agent, targets);
  }

  /** Ends the PDF: the go-tos to later parts resolved, the parts' bookmarks as one tree. */
  void finish() throws IFException {
    for (Map.Entry<String, Integer> go : forward.entrySet()) {
      pdf.getDocumentNavigationHandler().addResolvedAction(new GoToXYAction(go.getKey(), go.getValue(), new Point(0, 0), null));
    }
    pdf.startDocumentTrailer();
    if (!bookmarks.getBookmarks().isEmpty()) {
      pdf.getDocumentNavigationHandler().renderBookmarkTree(bookmarks);
    }
    pdf.endDocumentTrailer();
    pdf.endDocument();
  }

  void append(byte[] part) throws IFException {
    // FOP's IFParser.parse goes through the JAXP identity transformer (Saxon's, here), a layer of
    // events more than a SAX parser feeding its handler directly
    ContentHandler handler = new IFParser().getContentHandler(new PartFilter(partNumber == 0), agent);
    try {
      IntermediateReader.read(part, handler);
    } catch (SAXException | IOException e) {
      if (e.getCause() instanceof IFException fop) {
        throw fop;
      }
      throw new IFException(Catalogue.text("pdf.part-unreadable", e.getMessage()), e);
    }
    partNumber++;
  }

  /**
   * An action of the current part as the joined PDF needs it: a go-to within the part moves with
   * its pages, one to another part's id goes to that part's first page. (Action ids are the FO ids
   * they go to, unique in the book.)
   */
  private AbstractAction move(AbstractAction action, int offset) {
    if (!(action instanceof GoToXYAction go)) {
      return action;
    }
    GoToXYAction moved = moved(go, offset);
    moved.setStructureTreeElement(go.getStructureTreeElement()); // a tagged PDF's link element
    return moved;
  }

  private GoToXYAction moved(GoToXYAction go, int offset) {
    Integer elsewhere = targets.get(go.getID());
    if (elsewhere != null && elsewhere < nextPage) {
      return new GoToXYAction(go.getID(), elsewhere, new Point(0, 0), null);
    }
    if (elsewhere != null) {
      forward.put(go.getID(), elsewhere); // the PDF resolves a go-to only to a page it has: later
      return new GoToXYAction(go.getID());
    }
    return go.isComplete() ? new GoToXYAction(go.getID(), go.getPageIndex() + offset, go.getTargetLocation(), null)
        : new GoToXYAction(go.getID());
  }

  private Bookmark move(Bookmark bookmark, int offset) {
    Bookmark moved = new Bookmark(bookmark.getTitle(), bookmark.isShown(), move(bookmark.getAction(), offset));
    for (Object child : bookmark.getChildBookmarks()) {
      moved.addChildBookmark(move((Bookmark) child, offset));
    }
    return moved;
  }

  /** One part's events, passed on to the PDF without its document frame and with its pages moved. */
  private final class PartFilter extends IFDocumentHandlerProxy {
    private final boolean first;
    private final int offset = nextPage;
    private final Navigation navigation = new Navigation();
    private boolean inSequence;

    PartFilter(boolean first) {
      super(pdf);
      this.first = first;
    }

    @Override
    public void startDocument() {
    }

    @Override
    public void endDocument() {
    }

    @Override
    public void startDocumentHeader() throws IFException {
      if (first) {
        super.startDocumentHeader();
      }
    }

    @Override
    public void endDocumentHeader() throws IFException {
      if (first) {
        super.endDocumentHeader();
      }
    }

    @Override
    public void startDocumentTrailer() {
    }

    @Override
    public void endDocumentTrailer() {
    }

    @Override
    public void startPageSequence(String id) throws IFException {
      inSequence = true;
      super.startPageSequence(id);
    }

    @Override
    public void endPageSequence() throws IFException {
      super.endPageSequence();
      inSequence = false;
    }

    /** Document-level extensions (metadata) come from the first part only. */
    @Override
    public void handleExtensionObject(Object extension) throws IFException {
      if (first || inSequence) {
        super.handleExtensionObject(extension);
      }
    }

    @Override
    public void startPage(int index, String name, String pageMasterName, Dimension size) throws IFException {
      super.startPage(offset + index, name, pageMasterName, size);
      nextPage = Math.max(nextPage, offset + index + 1);
    }

    @Override
    public IFDocumentNavigationHandler getDocumentNavigationHandler() {
      return navigation;
    }

    private final class Navigation implements IFDocumentNavigationHandler {
      private final IFDocumentNavigationHandler target = pdf.getDocumentNavigationHandler();

      @Override
      public void renderNamedDestination(NamedDestination destination) throws IFException {
        target.renderNamedDestination(new NamedDestination(destination.getName(), move(destination.getAction(), offset)));
      }

      @Override
      public void renderBookmarkTree(BookmarkTree tree) {
        for (Object bookmark : tree.getBookmarks()) {
          bookmarks.addBookmark(move((Bookmark) bookmark, offset));
        }
      }

      @Override
      public void renderLink(Link link) throws IFException {
        target.renderLink(new Link(move(link.getAction(), offset), link.getTargetRect()));
      }

      @Override
      public void addResolvedAction(AbstractAction action) throws IFException {
        target.addResolvedAction(move(action, offset));
      }

      @Override
      public int getPageIndex() {
        return target.getPageIndex();
      }
    }
  }
}
