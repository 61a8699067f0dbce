package org.teikit.publish.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * The interface words print sets in the book's language (tk:label): read from the catalogues in
 * xslt/common/labels/, one file a language, so that print's contents, document headings and
 * index are found in every language the labels have.
 */
final class Labels {
  static final Path FOLDER = Path.of("xslt/common/labels");
  private static final Processor SAXON = new Processor(false);
  private static List<XdmNode> catalogues;

  private Labels() {}

  /** The word for a key in every language that has one. */
  static synchronized Set<String> all(String key) {
    try {
      if (catalogues == null) {
        catalogues = read();
      }
      XPathCompiler xpath = SAXON.newXPathCompiler();
      xpath.declareVariable(new net.sf.saxon.s9api.QName("key"));
      var selector = xpath.compile("/labels/label[@key = $key]");
      Set<String> words = new LinkedHashSet<>();
      for (XdmNode catalogue : catalogues) {
        var select = selector.load();
        select.setContextItem(catalogue);
        select.setVariable(new net.sf.saxon.s9api.QName("key"), new net.sf.saxon.s9api.XdmAtomicValue(key));
        for (XdmItem word : select.evaluate()) {
          words.add(Words.spaced(word.getStringValue()));
        }
      }
      return words;
    } catch (SaxonApiException | IOException e) {
      throw new AssertionError("cannot read the labels in " + FOLDER + ": " + e.getMessage(), e);
    }
  }

  private static List<XdmNode> read() throws SaxonApiException, IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<Path> xml = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
      if (xml.size() < 2) {
        throw new IOException("catalogues found: " + xml);
      }
      List<XdmNode> read = new java.util.ArrayList<>();
      for (Path file : xml) {
        read.add(SAXON.newDocumentBuilder().build(file.toFile()));
      }
      return read;
    }
  }
}
