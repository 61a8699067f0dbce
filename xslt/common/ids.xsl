<?xml version="1.0" encoding="UTF-8"?>
<!--
  Identifiers and numbering. Ids are stable across runs: an element's own xml:id, otherwise its
  position among the elements of the document (accumulators, so numbering is linear in the size
  of the document, not quadratic).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- Position of an element among all elements of its document, from 1. -->
  <xsl:accumulator name="tk:element-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="*" select="$value + 1"/>
  </xsl:accumulator>

  <!-- Number of an editorial note (a note inside the text, not inside another note). -->
  <xsl:accumulator name="tk:note-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:note[not(ancestor::tei:note or ancestor::tei:app)]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- Number of an apparatus entry. -->
  <xsl:accumulator name="tk:app-number" as="xs:integer" initial-value="0">
    <!-- an apparatus given in place (listApp) is not marked in the text, so not lettered -->
    <xsl:accumulator-rule match="tei:text//tei:app[not(parent::tei:listApp)]" select="$value + 1"/>
  </xsl:accumulator>

  <!--
    An id safe in HTML, CSS selectors and file names: letters, digits, '-', '_', '.'. Any other
    character becomes its code point between underscores ('Μ' is _924_), so that two ids that
    differ only there stay two (I.Sicily's AΜoAK and AΜoAU were both A_oA_).
  -->
  <xsl:function name="tk:safe-id" as="xs:string">
    <xsl:param name="raw" as="xs:string"/>
    <xsl:variable name="letters" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'"/>
    <xsl:choose>
      <!-- most ids are safe already: translate() tells without a regular expression -->
      <xsl:when test="$raw ne '' and contains($letters, substring($raw, 1, 1))
          and translate($raw, $letters || '0123456789_.-', '') eq ''">
        <xsl:sequence select="$raw"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="clean" select="string-join(string-to-codepoints($raw) ! (
            if (contains($letters || '0123456789_.-', codepoints-to-string(.))) then codepoints-to-string(.)
            else '_' || . || '_'))"/>
        <xsl:sequence select="if (matches($clean, '^[A-Za-z]')) then $clean else 'x' || $clean"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The id of an element: its xml:id, or 'e' and its element number. -->
  <xsl:function name="tk:id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@xml:id) then tk:safe-id($e/@xml:id) else 'e' || tk:element-number($e)"/>
  </xsl:function>

  <!--
    The position of an element among all elements of its document, from 1. The web edition's
    Java side supplies tkj:element-number, which counts a tree's elements once (the
    accumulator answers each call with a binary search); anywhere else, the accumulator.
  -->
  <xsl:function name="tk:element-number" as="xs:integer" xmlns:tkj="https://teikit.org/ns/xslt/java">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence use-when="function-available('tkj:element-number', 1)" select="tkj:element-number($e)"/>
    <xsl:sequence use-when="not(function-available('tkj:element-number', 1))"
        select="$e/accumulator-before('tk:element-number')"/>
  </xsl:function>

  <xsl:function name="tk:note-number" as="xs:integer">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/accumulator-before('tk:note-number')"/>
  </xsl:function>

  <!-- The label of a note: its own @n when given, else its number. -->
  <xsl:function name="tk:note-label" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="($note/@n[normalize-space()]/normalize-space(), string(tk:note-number($note)))[1]"/>
  </xsl:function>

  <xsl:function name="tk:app-number" as="xs:integer">
    <xsl:param name="app" as="element()"/>
    <xsl:sequence select="$app/accumulator-before('tk:app-number')"/>
  </xsl:function>

  <!-- Apparatus entries are lettered a, b, ... z, aa, ab, ... to tell them from notes. -->
  <xsl:function name="tk:app-label" as="xs:string">
    <xsl:param name="app" as="element()"/>
    <xsl:number value="tk:app-number($app)" format="a"/>
  </xsl:function>
</xsl:stylesheet>
