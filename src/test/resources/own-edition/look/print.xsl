<?xml version="1.0" encoding="UTF-8"?>
<!-- The worked example's print module: a person's name in capitals, a little smaller; a title
     page of its own, in the edition's colour. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="#all" tk:teikit-version="0.1">
  <xsl:template match="tei:persName" mode="tkfo:text">
    <fo:inline text-transform="uppercase" font-size="90%"><xsl:next-match/></fo:inline>
  </xsl:template>
  <xsl:template name="tkfo:title-page">
    <xsl:param name="header" as="element()?"/>
    <fo:block id="tk-title-page" text-align="center" space-before="30mm" font-size="22pt" line-height="1.2"
        font-weight="bold" color="#7a1f2b" role="H1">
      <xsl:value-of select="normalize-space($header/tei:fileDesc/tei:titleStmt/tei:title[not(@type = 'sub')][1])"/>
    </fo:block>
    <fo:block text-align="center" space-before="10mm" font-size="11pt" font-style="italic">Рабочий пример издания teikit</fo:block>
  </xsl:template>
</xsl:stylesheet>
