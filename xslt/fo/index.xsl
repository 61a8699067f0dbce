<?xml version="1.0" encoding="UTF-8"?>
<!--
  Index of persons, places and organisations with the pages they are named on. FOP has no
  fo:index-page-citation-list, so the renderer lays the book out twice: the first pass records the
  page of every mention anchor (tkfo:mention-id), the second receives them as tk:index-pages and
  prints each page once.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    exclude-result-prefixes="#all">

  <xsl:function name="tkfo:mention-id" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="'tk-m-' || generate-id($mention)"/>
  </xsl:function>

  <!-- Each entry: map { 'entity': element(), 'label': string, 'kind': string, 'mentions': element()* } -->
  <xsl:variable name="tkfo:index-entries" as="map(*)*">
    <xsl:if test="exists($tkfo:entities)">
      <xsl:for-each-group select="$tk:documents/tei:TEI/tei:text//(tei:persName | tei:placeName | tei:orgName
          | tei:name | tei:rs)[@ref or @key]" group-by="tkfo:entity(.) ! generate-id(.)">
        <xsl:variable name="entity" select="tkfo:entity(.)"/>
        <xsl:sequence select="map{'entity': $entity, 'label': tkfo:entity-label($entity),
            'kind': tkfo:entity-kind($entity), 'mentions': current-group()}"/>
      </xsl:for-each-group>
    </xsl:if>
  </xsl:variable>

  <xsl:template name="tkfo:index">
    <xsl:if test="exists($tkfo:index-entries)">
      <fo:page-sequence master-reference="tk-book">
        <xsl:call-template name="tkfo:static">
          <xsl:with-param name="title" select="'Index'"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <fo:block id="tk-index" font-size="14pt" font-weight="bold" space-after="5mm" role="H1">
            <xsl:text>Index of persons, places and organisations</xsl:text>
          </fo:block>
          <xsl:for-each-group select="$tkfo:index-entries" group-by="?kind">
            <xsl:sort select="index-of(('persons', 'places', 'organisations'), current-grouping-key())"/>
            <fo:block font-weight="bold" space-before="4mm" space-after="2mm" keep-with-next.within-page="always"
                role="H2">
              <xsl:value-of select="upper-case(substring(current-grouping-key(), 1, 1)) || substring(current-grouping-key(), 2)"/>
            </fo:block>
            <xsl:for-each select="current-group()">
              <xsl:sort select="lower-case(?label)" lang="en"/>
              <fo:block start-indent="5mm" text-indent="-5mm" font-size="9pt" text-align="start">
                <xsl:value-of select="?label"/>
                <xsl:text>  </xsl:text>
                <xsl:call-template name="tkfo:index-pages">
                  <xsl:with-param name="mentions" select="?mentions"/>
                </xsl:call-template>
              </fo:block>
            </xsl:for-each>
          </xsl:for-each-group>
        </fo:flow>
      </fo:page-sequence>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tkfo:index-pages">
    <xsl:param name="mentions" as="element()*"/>
    <xsl:choose>
      <xsl:when test="map:size($tk:index-pages) gt 0">
        <xsl:variable name="pages" select="distinct-values($mentions ! $tk:index-pages(tkfo:mention-id(.)))"/>
        <xsl:value-of select="string-join(sort($pages, (), function($p) {
            if ($p castable as xs:integer) then xs:integer($p) else 0 }), ', ')"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- first pass: one citation per mention; only its anchors' pages are read -->
        <xsl:for-each select="$mentions">
          <xsl:if test="position() gt 1">, </xsl:if>
          <fo:page-number-citation ref-id="{tkfo:mention-id(.)}"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
