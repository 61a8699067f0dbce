<?xml version="1.0" encoding="UTF-8"?>
<!--
  Original and translation side by side. The blocks of each text (divisions flattened) are
  grouped so that each group starts at a block carrying @corresp; a group of the original and
  the group of the translation it points to form one row. Translation groups nobody points to
  get a row of their own after the row of the group before them. The page's view switch hides
  one column or the other; on a narrow screen the cells stack.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="tk:parallel">
    <xsl:param name="original" as="element()"/>
    <xsl:param name="translation" as="element()"/>
    <xsl:variable name="o-groups" as="array(element())*" select="tk:groups(tk:blocks($original))"/>
    <xsl:variable name="t-groups" as="array(element())*" select="tk:groups(tk:blocks($translation))"/>
    <!-- rows as maps: 'o' the original groups, 't' the translation groups, by position.
         An original group whose counterparts are already taken joins the row before. -->
    <xsl:variable name="rows" as="map(*)*">
      <xsl:iterate select="1 to count($o-groups)">
        <xsl:param name="rows" as="map(*)*" select="()"/>
        <xsl:param name="taken" as="xs:integer*" select="()"/>
        <xsl:on-completion select="$rows"/>
        <xsl:variable name="i" select="."/>
        <xsl:variable name="claims" select="tk:claims($o-groups[$i], $t-groups, $i)"/>
        <xsl:variable name="new" select="$claims[not(. = $taken)]"/>
        <xsl:choose>
          <xsl:when test="exists($claims) and empty($new) and exists($rows)">
            <xsl:next-iteration>
              <xsl:with-param name="rows" select="$rows[position() lt last()],
                  map { 'o': ($rows[last()]?o, $i), 't': $rows[last()]?t }"/>
              <xsl:with-param name="taken" select="$taken"/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise>
            <xsl:next-iteration>
              <xsl:with-param name="rows" select="$rows, map { 'o': $i, 't': $new }"/>
              <xsl:with-param name="taken" select="$taken, $new"/>
            </xsl:next-iteration>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="claimed" as="xs:integer*" select="$rows ! ?t"/>
    <div class="parallel">
      <xsl:for-each select="0 to count($rows)">
        <xsl:variable name="r" select="."/>
        <xsl:if test="$r gt 0">
          <xsl:call-template name="tk:row">
            <xsl:with-param name="original" select="for $o in $rows[$r]?o return array:flatten($o-groups[$o])"/>
            <xsl:with-param name="translation" select="for $t in sort($rows[$r]?t) return array:flatten($t-groups[$t])"/>
            <xsl:with-param name="o-lang" select="tk:lang($original)"/>
            <xsl:with-param name="t-lang" select="tk:lang($translation)"/>
          </xsl:call-template>
        </xsl:if>
        <!-- translation groups nobody points to, after the row of the nearest claimed group before them -->
        <xsl:for-each select="(1 to count($t-groups))[not(. = $claimed)]">
          <xsl:variable name="j" select="."/>
          <xsl:variable name="before" select="max(($claimed[. lt $j], 0))"/>
          <xsl:variable name="anchor" select="if ($before eq 0) then 0
              else (for $k in 1 to count($rows) return $k[$rows[$k]?t = $before])[1]"/>
          <xsl:if test="$anchor eq $r">
            <xsl:call-template name="tk:row">
              <xsl:with-param name="original" select="()"/>
              <xsl:with-param name="translation" select="array:flatten($t-groups[$j])"/>
              <xsl:with-param name="o-lang" select="tk:lang($original)"/>
              <xsl:with-param name="t-lang" select="tk:lang($translation)"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template name="tk:row">
    <xsl:param name="original" as="element()*"/>
    <xsl:param name="translation" as="element()*"/>
    <xsl:param name="o-lang" as="xs:string?"/>
    <xsl:param name="t-lang" as="xs:string?"/>
    <div class="row">
      <div class="cell original{if (empty($original)) then ' empty' else ''}">
        <xsl:if test="$o-lang"><xsl:attribute name="lang" select="$o-lang"/></xsl:if>
        <xsl:apply-templates select="$original" mode="tk:html">
          <xsl:with-param name="tk:depth" select="3" tunnel="yes"/>
        </xsl:apply-templates>
      </div>
      <div class="cell translation{if (empty($translation)) then ' empty' else ''}">
        <xsl:if test="$t-lang"><xsl:attribute name="lang" select="$t-lang"/></xsl:if>
        <xsl:apply-templates select="$translation" mode="tk:html">
          <xsl:with-param name="tk:depth" select="3" tunnel="yes"/>
        </xsl:apply-templates>
      </div>
    </div>
  </xsl:template>

  <xsl:function name="tk:lang" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/ancestor-or-self::*[@xml:lang][1]/@xml:lang ! string()"/>
  </xsl:function>

  <!-- The blocks of a text, divisions flattened into their children. -->
  <xsl:function name="tk:blocks" as="element()*">
    <xsl:param name="container" as="element()"/>
    <xsl:for-each select="$container/*">
      <xsl:choose>
        <xsl:when test="self::tei:front or self::tei:body or self::tei:back or self::tei:div
            or self::tei:div1 or self::tei:div2 or self::tei:div3">
          <xsl:sequence select="tk:blocks(.)"/>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="tk:groups" as="array(element())*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:for-each-group select="$blocks" group-starting-with="*[@corresp]">
      <xsl:sequence select="array { current-group() }"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The translation groups an original group points to, by position. -->
  <xsl:function name="tk:claims" as="xs:integer*">
    <xsl:param name="group" as="array(element())"/>
    <xsl:param name="t-groups" as="array(element())*"/>
    <xsl:param name="position" as="xs:integer"/>
    <xsl:variable name="lead" select="$group(1)"/>
    <xsl:variable name="ids" select="tokenize(normalize-space($lead/@corresp)) ! replace(., '^.*#', '')"/>
    <xsl:sequence select="if (exists($ids))
        then (for $k in 1 to count($t-groups) return $k[$t-groups[$k](1)/@xml:id = $ids])
        else if ($position eq 1 and exists($t-groups) and not($t-groups[1](1)/@corresp)) then 1
        else ()"/>
  </xsl:function>
</xsl:stylesheet>
