<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition: TEI → XSL-FO for Apache FOP. Entry point; called by
  org.teikit.publish.pdf.PdfRenderer with the initial template tk:book.
  The documents arrive as parameters (parsed once, safely, by the Java side); nothing is read here.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:pdf="http://xmlgraphics.apache.org/fop/extensions/pdf"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    exclude-result-prefixes="#all">

  <!-- shared TEI decisions (numbering of notes and apparatus, which reading shows, language names) -->
  <xsl:import href="../common/functions.xsl"/>

  <xsl:include href="functions.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="front.xsl"/>
  <xsl:include href="document.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="links.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="look.xsl"/>
  <xsl:include href="figures.xsl"/>

  <xsl:param name="tk:edition" as="document-node()?" select="()">
    <!-- edition.xml (title, editors, licence, introduction, shared lists), when the edition has one -->
  </xsl:param>
  <xsl:param name="tk:documents" as="document-node()*" select="()">
    <!-- the edition's documents, in edition order -->
  </xsl:param>
  <xsl:param name="tk:edition-name" as="xs:string" select="'edition'">
    <!-- the edition folder's name: the title when there is no edition.xml -->
  </xsl:param>
  <xsl:param name="tk:scope" as="xs:string" select="'edition'">
    <!-- 'edition': the whole book (title page, contents, introduction, all documents, index);
         'document': one document as a booklet (heading, text, notes, index) -->
  </xsl:param>
  <xsl:param name="tk:first-number" as="xs:integer" select="1">
    <!-- the number of the first document in tk:documents (a document booklet keeps its edition number) -->
  </xsl:param>
  <xsl:param name="tk:layout" as="xs:string" select="'sequential'">
    <!-- 'sequential': original, then translation; 'parallel': facing columns aligned by @corresp -->
  </xsl:param>
  <xsl:param name="tk:build-date" as="xs:string" select="''">
    <!-- the date printed on the title page (ISO yyyy-mm-dd), chosen by the caller for reproducibility -->
  </xsl:param>
  <xsl:param name="tk:font-family" as="xs:string" select="'DejaVu Serif Condensed, DejaVu Serif, DejaVu Sans, Noto Serif'">
    <!-- FOP font-family list: bundled fonts first, then the user's fonts that the text needs -->
  </xsl:param>
  <xsl:param name="tk:index-pages" as="map(xs:string, xs:string)" select="map{}">
    <!-- the pages (as printed, in page order, e.g. "3, 7") each entity is named on, by
         tkfo:entity-key: measured by a first layout (or by the laid-out parts of a parted book) -->
  </xsl:param>
  <xsl:param name="tk:index-anchors" as="map(xs:string, xs:string)" select="map{}">
    <!-- by the same key, the anchor of the first mention on each of those pages (tkfo:mention-ids),
         space-separated in their order: the index's page numbers link to them -->
  </xsl:param>
  <xsl:param name="tk:part" as="xs:string" select="'whole'">
    <!-- which part of the book to set: 'whole' (the book in one layout); or one part of a book
         set in parts that teikit joins afterwards: 'front' (title, contents, introduction,
         conventions), 'document' (document tk:part-number), 'index'; each with its bookmarks -->
  </xsl:param>
  <xsl:param name="tk:part-number" as="xs:integer" select="0">
    <!-- the edition number of the document a 'document' part prints -->
  </xsl:param>
  <xsl:param name="tk:first-page" as="xs:integer" select="1">
    <!-- the page number a 'document' or 'index' part starts on -->
  </xsl:param>
  <xsl:param name="tk:part-pages" as="map(xs:string, xs:string)" select="map{}">
    <!-- for the 'front' part: the first page (as printed) of each target in other parts
         (document ids, tk-index), for the contents -->
  </xsl:param>
  <xsl:param name="tk:apparatus" as="xs:string" select="'auto'">
    <!-- how the apparatus is set: 'lines' (no marks in the text; entries keyed to line or section
         numbers, run on in tiers under the page), 'marks' (a footnote and its mark per entry), or
         'auto': lines for a document with an apparatus and numbered lines or sections (apparatus.xsl) -->
  </xsl:param>
  <!-- The language of the book's interface words (tk:label): the edition's setting
       interface-language (README, "Settings"), English by default (tkfo:label: the book's). -->
  <xsl:variable name="tk:interface-language" as="xs:string" select="tk:interface-language($tk:edition)"/>

  <xsl:param name="tk:attachments" as="xs:string*" select="()">
    <!-- PDF/A: URIs of the TEI sources to attach to the PDF -->
  </xsl:param>

  <xsl:template name="tk:book">
    <!-- line-height-shift-adjustment: a raised note mark or siglum does not add leading to its
         line (inherited by every block), so that lines with and without marks are evenly spaced -->
    <fo:root xml:lang="{tkfo:main-lang()}" font-family="{$tkfo:font-family}" font-size="10pt"
        line-height="1.35" line-height-shift-adjustment="disregard-shifts">
      <xsl:call-template name="tkfo:layout-masters"/>
      <xsl:if test="$tk:part = ('whole', 'front')">
        <fo:declarations>
          <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <!-- the value types XMP gives these properties (PDF/A validators check them) -->
                <dc:title>
                  <rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="tkfo:book-title()"/></rdf:li></rdf:Alt>
                </dc:title>
                <xsl:variable name="people" select="tkfo:book-tei() ! tk:people(.)"/>
                <xsl:if test="exists($people)">
                  <dc:creator>
                    <rdf:Seq>
                      <xsl:for-each select="distinct-values($people?names)"><rdf:li><xsl:value-of select="."/></rdf:li></xsl:for-each>
                    </rdf:Seq>
                  </dc:creator>
                </xsl:if>
                <dc:language><xsl:value-of select="tkfo:main-lang()"/></dc:language>
              </rdf:Description>
            </rdf:RDF>
          </x:xmpmeta>
          <xsl:for-each select="$tk:attachments">
            <pdf:embedded-file src="{.}" filename="{tokenize(., '/')[last()]}"
                description="TEI source of this edition"/>
          </xsl:for-each>
        </fo:declarations>
      </xsl:if>
      <xsl:call-template name="tkfo:bookmarks"/>
      <xsl:if test="$tk:scope = 'edition' and $tk:part = ('whole', 'front')">
        <xsl:call-template name="tkfo:front-matter"/>
      </xsl:if>
      <xsl:for-each select="$tk:documents">
        <xsl:variable name="number" select="$tk:first-number + position() - 1"/>
        <xsl:if test="$tk:part = 'whole' or $tk:part = 'document' and $number = $tk:part-number">
          <xsl:apply-templates select="." mode="tkfo:document">
            <xsl:with-param name="number" select="$number"/>
          </xsl:apply-templates>
        </xsl:if>
      </xsl:for-each>
      <xsl:if test="$tk:part = ('whole', 'index')">
        <xsl:call-template name="tkfo:index"/>
      </xsl:if>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
