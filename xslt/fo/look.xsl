<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print look an edition chooses in its settings (README, "Settings": page-size, margins,
  font-family, running-head), each with teikit's default. layout.xsl and edition.xsl read them
  here; a value the schema would refuse stops the run with tk:E0003 naming the setting.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    exclude-result-prefixes="#all">

  <!-- A length as FO takes it: a number and a unit. -->
  <xsl:variable name="tkfo:length" as="xs:string" select="'\d+(\.\d+)?(mm|cm|in|pt|pc)'"/>

  <!-- Named page sizes, width and height. -->
  <xsl:variable name="tkfo:page-sizes" as="map(xs:string, xs:string+)" select="map {
      'a4': ('210mm', '297mm'), 'a5': ('148mm', '210mm'), 'b5': ('176mm', '250mm'),
      'letter': ('8.5in', '11in'), 'royal': ('156mm', '234mm'), 'demy': ('138mm', '216mm') }"/>

  <!-- The page's width and height: page-size, a name (A4, A5, B5, letter, royal, demy) or two
       lengths; 170 × 240 mm by default. -->
  <xsl:variable name="tkfo:page-size" as="xs:string+" select="
      let $value := tkfo:look('page-size', '170mm 240mm', '(\w+|L L)')
      return ($tkfo:page-sizes(lower-case($value)), tokenize($value))[position() le 2]"/>

  <!-- The margins, top, outside, bottom, inside (mirrored: outside is right on odd pages), as
       one to four lengths in the order CSS reads them (top, outside, bottom, inside). -->
  <xsl:variable name="tkfo:margins" as="xs:string+" select="
      let $m := tokenize(tkfo:look('margins', '12mm 26mm 12mm 22mm', 'L( L){0,3}'))
      return ($m[1], ($m[2], $m[1])[1], ($m[3], $m[1])[1], ($m[4], $m[2], $m[1])[1])"/>

  <!-- The running heads: 'titles' (the section's title on odd pages, the book's on even ones),
       'book' (the book's title on both) or 'none' (the page numbers only). -->
  <xsl:variable name="tkfo:running-heads" as="xs:string" select="tkfo:look('running-head', 'titles', '(titles|book|none)')"/>

  <!-- The text's font: a family the PDF has (bundled, or from a folder pdf's fonts option names), set before
       teikit's own list, which stays for the characters it lacks. -->
  <xsl:variable name="tkfo:font-family" as="xs:string" select="
      string-join((tk:setting($tk:edition, 'font-family')[. ne ''] ! tkfo:checked('font-family', ., '[\p{L}\d ._-]+'), $tk:font-family), ', ')"/>

  <!-- The running head of an odd or even page, whose section is titled $title. -->
  <xsl:function name="tkfo:running-head" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="page" as="xs:string"/>
    <xsl:sequence select="if ($tkfo:running-heads eq 'none') then ''
        else if ($page eq 'odd' and $tkfo:running-heads eq 'titles') then tkfo:short($title)
        else tkfo:short(tkfo:book-title())"/>
  </xsl:function>

  <!-- A look setting's value, checked against $pattern (L: a length), else its default. -->
  <xsl:function name="tkfo:look" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="default" as="xs:string"/>
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:sequence select="(tk:setting($tk:edition, $name)[. ne ''] ! tkfo:checked($name, ., replace($pattern, 'L', $tkfo:length, 'q')), $default)[1]"/>
  </xsl:function>

  <xsl:function name="tkfo:checked" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:sequence select="if (matches($value, '^' || $pattern || '$', 'i')
        and ($name ne 'page-size' or contains($value, ' ') or map:contains($tkfo:page-sizes, lower-case($value)))) then $value
        else error(xs:QName('tk:E0003'), 'the setting ' || $name || ' is ' || $value || ', which print cannot use (README, Settings)')"/>
  </xsl:function>
</xsl:stylesheet>
