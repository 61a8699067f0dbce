<?xml version="1.0" encoding="UTF-8"?>
<!--
  The web edition. Entry points, called by org.teikit.publish.html, each returning a sequence of
  tk:output elements (a page and the path to write it to) that Java serializes:
  - the initial match on a TEI document (mode tk:document) returns its pages, then its facts
    (entities, mentions, search segments) for the edition-wide pages;
  - the named template tk:site returns the edition-wide pages made from every document's facts,
    then a summary of the entities for the search index;
  - tk:collection returns the landing page of a collection of editions.
  All text from TEI goes through the serializer: it is escaped, never markup.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/functions.xsl"/>
  <xsl:include href="page.xsl"/>
  <xsl:include href="document.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="diplomatic.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="parallel.xsl"/>
  <xsl:include href="split.xsl"/>
  <xsl:include href="facts.xsl"/>
  <xsl:include href="site.xsl"/>
  <xsl:include href="conventions.xsl"/>
  <xsl:include href="figures.xsl"/>
  <xsl:include href="facsimile.xsl"/>
  <xsl:include href="languages.xsl"/>

  <!-- The edition's title when it has no edition.xml: what its documents' headers share
       (tk:collection-title, called before any page is made), else its folder's name. -->
  <xsl:param name="tk:folder-name" as="xs:string" select="'edition'"/>

  <!-- Whether the edition's title is one its headers give (a citation names no folder). -->
  <xsl:param name="tk:edition-named" as="xs:boolean" select="false()"/>

  <!-- The edition's title: from edition.xml, else the folder's name. -->
  <xsl:variable name="tk:edition-title" as="xs:string" select="
      if ($tk:edition/*) then tk:title($tk:edition/*) else $tk:folder-name"/>

  <!-- The interface language of this copy of the site when the edition declares several (one
       folder LANG/ each but the first's, see languages.xsl); empty for the first, the default. -->
  <xsl:param name="tk:language" as="xs:string" select="''"/>

  <!-- The language of every interface word of the pages: the edition's setting
       interface-language (README, "Settings"), English by default, or this copy's. -->
  <xsl:variable name="tk:interface-language" as="xs:string"
      select="if ($tk:language) then $tk:language else tk:interface-language($tk:edition)"/>

  <!-- A public base URL for permanent links (ends with '/'), or empty for relative links. -->
  <xsl:param name="tk:base-url" as="xs:string" select="''"/>

  <!-- Documents larger than this many characters of text are split into pages. -->
  <xsl:param name="tk:split-threshold" as="xs:integer" select="150000"/>

  <xsl:output method="xhtml" html-version="5" encoding="UTF-8" indent="no"
      omit-xml-declaration="yes" include-content-type="no"/>

  <xsl:mode name="tk:document" on-no-match="fail" use-accumulators="#all"/>
</xsl:stylesheet>
