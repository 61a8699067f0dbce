package org.teikit.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.SeedCopy;
import org.teikit.cli.CliRun;
import org.teikit.diagnostic.Diagnostic;

/**
 * An edition's own XSLT module overrides teikit only at declared extension points and says which
 * teikit it was written for; otherwise it is an error at its line and column, and the edition is
 * published with teikit's stylesheets, not left out.
 */
class OwnModuleTest {
  private static final String HEAD = """
      <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:tk="https://teikit.org/ns/xslt"
          xmlns:my="https://example.org/my" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="http://www.w3.org/1999/xhtml" exclude-result-prefixes="#all" %s>
      """;
  private static final String NAMES = """
        <xsl:template match="tei:persName" mode="tk:html"><span class="ed-person"><xsl:next-match/></span></xsl:template>
      """;

  @Test
  void aModuleBeyondTheDeclaredPointsIsRefusedAtItsLinesAndTheEditionPublishedWithout(@TempDir Path tmp) throws Exception {
    Path edition = SeedCopy.withSettings(tmp.resolve("seed"), SeedCopy.setting("web-stylesheet", "look/web.xsl"));
    Files.createDirectories(edition.resolve("look"));
    Files.writeString(edition.resolve("look/web.xsl"), HEAD.formatted("tk:teikit-version=\"0.1\"") + NAMES + """
          <xsl:import href="../../elsewhere.xsl"/>
          <xsl:template match="tei:p" mode="tk:page-body">x</xsl:template>
          <xsl:template match="tei:p">x</xsl:template>
          <xsl:template name="tk:page">x</xsl:template>
          <xsl:function name="tk:title">x</xsl:function>
          <xsl:function name="my:title">x</xsl:function>
          <xsl:template match="tei:p" mode="my:own">x</xsl:template>
        </xsl:stylesheet>
        """);
    CliRun run = CliRun.of("html", "--no-progress", "-o", tmp.resolve("site").toString(), edition.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    // each where it stands: line and column of the end of its start tag, as Saxon counts
    List<String> expected = List.of("look/web.xsl:5:43: error: xsl:import is not allowed",
        "look/web.xsl:6:51: error: the mode tk:page-body is not an extension point",
        "look/web.xsl:7:31: error: a template for the default mode is not an extension point",
        "look/web.xsl:8:32: error: the template tk:page is not an extension point",
        "look/web.xsl:9:33: error: the function tk:title is in teikit's namespace");
    List<String> errors = run.findings().stream().map(f -> f.substring(f.indexOf("look/"))).toList();
    assertEquals(expected.size(), errors.size(), run.out());
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(errors.get(i).startsWith(expected.get(i)), errors.get(i));
    }
    String page = Files.readString(tmp.resolve("site/doc/1962-03-01-chervonenko-deng.html"));
    assertFalse(page.contains("ed-person"), "published with teikit's stylesheets only");
  }

