<?xml version="1.0" encoding="UTF-8"?>
<!--
  A document's pages: the document page (title, metadata, how to cite, the text or its table
  of contents, notes) and, when the document is split, one page per chunk.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template match="/" mode="tk:document">
    <xsl:variable name="tei" select="(tei:TEI, tei:teiCorpus/tei:TEI, *)[1]"/>
    <xsl:variable name="texts" select="if (tei:teiCorpus) then tei:teiCorpus//tei:TEI/tei:text
        else if (tei:TEI) then tei:TEI/tei:text else *"/>
    <xsl:variable name="original" select="tk:original-text($tei)"/>
    <xsl:variable name="translation" select="tk:translation-text($tei)"/>
    <xsl:variable name="parallel" select="exists($original) and exists($translation) and not($tk:split)"/>
    <xsl:variable name="title" select="tk:title($tei)"/>
    <xsl:variable name="pages" select="$tk:doc-href, $tk:chunks ! tkh:page-of(.)"/>

    <xsl:call-template name="tk:page">
      <xsl:with-param name="href" select="$tk:doc-href"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="body-class" select="string-join(('document-page',
          if ($parallel) then 'has-translation view-parallel' else (),
          if ($tei//tei:choice) then 'has-choice reading-edited' else ()), ' ')"/>
      <xsl:with-param name="body" select="."/>
      <xsl:with-param name="tk:tei" select="$tei" tunnel="yes"/>
      <xsl:with-param name="tk:texts" select="$texts" tunnel="yes"/>
      <xsl:with-param name="tk:original" select="$original" tunnel="yes"/>
      <xsl:with-param name="tk:translation" select="$translation" tunnel="yes"/>
      <xsl:with-param name="tk:parallel" select="$parallel" tunnel="yes"/>
      <xsl:with-param name="tk:title" select="$title" tunnel="yes"/>
      <xsl:with-param name="tk:pages" select="$pages" tunnel="yes"/>
    </xsl:call-template>

    <xsl:for-each select="$tk:chunks">
      <xsl:variable name="href" select="tkh:page-of(.)"/>
      <xsl:call-template name="tk:page">
        <xsl:with-param name="href" select="$href"/>
        <xsl:with-param name="title" select="tkh:chunk-title(.) || ' · ' || $title"/>
        <xsl:with-param name="body-class" select="'document-page part-page'"/>
        <xsl:with-param name="body" select="."/>
        <xsl:with-param name="tk:title" select="$title" tunnel="yes"/>
        <xsl:with-param name="tk:pages" select="$pages" tunnel="yes"/>
        <xsl:with-param name="tk:href" select="$href" tunnel="yes"/>
        <xsl:with-param name="tk:here" select="position() + 1" tunnel="yes"/>
      </xsl:call-template>
    </xsl:for-each>

    <!-- in a document node of its own, as the facts are when read back from the page cache -->
    <xsl:document>
      <xsl:call-template name="tk:facts">
        <xsl:with-param name="tei" select="$tei"/>
        <xsl:with-param name="texts" select="$texts"/>
        <xsl:with-param name="title" select="$title"/>
      </xsl:call-template>
    </xsl:document>
    <xsl:call-template name="tk:search-segments">
      <xsl:with-param name="texts" select="$texts"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:mode name="tk:page-body" on-no-match="fail" on-multiple-match="fail"/>

  <!--
    The document page's content, made where tk:page's frame wants it (a content parameter would
    be built as a tree and then copied into the page).
  -->
  <xsl:template match="/" mode="tk:page-body">
    <xsl:param name="tk:tei" as="element()" tunnel="yes"/>
    <xsl:param name="tk:texts" as="element()*" tunnel="yes"/>
    <xsl:param name="tk:original" as="element(tei:text)?" tunnel="yes"/>
    <xsl:param name="tk:translation" as="element(tei:text)?" tunnel="yes"/>
    <xsl:param name="tk:parallel" as="xs:boolean" tunnel="yes"/>
    <xsl:param name="tk:title" as="xs:string" tunnel="yes"/>
    <xsl:param name="tk:pages" as="xs:string*" tunnel="yes"/>
    <article class="document" aria-labelledby="doc-title">
      <xsl:call-template name="tk:document-header">
        <xsl:with-param name="tei" select="$tk:tei"/>
        <xsl:with-param name="title" select="$tk:title"/>
      </xsl:call-template>
      <div class="doc-about">
        <xsl:call-template name="tk:metadata">
          <xsl:with-param name="tei" select="$tk:tei"/>
        </xsl:call-template>
        <xsl:call-template name="tk:cite">
          <xsl:with-param name="tei" select="$tk:tei"/>
          <xsl:with-param name="title" select="$tk:title"/>
        </xsl:call-template>
      </div>
      <xsl:call-template name="tk:controls">
        <xsl:with-param name="parallel" select="$tk:parallel"/>
        <xsl:with-param name="choice" select="exists($tk:tei//tei:choice)"/>
        <xsl:with-param name="original" select="$tk:original"/>
        <xsl:with-param name="translation" select="$tk:translation"/>
      </xsl:call-template>
      <xsl:call-template name="tk:facsimile-pane"><xsl:with-param name="tei" select="$tk:tei"/></xsl:call-template>
      <div class="text-area" id="text">
        <xsl:choose>
          <xsl:when test="$tk:parallel">
            <xsl:apply-templates select="$tk:tei/tei:text/(tei:front, tei:group/preceding-sibling::*[not(self::tei:front)])" mode="tk:html"/>
            <xsl:call-template name="tk:parallel">
              <xsl:with-param name="original" select="$tk:original"/>
              <xsl:with-param name="translation" select="$tk:translation"/>
            </xsl:call-template>
            <xsl:apply-templates select="$tk:tei/tei:text/tei:group/(tei:text except ($tk:original, $tk:translation)),
                $tk:tei/tei:text/(tei:group/following-sibling::*)" mode="tk:html"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="$tk:texts">
              <div class="text">
                <xsl:for-each select="tkh:lang(.)"><xsl:attribute name="lang" select="."/></xsl:for-each>
                <xsl:apply-templates select="node()" mode="tk:html"/>
              </div>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </div>
      <xsl:call-template name="tk:notes-section">
        <xsl:with-param name="notes" select="$tk:texts//tei:note[not(ancestor::tei:note or ancestor::tei:app)][tkh:page-of(.) = $tk:doc-href]"/>
        <xsl:with-param name="apps" select="$tk:texts//tei:app[not(parent::tei:listApp)][tkh:page-of(.) = $tk:doc-href]"/>
      </xsl:call-template>
      <xsl:call-template name="tk:pager">
        <xsl:with-param name="pages" select="$tk:pages"/>
        <xsl:with-param name="here" select="1"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <!-- A chunk's page content (see the document page's). -->
  <xsl:template match="*" mode="tk:page-body">
    <xsl:param name="tk:title" as="xs:string" tunnel="yes"/>
    <xsl:param name="tk:pages" as="xs:string*" tunnel="yes"/>
    <xsl:param name="tk:href" as="xs:string" tunnel="yes"/>
    <xsl:param name="tk:here" as="xs:integer" tunnel="yes"/>
    <article class="document part">
      <p class="breadcrumb"><a href="{tkh:local-href($tk:doc-href, ())}"><xsl:value-of select="$tk:title"/></a></p>
      <!-- the division's own head is the page's h1; without one, its title is -->
      <xsl:if test="not(tei:head[1][not(tkh:has-block(.))])">
        <h1 class="{string-join(('part-title', 'tk-section-number'[exists(tk:section-label(current()))]), ' ')}">
          <xsl:value-of select="tkh:chunk-title(.)"/>
        </h1>
      </xsl:if>
      <xsl:call-template name="tk:part-about">
        <xsl:with-param name="chunk" select="."/>
        <xsl:with-param name="title" select="$tk:title"/>
      </xsl:call-template>
      <xsl:call-template name="tk:facsimile-pane"><xsl:with-param name="tei" select="ancestor::tei:TEI[1]"/></xsl:call-template>
      <div class="text-area" id="text">
        <xsl:for-each select="tkh:lang(.)"><xsl:attribute name="lang" select="."/></xsl:for-each>
        <xsl:apply-templates select="." mode="tk:html">
          <xsl:with-param name="tk:chunk" select="." tunnel="yes"/>
          <xsl:with-param name="tk:depth" select="if (tei:head[1][not(tkh:has-block(.))]) then 1 else 2" tunnel="yes"/>
        </xsl:apply-templates>
      </div>
      <xsl:call-template name="tk:notes-section">
        <xsl:with-param name="notes" select=".//tei:note[not(ancestor::tei:note or ancestor::tei:app)][tkh:page-of(.) = $tk:href]"/>
        <xsl:with-param name="apps" select=".//tei:app[not(parent::tei:listApp)][tkh:page-of(.) = $tk:href]"/>
      </xsl:call-template>
      <xsl:call-template name="tk:pager">
        <xsl:with-param name="pages" select="$tk:pages"/>
        <xsl:with-param name="here" select="$tk:here"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <!-- The document page's header (an extension point, README "Extension points"): its date line
       and title. -->
  <xsl:template name="tk:document-header">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="title" as="xs:string"/>
    <header class="doc-header">
      <xsl:for-each select="tk:date-line($tei)">
        <xsl:variable name="iso" select="tk:date-line-iso($tei)"/>
        <p class="doc-date">
          <xsl:choose>
            <xsl:when test="exists($iso)"><time datetime="{$iso}"><xsl:value-of select="."/></time></xsl:when>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:for-each>
      <h1 id="doc-title"><xsl:value-of select="$title"/></h1>
    </header>
  </xsl:template>

  <!--
    The metadata panel: what the header says (xslt/common metadata.xsl and header.xsl), each fact
    a dt/dd pair with a stable class and data-key, in the order and wording print's front matter
    uses. Dates carry their kind and ISO value.
  -->
  <xsl:template name="tk:metadata">
    <xsl:param name="tei" as="element()"/>
    <section class="metadata" aria-label="{tk:label('about')}">
      <dl class="tk-metadata">
        <xsl:for-each select="tk:dates($tei)">
          <div class="meta-date" data-key="date-{?kind}">
            <dt><xsl:value-of select="?label"/></dt>
            <dd>
              <xsl:choose>
                <xsl:when test="?iso ne ''"><time datetime="{?iso}"><xsl:value-of select="?text"/></time></xsl:when>
                <xsl:otherwise><xsl:value-of select="?text"/></xsl:otherwise>
              </xsl:choose>
            </dd>
          </div>
        </xsl:for-each>
        <xsl:variable name="languages" select="tk:document-languages($tei)"/>
        <xsl:call-template name="tk:meta-rows">
          <xsl:with-param name="rows" select="
              tk:row('archive', tk:archive($tei)),
              tk:row('identifiers', string-join(tk:identifiers($tei), '; ')),
              tk:row('language', tk:original-language($tei) ! tk:language-name(.)),
              tk:row('languages', $languages[count($languages) gt 1])"/>
        </xsl:call-template>
        <!-- the people responsible, in the groups print's title page names (tk:people) -->
        <xsl:for-each select="tk:people($tei)">
          <div class="meta-people" data-key="people">
            <dt><xsl:value-of select="?role"/></dt>
            <dd><xsl:value-of select="string-join(?names, ', ')"/></dd>
          </div>
        </xsl:for-each>
        <xsl:call-template name="tk:meta-rows">
          <xsl:with-param name="rows" select="tk:row('participants', tk:participants($tei)),
              tk:row('rights', tk:availability-lines($tei))"/>
        </xsl:call-template>
        <xsl:for-each select="tk:summary($tei)">
          <div class="meta-summary" data-key="summary">
            <dt><xsl:value-of select="tk:label('summary')"/></dt>
            <dd><xsl:apply-templates mode="tk:html"/></dd>
          </div>
        </xsl:for-each>
      </dl>
      <xsl:for-each select="['physical-description', tk:physical-description($tei)], ['history', tk:history($tei)],
          ['editorial-principles', tk:editorial-principles($tei)]">
        <xsl:if test="exists(?2)">
          <!-- closed: a typescript's description runs to a screen and more before the text begins -->
          <details class="meta-section meta-{?1}" data-key="{?1}">
            <summary><xsl:value-of select="tk:label(?1)"/></summary>
            <dl class="tk-metadata">
              <xsl:call-template name="tk:meta-rows">
                <xsl:with-param name="rows" select="?2"/>
              </xsl:call-template>
            </dl>
          </details>
        </xsl:if>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- Header rows (tk:row) as dt/dd pairs; a row of several values gives each its paragraph. -->
  <xsl:template name="tk:meta-rows">
    <xsl:param name="rows" as="map(xs:string, item()*)*"/>
    <xsl:for-each select="$rows">
      <div class="meta-{?key}" data-key="{?key}">
        <dt><xsl:value-of select="?label"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="count(?values) gt 1">
              <xsl:for-each select="?values"><p><xsl:value-of select="."/></p></xsl:for-each>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="?values"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="tk:cite">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="permalink" select="if ($tk:base-url) then $tk:base-url || $tk:doc-href
        else tk:stable-address($tei, $tk:doc-href)"/>
    <aside class="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading"><xsl:value-of select="tk:label('cite')"/></h2>
      <!-- the same citation print gives under the document's heading (tk:citation) -->
      <p class="citation"><xsl:value-of select="tk:citation($tei, $tk:edition-title[$tk:edition-named], $permalink)"/></p>
      <p class="permalink">
        <xsl:value-of select="tk:label('permalink')"/>: 
        <a href="{if ($permalink eq $tk:doc-href) then tkh:local-href($tk:doc-href, ()) else $permalink}"><xsl:value-of select="$permalink"/></a>
      </p>
      <xsl:for-each select="tk:sources($tei)">
        <p class="source-citation" data-key="{?key}">
          <span class="label"><xsl:value-of select="?label"/>: </span>
          <xsl:value-of select="?text"/>
          <xsl:if test="?link ne ''">
            <xsl:text> </xsl:text><a href="{?link}" rel="external"><xsl:value-of select="?link"/></a>
          </xsl:if>
        </p>
      </xsl:for-each>
      <p class="source-link"><a href="{$tk:name}.xml" download="{$tk:name}.xml" type="application/tei+xml"><xsl:value-of select="tk:label('source')"/> (XML)</a></p>
    </aside>
  </xsl:template>

  <xsl:template name="tk:controls">
    <xsl:param name="parallel" as="xs:boolean"/>
    <xsl:param name="choice" as="xs:boolean"/>
    <xsl:param name="original" as="element()?"/>
    <xsl:param name="translation" as="element()?"/>
    <xsl:if test="$parallel or $choice">
      <div class="controls" role="toolbar" aria-label="{tk:label('view')}">
        <xsl:if test="$parallel">
          <div class="control-group" role="group" aria-labelledby="view-label">
            <span id="view-label" class="control-label"><xsl:value-of select="tk:label('view')"/></span>
            <button type="button" data-view="original" aria-pressed="false">
              <xsl:value-of select="tk:label('original')"/>
              <xsl:for-each select="tkh:lang($original)"> (<xsl:value-of select="tk:language-name(.)"/>)</xsl:for-each>
            </button>
            <button type="button" data-view="translation" aria-pressed="false">
              <xsl:value-of select="tk:label('translation')"/>
              <xsl:for-each select="tkh:lang($translation)"> (<xsl:value-of select="tk:language-name(.)"/>)</xsl:for-each>
            </button>
            <button type="button" data-view="parallel" aria-pressed="true"><xsl:value-of select="tk:label('parallel')"/></button>
          </div>
        </xsl:if>
        <xsl:if test="$choice">
          <div class="control-group" role="group" aria-labelledby="reading-label">
            <span id="reading-label" class="control-label"><xsl:value-of select="tk:label('reading')"/></span>
            <button type="button" data-reading="edited" aria-pressed="true"><xsl:value-of select="tk:label('corrected')"/></button>
            <button type="button" data-reading="transmitted" aria-pressed="false"><xsl:value-of select="tk:label('transmitted')"/></button>
          </div>
        </xsl:if>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Previous and next links between the pages of a split document. -->
  <xsl:template name="tk:pager">
    <xsl:param name="pages" as="xs:string*"/>
    <xsl:param name="here" as="xs:integer"/>
    <xsl:if test="count($pages) gt 1">
      <nav class="pager" aria-label="{tk:label('page')}">
        <xsl:if test="$here gt 1">
          <a rel="prev" href="{tkh:local-href($pages[$here - 1], ())}">← <xsl:value-of select="tk:label('previous')"/></a>
        </xsl:if>
        <xsl:if test="$here lt count($pages)">
          <a rel="next" href="{tkh:local-href($pages[$here + 1], ())}"><xsl:value-of select="tk:label('next')"/> →</a>
        </xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
