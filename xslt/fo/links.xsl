<?xml version="1.0" encoding="UTF-8"?>
<!--
  Cross-references as links: a ref or ptr whose @target points to an element of its own document
  ("#d12", FRUS's "#pg_XI") is an fo:basic-link to it, and the element it points to carries an id
  in the FO (tkfo:anchor). Only elements whose print sets such an id can be pointed to
  (tkfo:linkable: a division, paragraph, list item, page break or note), so no link dangles. A
  list of contents in the text (FRUS's div type="toc") gives each of its lines the page of what
  it points to.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    exclude-result-prefixes="#all">

  <!-- The pointers to each id of a document. -->
  <xsl:key name="tkfo:pointed" match="tei:ref[@target] | tei:ptr[@target]"
      use="tokenize(@target)[starts-with(., '#')] ! substring(., 2)"/>

  <!-- The element of its own document a pointer links to, if print can link to it. -->
  <xsl:function name="tkfo:link-target" as="element()?">
    <xsl:param name="pointer" as="element()"/>
    <xsl:variable name="target" select="normalize-space($pointer/@target)"/>
    <xsl:sequence select="if (matches($target, '^#[^\s#]+$') and exists($pointer/ancestor::tei:text))
        then key('tk:xml-id', substring($target, 2), root($pointer))[1][tkfo:linkable(.)] else ()"/>
  </xsl:function>

  <!-- What print sets an id on when something points to it (the templates call tkfo:anchor). -->
  <xsl:function name="tkfo:linkable" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <!-- not in a reading or a form a choice may leave out, nor a division set as a page
         sequence's parts (document.xsl), a blank paragraph: print sets none of these itself -->
    <xsl:sequence select="exists($e/ancestor::tei:text) and empty($e/ancestor::*[self::tei:choice or self::tei:app])
        and (tkfo:is-division($e) and not(count($e/*[tkfo:is-division(.)]) ge 2 and string-length($e) gt $tkfo:long-text)
          or exists($e/(self::tei:p[not(tkfo:blank(.))] | self::tei:item | self::tei:pb | self::tei:note[tkfo:is-footnote(.)])))"/>
  </xsl:function>

  <!-- The FO id of an element pointed to: unique in the book. -->
  <xsl:function name="tkfo:link-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'tk-x-' || tkfo:place($e) || '-' || tk:safe-id($e/@xml:id)"/>
  </xsl:function>

  <!-- On the FO element made of the context element: its id, when a pointer of its document
       points to it. -->
  <xsl:template name="tkfo:anchor">
    <xsl:if test="@xml:id and exists(key('tkfo:pointed', string(@xml:id), root(.))) and tkfo:linkable(.)">
      <xsl:attribute name="id" select="tkfo:link-id(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- A link within a document: in a book set in parts, its part holds both ends, and the joiner
       moves the link with the part's pages (PartJoiner). -->
  <xsl:template match="tei:ref[exists(tkfo:link-target(.))]" mode="tkfo:text" priority="1.5">
    <fo:basic-link internal-destination="{tkfo:link-id(tkfo:link-target(.))}">
      <xsl:next-match/>
    </fo:basic-link>
  </xsl:template>

  <!-- The element a line of a list of contents in the text (an item of a list or division of
       type toc) points to with its first ref, if it links. -->
  <xsl:function name="tkfo:contents-target" as="element()?">
    <xsl:param name="item" as="element()"/>
    <xsl:sequence select="$item[ancestor::tei:div[@type = 'toc'] or parent::tei:list[@type = 'toc']]/tei:ref[1] ! tkfo:link-target(.)"/>
  </xsl:function>

  <!-- Such a line's page, after a leader (its block justifies its last line). -->
  <xsl:template name="tkfo:contents-page">
    <xsl:for-each select="tkfo:contents-target(.)">
      <fo:leader leader-pattern="dots" leader-length.minimum="8mm"/>
      <fo:page-number-citation ref-id="{tkfo:link-id(.)}"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
