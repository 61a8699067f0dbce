<?xml version="1.0" encoding="UTF-8"?>
<!--
  Gathers the ISO Schematron rules embedded in a RELAX NG grammar (and in the grammars it
  includes) into one stand-alone Schematron schema, the way TEI's generated schemas carry them.
  Rules written outside a pattern are given a pattern of their own.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:rng="http://relaxng.org/ns/structure/1.0"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    exclude-result-prefixes="xs rng">

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="collect" on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:variable name="found" as="element()*">
      <xsl:apply-templates select="." mode="collect"/>
    </xsl:variable>
    <sch:schema queryBinding="xslt2">
      <xsl:for-each-group select="$found[self::sch:ns]" group-by="@prefix">
        <xsl:copy-of select="current-group()[1]"/>
      </xsl:for-each-group>
      <xsl:copy-of select="$found[self::sch:let]"/>
      <xsl:copy-of select="$found[self::sch:pattern]"/>
    </sch:schema>
  </xsl:template>

  <xsl:template match="sch:ns | sch:pattern" mode="collect">
    <xsl:copy-of select="."/>
  </xsl:template>

  <xsl:template match="sch:let[not(ancestor::sch:*)]" mode="collect">
    <xsl:copy-of select="."/>
  </xsl:template>

  <xsl:template match="sch:rule[not(ancestor::sch:pattern)]" mode="collect">
    <sch:pattern id="{(ancestor::rng:define/@name, 'rule')[1]}-{generate-id()}">
      <xsl:copy-of select="."/>
    </sch:pattern>
  </xsl:template>

  <xsl:template match="rng:include | rng:externalRef" mode="collect">
    <xsl:apply-templates select="doc(resolve-uri(@href, base-uri(.)))" mode="collect"/>
    <xsl:apply-templates mode="collect"/>
  </xsl:template>
</xsl:stylesheet>