  @Test
  void aModuleAtTheDeclaredPointsRendersItsElement(@TempDir Path tmp) throws Exception {
    Path edition = SeedCopy.withSettings(tmp.resolve("seed"), SeedCopy.setting("web-stylesheet", "web.xsl"));
    Files.writeString(edition.resolve("web.xsl"), HEAD.formatted("tk:teikit-version=\"0.1\"") + NAMES + """
          <xsl:template name="tk:document-header">
            <xsl:param name="tei" as="element()"/>
            <xsl:param name="title" as="xs:string"/>
            <header class="doc-header"><h1 id="doc-title"><xsl:value-of select="my:shout($title)"/></h1></header>
          </xsl:template>
          <xsl:function name="my:shout"><xsl:param name="s"/><xsl:sequence select="upper-case($s)"/></xsl:function>
        </xsl:stylesheet>""");
    CliRun run = CliRun.of("html", "--no-progress", "-o", tmp.resolve("site").toString(), edition.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String page = Files.readString(tmp.resolve("site/doc/1962-03-01-chervonenko-deng.html"));
    assertTrue(page.contains("<h1 id=\"doc-title\">FROM THE DIARY OF S. V. CHERVONENKO"), "the module's document header");
    assertTrue(page.contains("<span class=\"ed-person\"><a href=\"../persons.html#chervonenko\""), "the module's span around teikit's link");
  }

  @Test
  void aModuleLinkedFromOutsideTheEditionIsNotRead(@TempDir Path tmp) throws Exception {
    Path edition = SeedCopy.withSettings(tmp.resolve("seed"), SeedCopy.setting("web-stylesheet", "web.xsl"));
    Path outside = Files.writeString(tmp.resolve("outside.xsl"), HEAD.formatted("tk:teikit-version=\"0.1\"") + NAMES + "</xsl:stylesheet>");
    Files.createSymbolicLink(edition.resolve("web.xsl"), outside);
    CliRun run = CliRun.of("html", "--no-progress", "-o", tmp.resolve("site").toString(), edition.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("edition.xml:") && run.out().contains("names web.xsl, which is not a file in the edition's folder"), run.out());
    assertFalse(Files.readString(tmp.resolve("site/doc/1962-03-01-chervonenko-deng.html")).contains("ed-person"));
  }

  /** A module that is not well-formed, or does not compile, is an error at its line (no stack trace, nothing on stderr). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<xsl:template match='tei:p' mode='my:x'|look/web.xsl:6:1: error: ",
      "<xsl:template match='tei:p' mode='my:x'><xsl:value-of select='1 +'/></xsl:template>|look/web.xsl:4:"})
  void aBrokenModuleIsAnErrorAtItsLine(String template, String where, @TempDir Path tmp) throws Exception {
    Path edition = SeedCopy.withSettings(tmp.resolve("seed"), SeedCopy.setting("web-stylesheet", "look/web.xsl"));
    Files.createDirectories(edition.resolve("look"));
    Files.writeString(edition.resolve("look/web.xsl"), HEAD.formatted("tk:teikit-version=\"0.1\"") + template + "\n\n</xsl:stylesheet>\n");
    CliRun run = CliRun.of("html", "--no-progress", "-o", tmp.resolve("site").toString(), edition.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(1, run.findings().size(), run.out());
    assertTrue(run.findings().get(0).contains(where), run.out());
    assertEquals("", run.err());
    assertTrue(Files.exists(tmp.resolve("site/doc/1962-03-01-chervonenko-deng.html")), "published without it");
  }

  @ParameterizedTest
  @CsvSource({"'tk:teikit-version=\"0.1\"', true", "'tk:teikit-version=\"0\"', true", "'tk:teikit-version=\"0.2\"', false",
      "'tk:teikit-version=\"1.0\"', false", "'tk:teikit-version=\"zero\"', false", "'', false"})
  void theVersionItWasWrittenFor(String attribute, boolean fits) throws Exception {
    List<Diagnostic> found = check(HEAD.formatted(attribute) + NAMES + "</xsl:stylesheet>");
    assertEquals(fits, found.isEmpty(), found.toString());
    if (!fits) {
      assertEquals(3, found.get(0).line(), "at xsl:stylesheet's start tag: " + found);
    }
  }

  /** Every declared point is a mode with templates, or a named template, of teikit's stylesheets for that edition. */
  @Test
  void everyDeclaredPointIsInTeikitsStylesheets() throws Exception {
    for (ExtensionPoints points : ExtensionPoints.values()) {
      Path folder = Path.of("xslt", points == ExtensionPoints.WEB ? "html" : "fo");
      StringBuilder all = new StringBuilder();
      try (var files = Files.list(folder)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".xsl")).toList()) {
          all.append(Files.readString(f));
        }
      }
      for (String point : points.listed().split(", ")) {
        String[] kindAndName = point.split(" ");
        String declared = kindAndName[0].equals("mode") ? "<xsl:template match=\"[^\"]*\"\\s+mode=\"" + kindAndName[1] + "\""
            : "<xsl:template name=\"" + kindAndName[1] + "\"";
        assertTrue(java.util.regex.Pattern.compile(declared).matcher(all).find(), points + ": " + declared + " in " + folder);
      }
    }
  }

  private static List<Diagnostic> check(String module) throws Exception {
    DocumentBuilder builder = new Processor(false).newDocumentBuilder();
    builder.setLineNumbering(true);
    XdmNode tree = builder.build(new StreamSource(new StringReader(module)));
    return ModuleCheck.check(Path.of("web.xsl"), tree, ExtensionPoints.WEB);
  }
}
