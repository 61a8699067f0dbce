<?xml version="1.0" encoding="UTF-8"?>
<!--
  Original and translation side by side, in the rows tk:aligned-rows makes of them (print sets
  the same rows). The page's view switch hides one column or the other; on a narrow screen the
  cells stack.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="tk:parallel">
    <xsl:param name="original" as="element()"/>
    <xsl:param name="translation" as="element()"/>
    <div class="parallel">
      <!-- the rows as both editions align them (xslt/common/alignment.xsl) -->
      <xsl:for-each select="tk:aligned-rows($original, $translation)">
        <xsl:call-template name="tk:row">
          <xsl:with-param name="original" select="?original"/>
          <xsl:with-param name="translation" select="?translation"/>
          <xsl:with-param name="o-lang" select="tkh:lang($original)"/>
          <xsl:with-param name="t-lang" select="tkh:lang($translation)"/>
        </xsl:call-template>
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

  <xsl:function name="tkh:lang" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/ancestor-or-self::*[@xml:lang][1]/@xml:lang ! string()"/>
  </xsl:function>

</xsl:stylesheet>
