package org.teikit.publish.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The model's functions (xslt/common, namespace tk) on small inputs. Each file under
 * {@code src/test/resources/model/} holds cases; a case is a TEI document ({@code input}, with an
 * optional {@code edition} that becomes {@code $tk:edition}) and calls, each an XPath expression
 * evaluated with the input document as context item, its result written as {@link #WRAPPER}
 * words it (items joined with " | ") and compared with {@code @expect}. One dynamic test a case,
 * named file/case; all of a case's wrong calls are reported together.
 */
class ModelFunctionsTest {
  static final Path CASES = Path.of("src/test/resources/model");
  static final Path COMMON = Path.of("xslt/common/functions.xsl");
  static final String TEI = "http://www.tei-c.org/ns/1.0";
  static final String TK = "https://teikit.org/ns/xslt";

  /**
   * Imports the model as both editions do and evaluates $call against the input (a package, so
   * that its functions can be made public, which xsl:evaluate asks of the functions it calls). Items are
   * worded plainly: a string or number as itself, a node as its normalised text, a map or array
   * in Saxon's adaptive notation.
   */
  static final String WRAPPER = """
      <xsl:package version="3.0" declared-modes="no" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="%s" xmlns:tk="%s"
          xmlns:map="http://www.w3.org/2005/xpath-functions/map"
          xmlns:array="http://www.w3.org/2005/xpath-functions/array" exclude-result-prefixes="#all">
        <xsl:import href="%s"/>
        <xsl:expose component="function" names="*" visibility="public"/>
        <!-- as the web's document mode does: the model's accumulators apply to the input -->
        <xsl:mode use-accumulators="#all"/>
        <xsl:param name="call" as="xs:string"/>
        <xsl:template match="/">
          <xsl:variable name="result" as="item()*">
            <xsl:evaluate xpath="$call" context-item="."/>
          </xsl:variable>
          <xsl:sequence select="string-join($result ! (
              if (. instance of node()) then normalize-space(.)
              else if (. instance of xs:anyAtomicType) then string(.)
              else serialize(., map { 'method': 'adaptive' })), ' | ')"/>
        </xsl:template>
      </xsl:package>
      """;

  private final Processor saxon = new Processor(false);

  @TestFactory
  Stream<DynamicTest> everyCallGivesItsExpectedResult() throws Exception {
    XsltExecutable model = saxon.newXsltCompiler().compile(new StreamSource(new StringReader(
        WRAPPER.formatted(TEI, TK, COMMON.toAbsolutePath().toUri())), CASES.toAbsolutePath().toUri() + "wrapper.xsl"));
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        for (XdmNode c : read(file).select(Steps.descendant("case")).toList()) {
          String name = file.getFileName() + "/" + c.attribute("name");
          tests.add(DynamicTest.dynamicTest(name, () -> check(model, file, c)));
        }
      }
    }
    assertFalse(tests.size() < 5, "cases found under " + CASES + ": " + tests.size());
    return tests.stream();
  }

  private void check(XsltExecutable model, Path file, XdmNode c) throws SaxonApiException {
    XdmNode input = document(c, "input", file);
    XdmNode edition = document(c, "edition", file);
    List<XdmNode> calls = c.select(Steps.child("call")).toList();
    assertFalse(calls.isEmpty(), "case " + c.attribute("name") + " has no call");
    List<String> wrong = new ArrayList<>();
    for (XdmNode call : calls) {
      String expression = call.getStringValue().strip();
      String expected = call.attribute("expect");
      String actual;
      try {
        actual = evaluate(model, input, edition, expression);
      } catch (SaxonApiException e) {
        actual = "error: " + e.getMessage();
      }
      if (!actual.equals(expected)) {
        wrong.add(file + ":" + call.getLineNumber() + ": " + expression
            + "\n    expected: " + expected + "\n    got:      " + actual);
      }
    }
    assertEquals("", String.join("\n", wrong));
  }

  private String evaluate(XsltExecutable model, XdmNode input, XdmNode edition, String call)
      throws SaxonApiException {
    Xslt30Transformer t = model.load30();
    java.util.Map<QName, XdmValue> params = new java.util.HashMap<>();
    params.put(new QName("call"), new XdmAtomicValue(call));
    if (edition != null) {
      params.put(new QName(TK, "tk:edition"), edition);
    }
    t.setStylesheetParameters(params);
    return t.applyTemplates(input).toString().strip();
  }

  /**
   * The case's child element {@code name} as a document of its own (its first element child),
   * so that root(), base-uri() and keys behave as in a real edition. Its file name, for pointers
   * like '#id', is the element's {@code @file}, else input.xml or edition.xml.
   */
  private XdmNode document(XdmNode c, String name, Path file) throws SaxonApiException {
    XdmNode holder = c.select(Steps.child(name)).findFirst().orElse(null);
    if (holder == null) {
      return null;
    }
    XdmNode root = holder.select(Steps.child(n -> n.getNodeKind() == XdmNodeKind.ELEMENT)).findFirst()
        .orElseThrow(() -> new AssertionError(file + ": <" + name + "> holds no element"));
    String fileName = holder.attribute("file") != null ? holder.attribute("file") : name + ".xml";
    StringWriter text = new StringWriter();
    Serializer out = saxon.newSerializer(text);
    out.setOutputProperty(Serializer.Property.INDENT, "no");
    out.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
    out.serializeNode(root);
    return saxon.newDocumentBuilder().build(new StreamSource(new StringReader(text.toString()),
        "file:///model-case/" + fileName));
  }

  private XdmNode read(Path file) throws SaxonApiException, IOException {
    DocumentBuilder builder = saxon.newDocumentBuilder();
    builder.setLineNumbering(true);
    return builder.build(file.toFile());
  }
}
