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

  <!-- The anchors of a mention, one per entity key it is indexed under (tk:entity-keys, as the
       web's index reads it): unique in the book and the same in every run (where its document
       stands and its element number there), ending in the entry's key (tkfo:entry-key), which is
       how the renderer groups the measured pages by entry. -->
  <xsl:function name="tkfo:mention-ids" as="xs:string*">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="at" select="'tk-m-' || tkfo:place($mention) || 'n' || $mention/accumulator-before('tk:element-number')"/>
    <xsl:sequence select="tk:entity-keys($mention) ! ($at || '-' || tkfo:entry-key(., $mention))"/>
  </xsl:function>

  <!-- A name for an index entry that is the same in every run and every part of the book: for a
       declared entity, where its entry stands and its xml:id; for a key the book declares nothing
       under (a GND or other authority URI), the key itself, made safe. -->
  <xsl:function name="tkfo:entry-key" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="entity" select="tkfo:entity($key, $context)"/>
    <xsl:sequence select="if ($entity) then tkfo:entity-key($entity) else 'k' || tk:safe-id($key)"/>
  </xsl:function>

  <!-- A declared entity's entry key: where its entry stands and its xml:id. -->
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

  <!-- Each entry, one per entity key as the web's index has them: map { 'key': entry key,
       'label': string, 'kind': string, 'mentions': element()* }. An entity the book declares is
       headed by its name (tk:entity-name); a key it declares nothing under, by the first mention's
       words, as on the web. -->
  <xsl:variable name="tkfo:index-entries" as="map(*)*">
    <xsl:for-each-group select="$tk:documents/tei:TEI/tei:text//*[tk:is-name(.)]" group-by="tk:entity-keys(.)">
      <xsl:variable name="key" select="current-grouping-key()"/>
      <xsl:variable name="entity" select="tkfo:entity($key, .)"/>
      <xsl:sequence select="map{'key': tkfo:entry-key($key, .),
          'label': if ($entity) then tk:entity-name($entity) else tk:text(.),
          'kind': tk:index-section(if ($entity) then tk:entity-type($entity) else tk:mention-type(., $key)),
          'mentions': current-group()}"/>
    </xsl:for-each-group>
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
              <!-- two persons of one name (in two volumes): the one met first comes first -->
              <xsl:sort select="tkfo:first-page(?key)" data-type="number"/>
              <xsl:sort select="?key"/>
              <fo:block start-indent="5mm" text-indent="-5mm" font-size="9pt" text-align="start">
                <xsl:value-of select="?label"/>
                <xsl:text>  </xsl:text>
                <xsl:call-template name="tkfo:index-pages">
                  <xsl:with-param name="key" select="?key"/>
                  <xsl:with-param name="mentions" select="?mentions"/>
                </xsl:call-template>
              </fo:block>
            </xsl:for-each>
          </xsl:for-each-group>
        </fo:flow>
      </fo:page-sequence>
    </xsl:if>
  </xsl:template>

  <!-- The first page an index entry lists, once the pages are known (else none). -->
  <xsl:function name="tkfo:first-page" as="xs:double?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="(tokenize(string($tk:index-pages($key)), '\D+')[.])[1] ! number(.)"/>
  </xsl:function>

  <xsl:template name="tkfo:index-pages">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="mentions" as="element()*"/>
    <xsl:choose>
      <xsl:when test="map:size($tk:index-pages) gt 0 or $tk:part = 'index'">
        <!-- each page a link to the entity's first mention on it -->
        <xsl:variable name="anchors" select="tokenize($tk:index-anchors($key))"/>
        <xsl:for-each select="tokenize($tk:index-pages($key), ',\s*')[.]">
          <xsl:variable name="i" select="position()"/>
          <xsl:if test="$i gt 1">, </xsl:if>
          <xsl:choose>
            <xsl:when test="exists($anchors[$i])">
              <fo:basic-link internal-destination="{$anchors[$i]}"><xsl:value-of select="."/></fo:basic-link>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <!-- first pass: one citation per mention; only its anchors' pages are read -->
        <xsl:for-each select="$mentions">
          <xsl:if test="position() gt 1">, </xsl:if>
          <fo:page-number-citation ref-id="{tkfo:mention-ids(.)[ends-with(., '-' || $key)][1]}"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
