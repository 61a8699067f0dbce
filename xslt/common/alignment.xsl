<?xml version="1.0" encoding="UTF-8"?>
<!--
  How an original and its translation align, for both editions' side-by-side layouts. The blocks
  of each text (divisions flattened into their children) are grouped so that each group starts
  at a block that carries @corresp or that the other text's @corresp names; a group of the
  original and the groups of the translation it points to, or that point to it, form one row.
  An original group whose counterparts are already taken joins the row before; translation
  groups nobody points to get a row of their own after the row of the group before them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all">

  <!--
    The rows of the side-by-side layout, in reading order: each a map with 'original' and
    'translation', the blocks of either text that stand side by side (either may be empty).
    Every block of both texts is in exactly one row, in its own text's order.
  -->
  <xsl:function name="tk:aligned-rows" as="map(xs:string, element()*)*">
    <xsl:param name="original" as="element()"/>
    <xsl:param name="translation" as="element()"/>
    <xsl:variable name="o-blocks" select="tk:blocks($original)"/>
    <xsl:variable name="t-blocks" select="tk:blocks($translation)"/>
    <xsl:variable name="o-groups" as="array(element())*" select="tk:groups($o-blocks, tk:corresp-ids($t-blocks))"/>
    <xsl:variable name="t-groups" as="array(element())*" select="tk:groups($t-blocks, tk:corresp-ids($o-blocks))"/>
    <!-- rows as maps: 'o' the original groups, 't' the translation groups, by position -->
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
    <xsl:for-each select="0 to count($rows)">
      <xsl:variable name="r" select="."/>
      <xsl:if test="$r gt 0">
        <xsl:sequence select="map {
            'original': for $o in $rows[$r]?o return array:flatten($o-groups[$o]),
            'translation': for $t in sort($rows[$r]?t) return array:flatten($t-groups[$t]) }"/>
      </xsl:if>
      <!-- translation groups nobody points to, after the row of the nearest claimed group before them -->
      <xsl:for-each select="(1 to count($t-groups))[not(. = $claimed)]">
        <xsl:variable name="j" select="."/>
        <xsl:variable name="before" select="max(($claimed[. lt $j], 0))"/>
        <xsl:variable name="anchor" select="if ($before eq 0) then 0
            else (for $k in 1 to count($rows) return $k[$rows[$k]?t = $before])[1]"/>
        <xsl:if test="$anchor eq $r">
          <xsl:sequence select="map { 'original': (), 'translation': array:flatten($t-groups[$j]) }"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:for-each>
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

  <!-- The ids the blocks' @corresp name ('#id', 'file.xml#id'). -->
  <xsl:function name="tk:corresp-ids" as="xs:string*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:sequence select="$blocks/@corresp ! tokenize(normalize-space(.)) ! replace(., '^.*#', '')"/>
  </xsl:function>

  <!-- Groups of blocks, each starting at a block that points to the other text or that it points to. -->
  <xsl:function name="tk:groups" as="array(element())*">
    <xsl:param name="blocks" as="element()*"/>
    <xsl:param name="named" as="xs:string*"/>
    <xsl:for-each-group select="$blocks" group-starting-with="*[@corresp or @xml:id = $named]">
      <xsl:sequence select="array { current-group() }"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The translation groups an original group points to, or that point to it, by position. -->
  <xsl:function name="tk:claims" as="xs:integer*">
    <xsl:param name="group" as="array(element())"/>
    <xsl:param name="t-groups" as="array(element())*"/>
    <xsl:param name="position" as="xs:integer"/>
    <xsl:variable name="lead" select="$group(1)"/>
    <xsl:variable name="ids" select="tk:corresp-ids($lead)"/>
    <xsl:variable name="pointing" select="for $k in 1 to count($t-groups)
        return $k[$t-groups[$k](1)/@xml:id = $ids or ($lead/@xml:id and tk:corresp-ids($t-groups[$k](1)) = $lead/@xml:id)]"/>
    <xsl:sequence select="if (exists($pointing)) then $pointing
        else if (empty($ids) and $position eq 1 and exists($t-groups) and not($t-groups[1](1)/@corresp)) then 1
        else ()"/>
  </xsl:function>
</xsl:stylesheet>
