<?xml version="1.0" encoding="UTF-8"?>
<!--
  Images a text names (graphic, media of an image type): which elements are images, what their
  url is, how they are described, whether the url is an address on the network. Where a local
  url's file is, and whether it may be read, is decided in Java (org.teikit.publish.images) and
  handed over in tk:images; what is not in it is shown as a placeholder.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- Each local image that was found, by its url as written (trimmed): where the output has it
       (the web: a path relative to the edition's folder; print: the file's URI). -->
  <xsl:param name="tk:images" as="map(xs:string, xs:string)" select="map {}"/>

  <!-- Each page image (a graphic of a facsimile's surface) that was cut into tiles, by its url:
       map { 'id': the tiles' folder relative to the edition's folder, 'width', 'height' }. -->
  <xsl:param name="tk:page-images" as="map(xs:string, map(xs:string, item()))" select="map {}"/>

  <!-- Whether $e is an image: a graphic, or a media whose type is an image's. -->
  <xsl:function name="tk:is-image" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::tei:graphic or self::tei:media[starts-with(normalize-space(@mimeType), 'image/')]][@url])"/>
  </xsl:function>

  <!-- An image's url as written, without the whitespace around it. -->
  <xsl:function name="tk:image-url" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="replace(string($e/@url), '^\s+|\s+$', '')"/>
  </xsl:function>

  <!-- Whether a url is an address on the network (never fetched when the edition is built). -->
  <xsl:function name="tk:is-remote" as="xs:boolean">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="matches($url, '^https?:', 'i')"/>
  </xsl:function>

  <!-- Where the output has a local image that was found; empty when it was not. -->
  <xsl:function name="tk:image-place" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$tk:images(tk:image-url($e))"/>
  </xsl:function>

  <!-- What an image shows, in words: its own desc, else its figure's figDesc, else its figure's head. -->
  <xsl:function name="tk:image-description" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space(string(($e/tei:desc, $e/parent::tei:figure/tei:figDesc,
        $e/parent::tei:figure/tei:head)[1]))"/>
  </xsl:function>

  <!-- Facsimiles: the surfaces, graphics and zones a text's @facs points to, by their xml:id. -->
  <xsl:key name="tk:facs-target" match="tei:surface | tei:graphic | tei:zone" use="@xml:id"/>

  <!-- The surface (a page of the source) $e's @facs points to: the surface itself, or the one
       holding the graphic or zone it names; empty when @facs names none in the document. -->
  <xsl:function name="tk:facs-surface" as="element(tei:surface)?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="id" select="substring-after(normalize-space(($e/@facs, '')[1]), '#')"/>
    <xsl:sequence select="(key('tk:facs-target', $id, root($e))/ancestor-or-self::tei:surface)[last()]"/>
  </xsl:function>

  <!-- The zone $e's @facs points to (a line's place on its page), if any. -->
  <xsl:function name="tk:facs-zone" as="element(tei:zone)?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="id" select="substring-after(normalize-space(($e/@facs, '')[1]), '#')"/>
    <xsl:sequence select="key('tk:facs-target', $id, root($e))[self::tei:zone]"/>
  </xsl:function>

  <!-- A surface's page image: its first graphic with a url. -->
  <xsl:function name="tk:surface-image" as="element(tei:graphic)?">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:sequence select="$surface/tei:graphic[@url][1]"/>
  </xsl:function>

  <!-- A surface's label: the @n of the first page break that points to it, else its own @n, else its position. -->
  <xsl:function name="tk:surface-label" as="xs:string">
    <xsl:param name="surface" as="element(tei:surface)"/>
    <xsl:variable name="pb" select="(root($surface)//tei:text//tei:pb[@facs][tk:facs-surface(.) is $surface])[1]"/>
    <xsl:sequence select="string(($pb/@n, $surface/@n, count($surface/preceding::tei:surface) + 1)[1])"/>
  </xsl:function>

  <!-- A zone's outline from its points ("x,y x,y …"), as x, y, x, y …: the numbers among them,
       when they come in pairs; empty without points. -->
  <xsl:function name="tk:zone-points" as="xs:double*">
    <xsl:param name="zone" as="element(tei:zone)"/>
    <xsl:variable name="numbers" select="tokenize(normalize-space($zone/@points), '[\s,]+')[. castable as xs:double]"/>
    <xsl:sequence select="$numbers[count($numbers) mod 2 = 0] ! xs:double(.)"/>
  </xsl:function>

  <!-- A zone's box, [x, y, width, height], in its surface's coordinates: from ulx, uly, lrx, lry,
       or the bounds of its points; empty when it has neither. -->
  <xsl:function name="tk:zone-box" as="xs:double*">
    <xsl:param name="zone" as="element(tei:zone)"/>
    <xsl:choose>
      <!-- the count first: "every" over no attributes is true, and a zone of points had no box -->
      <xsl:when test="count($zone/(@ulx, @uly, @lrx, @lry)) = 4
          and (every $c in ($zone/@ulx, $zone/@uly, $zone/@lrx, $zone/@lry) satisfies $c castable as xs:double)">
        <xsl:sequence select="xs:double($zone/@ulx), xs:double($zone/@uly),
            xs:double($zone/@lrx) - xs:double($zone/@ulx), xs:double($zone/@lry) - xs:double($zone/@uly)"/>
      </xsl:when>
      <xsl:when test="count(tk:zone-points($zone)) ge 4">
        <xsl:variable name="xy" select="tk:zone-points($zone)"/>
        <xsl:variable name="x" select="$xy[position() mod 2 = 1]"/>
        <xsl:variable name="y" select="$xy[position() mod 2 = 0]"/>
        <xsl:sequence select="min($x), min($y), max($x) - min($x), max($y) - min($y)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
