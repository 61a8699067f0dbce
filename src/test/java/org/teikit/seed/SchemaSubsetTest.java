package org.teikit.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.teikit.UsesShared;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * schema/teikit.rng stays a subset of tei_all: every element it defines exists in tei_all, and
 * admits only attributes and child elements (and text) that tei_all admits on that element.
 * This compares the two grammars, not instances, so it guards the whole schema, including the
 * parts the edition does not use yet. Order and cardinality are left to the instance tests in
 * {@link EditionSchemaTest}.
 */
@UsesShared
class SchemaSubsetTest {
  private static final String RNG = "http://relaxng.org/ns/structure/1.0";

  /** What a grammar lets one element carry: attribute names and child element names ("#text"). */
  record Allowed(Set<String> attributes, Set<String> children) {}

  @Test
  void teikitAdmitsNothingTeiAllDoesNot() throws Exception {
    Map<String, Allowed> mine = allowed(EditionSchemaTest.TEIKIT);
    Map<String, Allowed> tei = allowed(EditionSchemaTest.TEI_ALL);
    List<String> wider = new ArrayList<>();
    for (Map.Entry<String, Allowed> element : mine.entrySet()) {
      Allowed theirs = tei.get(element.getKey());
      if (theirs == null) {
        wider.add(element.getKey() + ": not a TEI element");
        continue;
      }
      Set<String> attributes = new TreeSet<>(element.getValue().attributes());
      attributes.removeAll(theirs.attributes());
      Set<String> children = new TreeSet<>(element.getValue().children());
      children.removeAll(theirs.children());
      if (!attributes.isEmpty()) {
        wider.add(element.getKey() + ": attributes tei_all does not allow " + attributes);
      }
      if (!children.isEmpty()) {
        wider.add(element.getKey() + ": children tei_all does not allow " + children);
      }
    }
    assertEquals(List.of(), wider, "schema/teikit.rng admits more than tei_all");
    assertTrue(mine.size() > 100, "the teikit grammar defines its elements (" + mine.size() + ")");
    System.out.println("schema/teikit.rng: " + mine.size() + " elements, each within tei_all");
  }

  private static Map<String, Allowed> allowed(Path grammar) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root = factory.newDocumentBuilder().parse(grammar.toFile()).getDocumentElement();
    Map<String, List<Element>> defines = new HashMap<>();
    List<Element> elements = new ArrayList<>();
    collect(root, defines, elements);
    Map<String, Allowed> result = new TreeMap<>();
    for (Element element : elements) {
      Allowed allowed = result.computeIfAbsent(element.getAttribute("name"),
          n -> new Allowed(new TreeSet<>(), new TreeSet<>()));
      walk(element, defines, allowed, new HashSet<>());
    }
    return result;
  }

  private static void collect(Element node, Map<String, List<Element>> defines, List<Element> elements) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && RNG.equals(e.getNamespaceURI())) {
        if (e.getLocalName().equals("define")) {
          defines.computeIfAbsent(e.getAttribute("name"), n -> new ArrayList<>()).add(e);
        } else if (e.getLocalName().equals("element") && e.hasAttribute("name")) {
          elements.add(e);
        }
        collect(e, defines, elements);
      }
    }
  }

  /** Adds what the content of one element pattern allows, following refs but not into children. */
  private static void walk(Element pattern, Map<String, List<Element>> defines, Allowed into, Set<String> seen) {
    for (Node c = pattern.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (!(c instanceof Element e) || !RNG.equals(e.getNamespaceURI())) {
        continue;
      }
      switch (e.getLocalName()) {
        case "element" -> into.children().add(e.getAttribute("name"));
        case "attribute" -> into.attributes().add(e.getAttribute("name"));
        case "text" -> into.children().add("#text");
        case "ref" -> {
          if (seen.add(e.getAttribute("name"))) {
            for (Element define : defines.getOrDefault(e.getAttribute("name"), List.of())) {
              walk(define, defines, into, seen);
            }
          }
        }
        default -> walk(e, defines, into, seen);
      }
    }
  }
}
