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

  <!-- Whether each document's page images are printed as plates (the pdf option facsimiles). -->
  <xsl:param name="tk:facsimiles" as="xs:boolean" select="false()"/>

  <!-- Whether $tei's page images face its text (tk:facsimiles in the parallel layout), as a
       documentary edition sets them: each page's image on a left-hand (even) page, the text
       from that page's break on the right-hand page facing it. A text set in parallel columns
       with its translation keeps its plates after it (a page break there is inside a table). -->
  <xsl:function name="tkfo:plates-face-text" as="xs:boolean">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tk:facsimiles and $tk:layout = 'parallel' and count($tei/tei:text/tei:group/tei:text) lt 2"/>
  </xsl:function>

  <!-- The surfaces of $tei whose image was found, in the facsimile's order. -->
  <xsl:function name="tkfo:plate-surfaces" as="element(tei:surface)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/tei:facsimile//tei:surface[exists(tk:surface-image(.) ! tk:image-place(.))]"/>
  </xsl:function>

  <!-- The surface whose plate faces the text at page break $pb: its own (pb/@facs), when the
       plates face the text and this is the first break pointing to it. -->
  <xsl:function name="tkfo:facing-surface" as="element(tei:surface)?">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:variable name="tei" select="$pb/ancestor::tei:TEI[1][$tk:facsimiles][tkfo:plates-face-text(.)]"/>
    <xsl:variable name="surface" select="$tei ! (tk:facs-surface($pb) intersect tkfo:plate-surfaces(.))"/>
    <xsl:sequence select="$surface[empty($pb/preceding::tei:pb[tk:facs-surface(.) is $surface])]"/>
  </xsl:function>

  <!-- The page images of $tei that follow it, each a plate on a page of its own: all of them, or
       when the plates face the text, those no page break points to; nothing without tk:facsimiles. -->
  <xsl:template name="tkfo:plates">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="faced" select="if (tkfo:plates-face-text($tei)) then $tei/tei:text//tei:pb ! tk:facs-surface(.) else ()"/>
    <xsl:if test="$tk:facsimiles">
      <xsl:for-each select="tkfo:plate-surfaces($tei) except $faced">
        <xsl:call-template name="tkfo:plate"><xsl:with-param name="before" select="'page'"/></xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- A page break whose page image faces the text: the plate on the next left-hand page, the
       text going on from the right-hand page after it; then the break as usual (its label). -->
  <xsl:template match="tei:pb[exists(tkfo:facing-surface(.))]" mode="tkfo:text" priority="1">
    <xsl:for-each select="tkfo:facing-surface(.)">
      <xsl:call-template name="tkfo:plate"><xsl:with-param name="before" select="'even-page'"/>
        <xsl:with-param name="after" select="'page'"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:next-match/>
  </xsl:template>

  <!-- The context surface's image as a plate, a page of its own starting at $before (and the
       text after it at $after), captioned with its page's label (pb/@n). -->
  <xsl:template name="tkfo:plate">
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string" select="'auto'"/>
    <xsl:variable name="label" select="tkfo:label('page') || ' ' || tk:surface-label(.)"/>
    <fo:block break-before="{$before}" break-after="{$after}" text-align="center" keep-together.within-page="always"
        role="Figure" font-style="normal" font-weight="normal" text-indent="0" start-indent="0" end-indent="0">
      <fo:block>
        <fo:external-graphic src="url('{tk:image-place(tk:surface-image(.))}')" content-width="scale-down-to-fit"
            content-height="scale-down-to-fit" scaling="uniform" inline-progression-dimension.maximum="100%"
            block-progression-dimension.maximum="17cm" fox:alt-text="{$label}"/>
      </fo:block>
      <fo:block font-size="9pt" space-before="3mm"><xsl:value-of select="$label"/></fo:block>
    </fo:block>
  </xsl:template>

  <!-- A figure's description is its image's alternative text (or in its placeholder), not a paragraph. -->
  <xsl:template match="tei:figure[tei:graphic[tk:is-image(.)]]/tei:figDesc" mode="tkfo:text" priority="1"/>
</xsl:stylesheet>
