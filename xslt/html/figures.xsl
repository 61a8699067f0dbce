<?xml version="1.0" encoding="UTF-8"?>
<!--
  Images in the web edition (mode tk:html): a local image found beside the document is shown from
  the site's copy (org.teikit.publish.images.WebImages, tk:images), its description as alt text;
  an address on the network is linked, or shown when the edition's setting remote-images is
  "show" (off by default, so that a site stays offline); anything else is a placeholder that says
  what is missing and holds the description.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:graphic[tk:is-image(.)] | tei:media[tk:is-image(.)]" mode="tk:html">
    <xsl:param name="tk:root" as="xs:string" select="'../'" tunnel="yes"/>
    <xsl:variable name="url" select="tk:image-url(.)"/>
    <xsl:variable name="place" select="tk:image-place(.)"/>
    <xsl:variable name="description" select="tk:image-description(.)"/>
    <xsl:choose>
      <xsl:when test="exists($place)">
        <img class="tk-image" src="{$tk:root}{$place}" alt="{$description}" loading="lazy"/>
      </xsl:when>
      <xsl:when test="tk:is-remote($url) and tk:setting($tk:edition, 'remote-images') = 'show'">
        <img class="tk-image" src="{$url}" alt="{$description}" loading="lazy" referrerpolicy="no-referrer"/>
      </xsl:when>
      <xsl:when test="tk:is-remote($url)">
        <a class="tk-image-link" href="{$url}" rel="noopener noreferrer">
          <xsl:value-of select="($description[.], $url)[1]"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <!-- the words say that an image is missing, not only its address: a reader of FRUS's
             appendix saw 'Document A.1' in a box and no figure description to explain it -->
        <span class="tk-image-missing" role="img"
            aria-label="{($description[.], tk:label('image-missing') || ': ' || $url)[1]}">
          <span class="tk-image-missing-label"><xsl:value-of select="tk:label('image-missing')"/></span>
          <span class="tk-image-missing-url"><xsl:value-of select="$url"/></span>
          <xsl:if test="$description">
            <span class="tk-image-missing-description"><xsl:value-of select="$description"/></span>
          </xsl:if>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A figure's description is its image's alt text (or is in its placeholder), not a paragraph beside it. -->
  <xsl:template match="tei:figure[tei:graphic[tk:is-image(.)]]/tei:figDesc" mode="tk:html" priority="1"/>
</xsl:stylesheet>
