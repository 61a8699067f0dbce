<?xml version="1.0" encoding="UTF-8"?>
<!-- The worked example's web module: a person's name, wherever the text names one, in a span of
     its own (styled in small capitals by look/edition.css) around teikit's own rendering. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:tk="https://teikit.org/ns/xslt"
    xmlns="http://www.w3.org/1999/xhtml" exclude-result-prefixes="#all" tk:teikit-version="0.1">
  <xsl:template match="tei:persName" mode="tk:html">
    <span class="ed-person"><xsl:next-match/></span>
  </xsl:template>
</xsl:stylesheet>
