<?xml version="1.0" encoding="UTF-8"?>
<!--
  Images in print (mode tkfo:text): a local image found beside the document is embedded at most
  the text's width and two thirds of a page's height, its description as the PDF's alternative
  text; anything else (missing, refused, an address on the network, which is never fetched) is a
  framed placeholder naming the url, with the description. The figure's head, its caption, is
  set by text.xsl like any head.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:graphic[tk:is-image(.)] | tei:media[tk:is-image(.)]" mode="tkfo:text">
    <xsl:variable name="place" select="tk:image-place(.)"/>
    <xsl:variable name="description" select="tk:image-description(.)"/>
    <fo:block text-align="center" space-before="6pt" space-after="6pt" keep-with-previous.within-page="always">
      <xsl:choose>
        <xsl:when test="exists($place)">
          <fo:external-graphic src="url('{$place}')" content-width="scale-down-to-fit"
              content-height="scale-down-to-fit" scaling="uniform" inline-progression-dimension.maximum="100%"
              block-progression-dimension.maximum="16cm" fox:alt-text="{($description[.], tk:image-url(.))[1]}"/>
        </xsl:when>
        <xsl:otherwise>
          <fo:block border="0.5pt dashed #999999" padding="8pt" font-size="0.85em" color="#555555">
            <fo:block font-weight="bold"><xsl:value-of select="tkfo:label('image-missing')"/></fo:block>
            <fo:block wrap-option="wrap" hyphenate="false">
              <xsl:value-of select="tk:image-url(.)"/>
            </fo:block>
            <xsl:if test="$description">
              <fo:block font-style="italic" space-before="3pt"><xsl:value-of select="$description"/></fo:block>
            </xsl:if>
          </fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- Whether each document's page images follow it as plates (the pdf option facsimiles). -->
  <xsl:param name="tk:facsimiles" as="xs:boolean" select="false()"/>

  <!-- The page images of $tei (its facsimile's surfaces whose image was found), each a plate on a
       page of its own, captioned with its page's label (pb/@n); nothing without tk:facsimiles. -->
  <xsl:template name="tkfo:plates">
    <xsl:param name="tei" as="element()"/>
    <xsl:if test="$tk:facsimiles">
      <xsl:for-each select="$tei/tei:facsimile//tei:surface[exists(tk:surface-image(.) ! tk:image-place(.))]">
        <xsl:variable name="label" select="tkfo:label('page') || ' ' || tk:surface-label(.)"/>
        <fo:block break-before="page" text-align="center" keep-together.within-page="always" role="Figure">
          <fo:block>
            <fo:external-graphic src="url('{tk:image-place(tk:surface-image(.))}')" content-width="scale-down-to-fit"
                content-height="scale-down-to-fit" scaling="uniform" inline-progression-dimension.maximum="100%"
                block-progression-dimension.maximum="17cm" fox:alt-text="{$label}"/>
          </fo:block>
          <fo:block font-size="9pt" space-before="3mm"><xsl:value-of select="$label"/></fo:block>
        </fo:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- A figure's description is its image's alternative text (or in its placeholder), not a paragraph. -->
  <xsl:template match="tei:figure[tei:graphic[tk:is-image(.)]]/tei:figDesc" mode="tkfo:text" priority="1"/>
</xsl:stylesheet>
