<?xml version="1.0" encoding="UTF-8"?>
<!-- The worked example's print module: a person's name in capitals, a little smaller. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="#all" tk:teikit-version="0.1">
  <xsl:template match="tei:persName" mode="tkfo:text">
    <fo:inline text-transform="uppercase" font-size="90%"><xsl:next-match/></fo:inline>
  </xsl:template>
</xsl:stylesheet>
