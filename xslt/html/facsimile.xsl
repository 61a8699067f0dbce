<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page images beside the text (mode tk:html and the named template tk:facsimile-pane): where
  a document's page breaks point to surfaces whose images were cut into tiles (tk:page-images) or
  that name a IIIF image service, its pages get a pane with OpenSeadragon (bundled in
  assets/openseadragon/, so that it works from file:// with no network) showing the page being
  read; assets/facsimile.js follows the scroll, opens a page from its mark and lights zones and
  lines. What the viewer needs is written into the page as JSON: a page opened from disk may
  not fetch a file, but may load images.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The pane, empty when no page of $tei has an image to show. -->
  <xsl:template name="tk:facsimile-pane">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="tk:root" as="xs:string" select="'../'" tunnel="yes"/>
    <xsl:variable name="surfaces" select="$tei/tei:facsimile//tei:surface[exists(tkh:tile-source(., $tk:root))]"/>
    <xsl:if test="exists($surfaces)">
      <aside class="tk-facsimile" aria-label="{tk:label('page-images')}">
        <div class="tk-facsimile-viewer" id="tk-facsimile-viewer"></div>
        <p class="tk-facsimile-label" aria-live="polite"></p>
        <script type="application/json" id="tk-facsimile-data">
          <xsl:value-of select="serialize(tkh:facsimile-data($tei, $surfaces, $tk:root), map { 'method': 'json' })"/>
        </script>
        <script src="{$tk:root}assets/openseadragon/openseadragon.min.js" defer="defer"></script>
        <script src="{$tk:root}assets/facsimile.js" defer="defer"></script>
      </aside>
    </xsl:if>
  </xsl:template>

  <!-- What facsimile.js needs: the surfaces (tile source, label, zones) and the page breaks that open them. -->
  <xsl:function name="tkh:facsimile-data" as="map(*)">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="surfaces" as="element(tei:surface)*"/>
    <xsl:param name="root" as="xs:string"/>
    <xsl:sequence select="map {
        'prefix': $root || 'assets/openseadragon/images/',
        'surfaces': array { $surfaces ! map {
            'id': tk:id(.),
            'label': tk:surface-label(.),
            'tiles': tkh:tile-source(., $root),
            'box': array { tkh:surface-box(.) },
            'zones': array { .//tei:zone[exists(tk:zone-box(.))] ! map { 'id': tk:id(.), 'box': array { tk:zone-box(.) } } }
        } },
        'pages': array { $tei/tei:text//tei:pb[@facs][tk:facs-surface(.) = $surfaces] ! map {
            'pb': tk:id(.), 'surface': tk:id(tk:facs-surface(.)) } }
      }"/>
  </xsl:function>

  <!-- A surface's tile source for OpenSeadragon: the info.json of its cut image (its id made
       relative to the page), or the url of a IIIF image service it names (loaded by the reader's
       browser, never by teikit); empty when it has neither. -->
  <xsl:function name="tkh:tile-source" as="xs:string?">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:param name="root" as="xs:string"/>
    <xsl:variable name="graphic" select="tk:surface-image($surface)"/>
    <xsl:variable name="url" select="$graphic ! tk:image-url(.)"/>
    <xsl:variable name="tiles" select="$url ! $tk:page-images(.)"/>
    <xsl:choose>
      <xsl:when test="exists($tiles)">
        <xsl:sequence select="serialize(map:put(parse-json($tiles?info), 'id', $root || $tiles?id), map { 'method': 'json' })"/>
      </xsl:when>
      <xsl:when test="exists($url) and tk:is-remote($url) and ends-with($url, '/info.json')">
        <xsl:sequence select="$url"/>
      </xsl:when>
      <xsl:when test="exists($url) and tk:is-remote($url) and not(matches($url, '\.(jpe?g|png|gif|tiff?|svg|webp)$', 'i'))">
        <xsl:sequence select="replace($url, '/$', '') || '/info.json'"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- The surface's own box (ulx, uly, lrx, lry), in which its zones' coordinates are given; empty: image pixels. -->
  <xsl:function name="tkh:surface-box" as="xs:double*">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:if test="every $c in $surface/(@ulx, @uly, @lrx, @lry) satisfies $c castable as xs:double">
      <xsl:sequence select="$surface/(@ulx, @uly, @lrx, @lry) ! xs:double(.)"/>
    </xsl:if>
  </xsl:function>

  <!-- A line on a page image: a mark before it naming its zone, which facsimile.js lights with the zone. -->
  <xsl:template match="tei:lb[exists(tk:facs-zone(.))]" mode="tk:html" priority="1">
    <xsl:next-match/>
    <span class="tk-zone-line" data-zone="{tk:id(tk:facs-zone(.))}"></span>
  </xsl:template>
</xsl:stylesheet>
