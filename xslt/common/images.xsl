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
</xsl:stylesheet>
