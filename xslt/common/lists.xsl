<?xml version="1.0" encoding="UTF-8"?>
<!-- How a list's items are marked: by us (bullets, numbers), or by the text itself. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!--
    Whether a list takes no marks of ours: it says so (type or rend simple, plain, none, inline,
    gloss), it has labels, or every item opens with its own mark ("1.", "(a)", "iv)", "•"). FRUS
    encodes numbered lists as <list type="simple"><item>1. …</item>, which a bullet or a number
    of ours would mark twice.
  -->
  <xsl:function name="tk:plain-list" as="xs:boolean">
    <xsl:param name="list" as="element()"/>
    <xsl:variable name="items" select="$list/tei:item"/>
    <xsl:sequence select="matches(string-join(($list/@type, $list/@rend), ' '), 'simple|plain|none|inline|gloss', 'i')
        or exists($list/tei:label)
        or (exists($items) and (every $item in $items satisfies tk:marked-item($item)))"/>
  </xsl:function>

  <!-- Whether an item's text opens with a mark of its own: a number, letter or numeral, or a bullet. -->
  <xsl:function name="tk:marked-item" as="xs:boolean">
    <xsl:param name="item" as="element()"/>
    <xsl:variable name="first" select="($item//text()[normalize-space()])[1]"/>
    <xsl:sequence select="exists($first) and not($first/ancestor::tei:note[. >> $item])
        and matches($first, '^\s*(\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,5})[.)]\s|[•·▪◦∙*–—-]\s)')"/>
  </xsl:function>
</xsl:stylesheet>
