<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared TEI decisions for every teikit output (web and print). Output-neutral: these modules
  compute strings, keys and choices; they never create HTML or FO. Import this module; it
  includes the others. All functions live in the tk namespace.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <xsl:include href="labels.xsl"/>
  <xsl:include href="ids.xsl"/>
  <xsl:include href="dates.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="readings.xsl"/>
  <xsl:include href="sigla.xsl"/>
  <xsl:include href="citation.xsl"/>
  <xsl:include href="responsibility.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="parts.xsl"/>
  <xsl:include href="conventions.xsl"/>
  <xsl:include href="coverage.xsl"/>
  <xsl:include href="alignment.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="images.xsl"/>

  <!-- Whitespace-normalised string value of the nodes. -->
  <xsl:function name="tk:text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join($nodes ! string(.), ' '))"/>
  </xsl:function>

  <!-- Only http, https and mailto links, relative paths and fragments are emitted as links. -->
  <xsl:function name="tk:safe-uri" as="xs:boolean">
    <xsl:param name="uri" as="xs:string?"/>
    <xsl:variable name="u" select="lower-case(normalize-space(replace(string($uri), '[\p{Cc}\s]', '')))"/>
    <xsl:sequence select="exists($uri) and $u ne ''
        and (if (matches($u, '^[a-z][a-z0-9+.\-]*:')) then matches($u, '^(https?|mailto):') else true())"/>
  </xsl:function>
</xsl:stylesheet>
