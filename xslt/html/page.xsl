<?xml version="1.0" encoding="UTF-8"?>
<!-- The frame every page shares: head, banner with the edition's navigation, main, footer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- True when the edition is one of a collection, whose landing page is beside its folder. -->
  <xsl:param name="tk:in-collection" as="xs:boolean" select="false()"/>

  <!-- The edition's navigation: key, file, label key. -->
  <xsl:variable name="tk:nav" as="map(xs:string, xs:string)*" select="(
      map { 'key': 'home', 'href': 'index.html' },
      map { 'key': 'persons', 'href': 'persons.html' },
      map { 'key': 'places', 'href': 'places.html' },
      map { 'key': 'orgs', 'href': 'orgs.html' },
      map { 'key': 'search', 'href': 'search.html' },
      map { 'key': 'conventions', 'href': 'conventions.html' })"/>

  <!--
    One page, to be written to $href (relative to the edition's output folder): a tk:output
    element around the html element. Java serializes it (xsl:result-document is disabled in
    teikit's safe Saxon configuration).
  -->
  <xsl:template name="tk:page">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="body-class" as="xs:string" select="''"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <!-- or what mode tk:page-body makes of this item, generated in place -->
    <xsl:param name="body" as="item()?" select="()"/>
    <xsl:variable name="root" select="tkh:root-path($href)"/>
    <tk:output href="{$href}">
      <html lang="{$tk:interface-language}">
        <head>
          <meta charset="utf-8"/>
          <meta name="viewport" content="width=device-width, initial-scale=1"/>
          <meta name="generator" content="teikit"/>
          <title><xsl:value-of select="if ($title = $tk:edition-title) then $title else $title || ' · ' || $tk:edition-title"/></title>
          <link rel="stylesheet" href="{$root}assets/teikit.css"/>
          <!-- the edition's own stylesheet after teikit's (setting stylesheet, copied by EditionWide) -->
          <xsl:for-each select="tk:setting($tk:edition, 'stylesheet')">
            <link rel="stylesheet" href="{$root}assets/edition/{tokenize(., '/')[last()]}"/>
          </xsl:for-each>
          <link rel="stylesheet" href="{$root}assets/print.css" media="print"/>
          <script src="{$root}assets/teikit.js" defer="defer"></script>
          <xsl:for-each select="$scripts">
            <script src="{$root}{.}" defer="defer"></script>
          </xsl:for-each>
        </head>
        <body class="{normalize-space('tk ' || $body-class)}">
          <a class="skip" href="#main"><xsl:value-of select="tk:label('skip')"/></a>
          <header class="banner">
            <xsl:if test="$tk:in-collection">
              <p class="collection-link"><a href="{$root}{$tkh:language-up}../index.html"><xsl:value-of select="tk:label('editions')"/></a></p>
            </xsl:if>
            <p class="edition-title"><a href="{$root}index.html">
              <xsl:for-each select="tk:setting($tk:edition, 'logo')">
                <img class="logo" src="{$root}assets/edition/{tokenize(., '/')[last()]}" alt=""/>
              </xsl:for-each>
              <xsl:value-of select="$tk:edition-title"/></a></p>
            <nav aria-label="{tk:label('menu')}">
              <ul>
                <xsl:for-each select="$tk:nav">
                  <li>
                    <a href="{$root}{?href}">
                      <xsl:if test="?key = $current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                      <xsl:value-of select="tk:label(?key)"/>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
            <xsl:call-template name="tkh:language-switch">
              <xsl:with-param name="href" select="$href"/>
              <xsl:with-param name="root" select="$root"/>
            </xsl:call-template>
          </header>
          <main id="main" tabindex="-1">
            <xsl:sequence select="$content"/>
            <xsl:apply-templates select="$body" mode="tk:page-body"/>
          </main>
          <footer class="colophon">
            <p><xsl:value-of select="$tk:edition-title"/> · <a href="{$root}conventions.html"><xsl:value-of select="tk:label('conventions')"/></a></p>
          </footer>
        </body>
      </html>
    </tk:output>
  </xsl:template>

  <!-- '../' for each folder in a page's path: how a page reaches the edition's root. -->
  <xsl:function name="tkh:root-path" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="string-join(tokenize($href, '/')[position() lt last()] ! '../')"/>
  </xsl:function>

  <!-- A link when the target is safe, otherwise the content alone. -->
  <xsl:template name="tk:link">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <!-- or what mode tk:page-body makes of this item, generated in place -->
    <xsl:param name="body" as="item()?" select="()"/>
    <xsl:choose>
      <xsl:when test="tk:safe-uri($target)">
        <a href="{normalize-space($target)}"><xsl:sequence select="$content"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$content"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
