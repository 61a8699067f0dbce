<?xml version="1.0" encoding="UTF-8"?>
<!--
  Index of persons, places and organisations with the pages they are named on. FOP has no
  fo:index-page-citation-list, so the pages are measured: a book set whole is laid out twice (the
  first pass records the page of every mention anchor, tkfo:mention-id); a book set in parts
  measures them while laying out the document parts. The index receives them as tk:index-pages,
  each page once, by entity.
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

  <!-- The anchor of a mention: unique in the book and the same in every run (where its document
       stands and its element number there), ending in its entity's key, which is how the
       renderer groups the measured pages by entity. -->
  <xsl:function name="tkfo:mention-id" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="'tk-m-' || tkfo:place($mention) || 'n' || $mention/accumulator-before('tk:element-number')
        || '-' || tkfo:entity-key(tkfo:entity($mention))"/>
  </xsl:function>

  <!-- A name for an entity that is the same in every run and every part of the book: where its
       entry stands and its xml:id. -->
  <xsl:function name="tkfo:entity-key" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="tkfo:place($entity) || '.' || $entity/@xml:id"/>
  </xsl:function>

  <!-- Where a node stands: 'e' in edition.xml, 'd3' in the third document. -->
  <xsl:function name="tkfo:place" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="root" select="root($node)"/>
    <xsl:sequence select="if ($root is $tk:edition) then 'e'
        else 'd' || (for $i in 1 to count($tk:documents) return $i[$tk:documents[$i] is $root])[1]"/>
  </xsl:function>

  <!-- Each entry: map { 'entity': element(), 'label': string, 'kind': string, 'mentions': element()* } -->
  <xsl:variable name="tkfo:index-entries" as="map(*)*">
    <xsl:if test="exists($tkfo:entities)">
      <xsl:for-each-group select="$tk:documents/tei:TEI/tei:text//*[tk:is-name(.)]"
          group-by="tkfo:entity(.) ! generate-id(.)">
        <xsl:variable name="entity" select="tkfo:entity(.)"/>
        <xsl:sequence select="map{'entity': $entity, 'label': tk:entity-name($entity),
            'kind': tkfo:entity-kind($entity), 'mentions': current-group()}"/>
      </xsl:for-each-group>
    </xsl:if>
  </xsl:variable>

  <xsl:template name="tkfo:index">
    <xsl:if test="exists($tkfo:index-entries)">
      <fo:page-sequence master-reference="tk-book">
        <xsl:if test="$tk:part = 'index'">
          <xsl:attribute name="initial-page-number" select="$tk:first-page"/>
        </xsl:if>
        <xsl:call-template name="tkfo:static">
          <xsl:with-param name="title" select="tkfo:label('index')"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <fo:block id="tk-index" font-size="14pt" font-weight="bold" space-after="5mm" role="H1">
            <xsl:value-of select="tkfo:label('index-title')"/>
          </fo:block>
          <xsl:for-each-group select="$tkfo:index-entries" group-by="?kind">
            <xsl:sort select="index-of(('persons', 'places', 'orgs'), current-grouping-key())"/>
            <fo:block font-weight="bold" space-before="4mm" space-after="2mm" keep-with-next.within-page="always"
                role="H2">
              <xsl:value-of select="tkfo:label(current-grouping-key())"/>
            </fo:block>
            <xsl:for-each select="current-group()">
              <xsl:sort select="lower-case(?label)" lang="{$tkfo:lang}"/>
              <fo:block start-indent="5mm" text-indent="-5mm" font-size="9pt" text-align="start">
                <xsl:value-of select="?label"/>
                <xsl:text>  </xsl:text>
                <xsl:call-template name="tkfo:index-pages">
                  <xsl:with-param name="entity" select="?entity"/>
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
    <xsl:param name="entity" as="element()"/>
    <xsl:param name="mentions" as="element()*"/>
    <xsl:choose>
      <xsl:when test="map:size($tk:index-pages) gt 0 or $tk:part = 'index'">
        <xsl:value-of select="$tk:index-pages(tkfo:entity-key($entity))"/>
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
