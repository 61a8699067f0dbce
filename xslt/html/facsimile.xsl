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
        <p class="tk-facsimile-manifest"><a href="{$tk:root}{$tkh:manifest-href}" type="application/ld+json">IIIF</a></p>
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
            'zones': array { .//tei:zone[exists(tk:zone-box(.))] ! map { 'id': tk:id(.), 'box': array { tk:zone-box(.) },
                'points': array { tkh:outline(.) } } }
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

  <!-- A zone's polygon, drawn over the image in place of its box: its points (x, y, x, y …) when
       they outline a shape (three corners or more) and no ulx, uly, lrx, lry give the box first
       (tk:zone-box); else empty. -->
  <xsl:function name="tkh:outline" as="xs:double*">
    <xsl:param name="zone" as="element(tei:zone)"/>
    <xsl:variable name="points" select="tk:zone-points($zone)"/>
    <xsl:sequence select="$points[count($points) ge 6 and count($zone/(@ulx, @uly, @lrx, @lry)) lt 4]"/>
  </xsl:function>

  <!-- The surface's own box (ulx, uly, lrx, lry), in which its zones' coordinates are given; empty: image pixels. -->
  <xsl:function name="tkh:surface-box" as="xs:double*">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:if test="every $c in $surface/(@ulx, @uly, @lrx, @lry) satisfies $c castable as xs:double">
      <xsl:sequence select="$surface/(@ulx, @uly, @lrx, @lry) ! xs:double(.)"/>
    </xsl:if>
  </xsl:function>

  <!-- Where a document's IIIF manifest stands, beside its page. -->
  <xsl:variable name="tkh:manifest-href" as="xs:string" select="replace($tk:doc-href, '\.html$', '.manifest.json')"/>

  <!--
    A document's IIIF Presentation 3 manifest (JSON), written beside its page by
    org.teikit.publish.html.DocumentStep when its pages have images cut into tiles: a canvas per
    such surface, labelled like its page (pb/@n), painted with the image's smallest whole view and
    the tiles as a level-0 image service; the title and dates as the web page shows them. Ids are
    absolute with tk:base-url, else relative to the edition's folder.
  -->
  <xsl:function name="tk:iiif-manifest" as="xs:string" visibility="public">
    <xsl:param name="document" as="document-node()"/>
    <xsl:variable name="tei" select="($document/tei:TEI, $document/tei:teiCorpus/tei:TEI)[1]"/>
    <xsl:variable name="id" select="$tk:base-url || $tkh:manifest-href"/>
    <xsl:variable name="lang" select="(tk:document-languages($tei)[1], 'none')[1]"/>
    <xsl:sequence select="serialize(map {
        '@context': 'http://iiif.io/api/presentation/3/context.json',
        'id': $id,
        'type': 'Manifest',
        'label': map { $lang: [ tk:title($tei) ] },
        'metadata': array { tk:dates($tei) ! map {
            'label': map { $tk:interface-language: [ ?label ] }, 'value': map { 'none': [ ?text ] } } },
        'homepage': [ map { 'id': $tk:base-url || $tk:doc-href, 'type': 'Text', 'format': 'text/html',
            'label': map { $lang: [ tk:title($tei) ] } } ],
        'items': array { $tei/tei:facsimile//tei:surface[exists(tkh:tiles(.))] ! tkh:canvas(., $id) }
      }, map { 'method': 'json', 'indent': true() })"/>
  </xsl:function>

  <!-- A surface's tiles (tk:page-images), if its image was cut. -->
  <xsl:function name="tkh:tiles" as="map(xs:string, item())?">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:sequence select="tk:surface-image($surface) ! tk:image-url(.) ! $tk:page-images(.)"/>
  </xsl:function>

  <xsl:function name="tkh:canvas" as="map(*)">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:param name="manifest" as="xs:string"/>
    <xsl:variable name="tiles" select="tkh:tiles($surface)"/>
    <xsl:variable name="canvas" select="$manifest || '/canvas/' || tk:id($surface)"/>
    <xsl:variable name="service" select="$tk:base-url || $tiles?id"/>
    <xsl:variable name="smallest" select="parse-json($tiles?info)?tiles?1?scaleFactors?*[last()]"/>
    <xsl:variable name="width" select="($tiles?width + $smallest - 1) idiv $smallest"/>
    <xsl:variable name="height" select="($tiles?height + $smallest - 1) idiv $smallest"/>
    <xsl:sequence select="map {
        'id': $canvas, 'type': 'Canvas',
        'label': map { 'none': [ tk:surface-label($surface) ] },
        'width': $tiles?width, 'height': $tiles?height,
        'items': [ map { 'id': $canvas || '/page', 'type': 'AnnotationPage', 'items': [ map {
            'id': $canvas || '/page/image', 'type': 'Annotation', 'motivation': 'painting', 'target': $canvas,
            'body': map {
              'id': $service || '/full/' || (if ($smallest = 1) then 'max' else $width || ',' || $height) || '/0/default.jpg',
              'type': 'Image', 'format': 'image/jpeg', 'width': $width, 'height': $height,
              'service': [ map { 'id': $service, 'type': 'ImageService3', 'profile': 'level0' } ] } } ] } ]
      }"/>
  </xsl:function>

  <!-- A line on a page image: a mark before it naming its zone, which facsimile.js lights with the zone. -->
  <xsl:template match="tei:lb[exists(tk:facs-zone(.))]" mode="tk:html" priority="1">
    <xsl:next-match/>
    <span class="tk-zone-line" data-zone="{tk:id(tk:facs-zone(.))}"></span>
  </xsl:template>

  <!-- Any other element on a page image (l, p, ab, seg, line, div … whose @facs names a zone): its
       rendering carries the zone (data-zone on its one element, else a span around it), which
       facsimile.js lights with the zone as it lights a line. Above the other templates' priorities,
       so that it wraps whichever renders the element. -->
  <xsl:template match="*[not(self::tei:lb or self::tei:pb)][exists(tk:facs-zone(.))]" mode="tk:html" priority="5">
    <xsl:variable name="rendered" as="node()*"><xsl:next-match/></xsl:variable>
    <xsl:variable name="zone" select="tk:id(tk:facs-zone(.))"/>
    <xsl:choose>
      <xsl:when test="count($rendered) = 1 and $rendered instance of element()">
        <xsl:for-each select="$rendered">
          <xsl:copy>
            <xsl:sequence select="@*"/>
            <xsl:attribute name="data-zone" select="$zone"/>
            <xsl:sequence select="node()"/>
          </xsl:copy>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <span data-zone="{$zone}"><xsl:sequence select="$rendered"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
