<?xml version="1.0" encoding="UTF-8"?>
<!--
  Copies a stylesheet made by schematron-single-pass.xsl, keeping of its rule templates (mode
  tk:check, with a match) only those whose positions are in $keep. Used to compile a validator
  with just the rules a document can fire (see PrunedValidators.java).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="xs">
  <xsl:param name="keep" as="xs:integer*" required="yes"/>
  <xsl:mode on-no-match="shallow-copy"/>

  <xsl:template match="/*/xsl:template[@match and @mode = 'tk:check']">
    <xsl:variable name="position" select="count(preceding-sibling::xsl:template[@match and @mode = 'tk:check']) + 1"/>
    <xsl:if test="$position = $keep">
      <xsl:copy-of select="."/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
