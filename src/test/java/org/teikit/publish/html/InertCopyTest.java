package org.teikit.publish.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Shared;
import org.teikit.UsesShared;
import org.teikit.xml.XmlContext;

/**
 * The TEI copy published beside each page: inert when a browser opens it (no element or
 * attribute in a live namespace, no stylesheet instruction), and saying what the source says
 * (the same elements, attributes, text, comments and instructions, in the same order, once the
 * inert prefix is taken off). {@link InertCopyBrowserTest} checks the browser itself.
 */
class InertCopyTest {
  static final Path PUB_DIP = Sites.CORPORA.resolve("frus/volumes/frus1917-72PubDip.xml");

  /** Every way of getting live markup into a TEI file that the browser test checks. */
  static final String HOSTILE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <?xml-stylesheet type="text/xsl" href="evil.xsl"?>
      <!DOCTYPE TEI [ <!ENTITY x "<img xmlns='http://www.w3.org/1999/xhtml' src='y' onerror='window.fired=&quot;entity&quot;'/>"> ]>
      <!-- a comment in the prolog -->
      <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:h="http://www.w3.org/1999/xhtml">
        <teiHeader><fileDesc><titleStmt><title>Live &amp; well</title></titleStmt>
          <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
        <text><body><p rend="a&#10;b&#9;c&#13;d">Look <img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="window.fired='img'"/> here.
        <h:script>window.fired='script'</h:script><svg xmlns="http://www.w3.org/2000/svg" onload="window.fired='svg'"/>
        <math xmlns="http://www.w3.org/1998/Math/MathML"><mi h:onclick="x">x</mi></math> &x; <![CDATA[a < b & c]]>&#13;</p></body></text>
      </TEI>
      """;

  @TempDir Path dir;

  @Test
  void aSourceWithLiveMarkupIsCopiedInertAndSaysTheSame() throws IOException {
    Path source = Files.writeString(dir.resolve("live.xml"), HOSTILE);
    XmlContext xml = Sites.context(dir);
    Path copy = dir.resolve("copy.xml");

    InertCopy.write(xml.parsers(), Sites.read(xml, source), source, copy);

    XdmNode written = Sites.read(xml, copy);
    assertFalse(InertCopy.live(written), Files.readString(copy));
    assertEquals(nodes(Sites.read(xml, source), false), nodes(written, true));
    String text = Files.readString(copy);
    assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- teikit: this is live.xml"), text);
    assertTrue(text.contains("<?teikit-inert-xml-stylesheet type=\"text/xsl\" href=\"evil.xsl\"?>"), text);
  }

  @Test
  void aSourceWithNothingLiveIsCopiedByteForByte() throws IOException {
    Path source = Files.writeString(dir.resolve("plain.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [ <!ENTITY t \"text\"> ]>"
        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>&t; &#x263A;</p></body></text></TEI>\n");
    XmlContext xml = Sites.context(dir);
    Path copy = dir.resolve("copy.xml");

    InertCopy.write(xml.parsers(), Sites.read(xml, source), source, copy);

    assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(copy));
  }

  /** FRUS's Public Diplomacy volume carries XHTML script elements; its copy runs none and says the same. */
  @Test
  @UsesShared
  void frusPublicDiplomacyIsCopiedInertAndSaysTheSame() throws IOException {
    Shared.require(PUB_DIP);
    XmlContext xml = Sites.context(PUB_DIP.getParent());
    XdmNode source = Sites.read(xml, PUB_DIP);
    assertTrue(InertCopy.live(source), "the volume holds XHTML");
    Path copy = dir.resolve("copy.xml");

    InertCopy.write(xml.parsers(), source, PUB_DIP, copy);

    XdmNode written = Sites.read(xml, copy);
    assertFalse(InertCopy.live(written));
    List<String> expected = nodes(source, false);
    assertTrue(expected.size() > 5_000, "nodes compared: " + expected.size());
    assertEquals(expected, nodes(written, true));
  }

  /** Every corpus file that names a live namespace or a stylesheet instruction: copied inert, saying the same. */
  @Test
  @UsesShared
  void everyCorpusFileWithLiveMarkupIsCopiedInertAndSaysTheSame() throws IOException {
    List<Path> files;
    try (var walk = Files.walk(Sites.CORPORA)) {
      files = walk.filter(f -> f.toString().endsWith(".xml")).filter(InertCopyTest::namesLiveMarkup).sorted().toList();
    }
    assertTrue(files.size() >= 6, "files with live markup: " + files); // 4 in FRUS, 2 in the apparatus corpus
    int live = 0;
    for (Path file : files) {
      XmlContext xml = Sites.context(file.getParent());
      XdmNode source = Sites.read(xml, file);
      Path copy = dir.resolve("copy.xml");
      InertCopy.write(xml.parsers(), source, file, copy);
      XdmNode written = Sites.read(xml, copy);
      assertFalse(InertCopy.live(written), file.toString());
      assertEquals(nodes(source, false), nodes(written, InertCopy.live(source)), file.toString());
      live += InertCopy.live(source) ? 1 : 0;
    }
    assertTrue(live >= 1, "rewritten: " + live);
  }

  private static boolean namesLiveMarkup(Path file) {
    try {
      String text = Files.readString(file);
      return InertCopy.LIVE.stream().anyMatch(text::contains) || text.contains("xml-stylesheet");
    } catch (IOException | java.io.UncheckedIOException notText) {
      return false;
    }
  }

  /**
   * Every node in document order, as kind, namespace, name, attributes and value; for a copy,
   * the inert prefix taken off, the renamed instructions named back and teikit's notice left out.
   */
  static List<String> nodes(XdmNode document, boolean copy) {
    List<String> out = new ArrayList<>();
    boolean[] notice = {copy};
    document.select(Steps.descendant()).forEach(n -> {
      if (notice[0] && n.getNodeKind() == XdmNodeKind.COMMENT) {
        notice[0] = false;
        return;
      }
      out.add(describe(n, copy));
    });
    return out;
  }

  private static String describe(XdmNode n, boolean copy) {
    return switch (n.getNodeKind()) {
      case ELEMENT -> "element " + name(n, copy) + " " + n.select(Steps.attribute())
          .map(a -> name(a, copy) + "=" + a.getStringValue()).sorted().toList();
      case PROCESSING_INSTRUCTION -> "pi " + (copy ? n.getNodeName().getLocalName()
          .replace(InertCopy.INERT_STYLESHEET, "xml-stylesheet") : n.getNodeName().getLocalName()) + " " + n.getStringValue();
      default -> n.getNodeKind() + " " + n.getStringValue();
    };
  }

  private static String name(XdmNode n, boolean copy) {
    String ns = n.getNodeName().getNamespace();
    return "{" + (copy ? ns.replaceFirst("^" + InertCopy.INERT.replace(":", "\\:"), "") : ns) + "}"
        + n.getNodeName().getLocalName();
  }
}
