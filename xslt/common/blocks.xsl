<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which elements of a text are blocks. Two kinds: a block is anything set apart from the running
  text (a paragraph, a division, a list, a verse line, an opener, ...: the web makes an element
  holding one a div, not a span); a text block is a block whose words are read together: the
  search index's segments, and the words around a name in an index's mention, are cut at them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:block-names" as="map(xs:string, xs:boolean)" select="map:merge((
      'p', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'group', 'front', 'body', 'back',
      'list', 'table', 'lg', 'l', 'ab', 'figure', 'sp', 'speaker', 'stage', 'u', 'opener', 'closer', 'head',
      'quote', 'q', 'said', 'cit', 'listBibl', 'bibl', 'biblStruct', 'floatingText', 'dateline', 'salute',
      'signed', 'byline', 'docImprint', 'docDate', 'docAuthor', 'titlePart', 'trailer', 'label', 'figDesc',
      'postscript', 'argument', 'epigraph', 'titlePage', 'docTitle', 'castList', 'letter', 'address',
      'addrLine', 'listApp', 'msDesc', 'event', 'person', 'place', 'org', 'entry', 'sense') ! map { .: true() })"/>

  <xsl:variable name="tk:text-block-names" as="map(xs:string, xs:boolean)" select="map:merge((
      'p', 'ab', 'head', 'l', 'item', 'cell', 'dateline', 'salute', 'signed', 'byline', 'titlePart',
      'docImprint', 'docDate', 'fw', 'stamp', 'trailer', 'label', 'figDesc', 'docAuthor') ! map { .: true() })"/>

  <!-- A block. Some elements are one only where they stand apart: a quotation (or speech) when it
       holds paragraphs or verse, a citation when its quotation does, a label outside a list (in a
       list it labels an item), a stage direction outside a paragraph or verse line, a
       bibliographic reference in a list of them or standing alone in a division, a document's
       date or author on a title page of its own (not in a byline or an imprint: "Copyright ©
       <docDate>2009</docDate>, Haifa" is one line). -->
  <xsl:function name="tk:is-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*) and map:contains($tk:block-names, local-name($e))
        and (not($e/self::tei:quote) or exists($e/(tei:p | tei:lg | tei:l | tei:ab)))
        and (not($e/self::tei:q) or exists($e/(tei:p | tei:lg)))
        and (not($e/self::tei:said) or exists($e/tei:p))
        and (not($e/self::tei:cit) or exists($e/tei:quote/tei:p))
        and (not($e/self::tei:label) or empty($e/parent::tei:list))
        and (not($e/self::tei:stage) or empty($e/ancestor::*[self::tei:p or self::tei:l]))
        and (not($e/self::tei:docDate or $e/self::tei:docAuthor) or empty($e/ancestor::*[tk:is-text-block(.)]))
        and (not($e/self::tei:bibl) or exists($e/parent::*[self::tei:listBibl or self::tei:div
            or self::tei:back or self::tei:body]))"/>
  </xsl:function>

  <xsl:function name="tk:is-text-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*) and map:contains($tk:text-block-names, local-name($e))"/>
  </xsl:function>
</xsl:stylesheet>
