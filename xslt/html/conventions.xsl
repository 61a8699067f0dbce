<?xml version="1.0" encoding="UTF-8"?>
<!-- The "Editorial conventions" page: each convention the edition uses, with an example set as in the text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="tk:conventions">
    <xsl:call-template name="tk:page">
      <xsl:with-param name="href" select="'conventions.html'"/>
      <xsl:with-param name="title" select="tk:label('conventions')"/>
      <xsl:with-param name="current" select="'conventions'"/>
      <xsl:with-param name="body-class" select="'conventions-page reading-edited'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="tk:label('conventions')"/></h1>
        <!-- the conventions some document of the edition uses (tk:conventions, in its facts) -->
        <xsl:variable name="used" select="$tk:facts ! tokenize(@conventions)"/>
        <xsl:if test="exists($used)">
          <p><xsl:value-of select="tk:label('conventions-intro'), tk:label('conventions-tooltips')"/></p>
        </xsl:if>
        <dl class="conventions">
          <xsl:for-each select="$tk:convention-keys[. = $used]">
            <dt><xsl:value-of select="tk:label('conv-' || .)"/></dt>
            <dd>
              <xsl:value-of select="tk:label('conv-' || . || '-text')"/>
              <xsl:for-each select="$tk:convention-web(.)">
                <xsl:text> </xsl:text>
                <xsl:sequence select="."/>
              </xsl:for-each>
            </dd>
          </xsl:for-each>
        </dl>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- What the web adds to a convention's words: an example set as in the text, or how to use it. -->
  <xsl:variable name="tk:convention-web" as="map(xs:string, item()*)">
    <xsl:map>
      <xsl:map-entry key="'page-breaks'">
        <span class="example">… <xsl:value-of select="tk:label('example-page-end')"/><xsl:text> </xsl:text><span class="pb" role="note" aria-label="{tk:label('page')} 2"><span class="pb-mark" aria-hidden="true">|</span><span class="folio">2</span></span><xsl:value-of select="tk:label('example-page-start')"/> …</span>
      </xsl:map-entry>
      <xsl:map-entry key="'forme-work'">
        <span class="example"><span class="tei-fw apart" title="{tk:label('forme-work')}">Исх. № 250</span></span>
      </xsl:map-entry>
      <xsl:map-entry key="'stamps'">
        <span class="example"><span class="tei-stamp apart" title="{tk:label('stamp')}">РАСЕКРЕЧЕНО</span></span>
      </xsl:map-entry>
      <xsl:map-entry key="'additions'">
        <span class="example"><ins class="tei-add other-hand" title="{tk:label('added')}, {tk:label('hand')} B" data-hand="B"><xsl:value-of select="tk:label('example-added')"/></ins></span>
      </xsl:map-entry>
      <xsl:map-entry key="'deletions'">
        <span class="example"><del class="tei-del" title="{tk:label('deleted')}"><xsl:value-of select="tk:label('deleted')"/></del></span>
      </xsl:map-entry>
      <xsl:map-entry key="'unclear'">
        <span class="example"><span class="tei-unclear" title="{tk:label('unclear')}"><xsl:value-of select="tk:label('example-unclear')"/></span></span>
      </xsl:map-entry>
      <xsl:map-entry key="'gaps'">
        <span class="example"><span class="tei-gap" role="img" aria-label="{tk:label('gap')}" title="{tk:label('gap')}">[…]</span></span>
      </xsl:map-entry>
      <xsl:map-entry key="'supplied'">
        <span class="example"><span class="tei-supplied"><xsl:value-of select="tk:label('example-supplied')"/></span></span>
      </xsl:map-entry>
      <xsl:map-entry key="'corrections'">
        <span class="example"><span class="tei-choice"><span class="reading-edited" title="{tk:label('transmitted')}: Chevornenko"><span class="tei-corr">Chervonenko</span></span><span class="reading-transmitted" title="{tk:label('corrected')}: Chervonenko"><span class="tei-sic">Chevornenko</span></span></span></span>
      </xsl:map-entry>
      <xsl:map-entry key="'notes'" select="tk:label('conv-markers-web')"/>
      <xsl:map-entry key="'names'" select="tk:label('conv-names-web')"/>
      <xsl:map-entry key="'parallel'" select="tk:label('conv-parallel-web')"/>
    </xsl:map>
  </xsl:variable>
</xsl:stylesheet>
