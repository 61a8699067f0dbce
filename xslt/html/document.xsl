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
    <xsl:variable name="pages" select="$tk:doc-href, $tk:chunks ! tk:page-of(.)"/>

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
      <xsl:variable name="href" select="tk:page-of(.)"/>
      <xsl:call-template name="tk:page">
        <xsl:with-param name="href" select="$href"/>
        <xsl:with-param name="title" select="tk:chunk-title(.) || ' · ' || $title"/>
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
      <header class="doc-header">
        <xsl:for-each select="tk:document-date($tk:tei)">
          <p class="doc-date"><time datetime="{.}"><xsl:value-of select="tk:document-date-text($tk:tei)"/></time></p>
        </xsl:for-each>
        <h1 id="doc-title"><xsl:value-of select="$tk:title"/></h1>
      </header>
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
                <xsl:for-each select="tk:lang(.)"><xsl:attribute name="lang" select="."/></xsl:for-each>
                <xsl:apply-templates select="node()" mode="tk:html"/>
              </div>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </div>
      <xsl:call-template name="tk:notes-section">
        <xsl:with-param name="notes" select="$tk:texts//tei:note[not(ancestor::tei:note or ancestor::tei:app)][tk:page-of(.) = $tk:doc-href]"/>
        <xsl:with-param name="apps" select="$tk:texts//tei:app[not(parent::tei:listApp)][tk:page-of(.) = $tk:doc-href]"/>
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
      <p class="breadcrumb"><a href="{tk:local-href($tk:doc-href, ())}"><xsl:value-of select="$tk:title"/></a></p>
      <!-- the division's own head is the page's h1; without one, its title is -->
      <xsl:if test="not(tei:head[1][not(tk:has-block(.))])">
        <h1 class="part-title"><xsl:value-of select="tk:chunk-title(.)"/></h1>
      </xsl:if>
      <xsl:call-template name="tk:part-about">
        <xsl:with-param name="chunk" select="."/>
        <xsl:with-param name="title" select="$tk:title"/>
      </xsl:call-template>
      <div class="text-area" id="text">
        <xsl:for-each select="tk:lang(.)"><xsl:attribute name="lang" select="."/></xsl:for-each>
        <xsl:apply-templates select="." mode="tk:html">
          <xsl:with-param name="tk:chunk" select="." tunnel="yes"/>
          <xsl:with-param name="tk:depth" select="if (tei:head[1][not(tk:has-block(.))]) then 1 else 2" tunnel="yes"/>
        </xsl:apply-templates>
      </div>
      <xsl:call-template name="tk:notes-section">
        <xsl:with-param name="notes" select=".//tei:note[not(ancestor::tei:note or ancestor::tei:app)][tk:page-of(.) = $tk:href]"/>
        <xsl:with-param name="apps" select=".//tei:app[not(parent::tei:listApp)][tk:page-of(.) = $tk:href]"/>
      </xsl:call-template>
      <xsl:call-template name="tk:pager">
        <xsl:with-param name="pages" select="$tk:pages"/>
        <xsl:with-param name="here" select="$tk:here"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <xsl:template name="tk:metadata">
    <xsl:param name="tei" as="element()"/>
    <section class="metadata" aria-label="About this document">
      <dl>
        <xsl:variable name="rows" as="map(*)*" select="(
            map { 'key': 'date', 'value': (tk:document-date-text($tei), tk:written-date($tei))[1] },
            map { 'key': 'archive', 'value': tk:archive($tei) },
            map { 'key': 'identifiers', 'value': string-join(tk:identifiers($tei), '; ') },
            map { 'key': 'language', 'value': tk:original-language($tei) ! tk:language-name(.) })"/>
        <xsl:for-each select="$rows[normalize-space(?value)]">
          <div class="meta-{?key}">
            <dt><xsl:value-of select="tk:label(?key)"/></dt>
            <dd><xsl:value-of select="?value"/></dd>
          </div>
        </xsl:for-each>
        <!-- the people responsible, in the groups print's title page names (tk:people) -->
        <xsl:for-each select="tk:people($tei)">
          <div class="meta-people">
            <dt><xsl:value-of select="?role"/></dt>
            <dd><xsl:value-of select="string-join(?names, ', ')"/></dd>
          </div>
        </xsl:for-each>
        <xsl:for-each select="tk:summary($tei)">
          <div class="meta-summary">
            <dt><xsl:value-of select="tk:label('summary')"/></dt>
            <dd><xsl:apply-templates mode="tk:html"/></dd>
          </div>
        </xsl:for-each>
      </dl>
    </section>
  </xsl:template>

  <xsl:template name="tk:cite">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="permalink" select="if ($tk:base-url) then $tk:base-url || $tk:doc-href
        else ($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/(tei:idno[@type = ('URI', 'URL', 'uri', 'url')], tei:ptr/@target)
              [tk:safe-uri(.) and matches(., '^https?:')] ! normalize-space())[1]"/>
    <aside class="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading"><xsl:value-of select="tk:label('cite')"/></h2>
      <p class="citation">
        <xsl:value-of select="string-join((
            '“' || $title || '”',
            tk:document-date-text($tei),
            tk:archive($tei),
            string-join(tk:translators($tei), ', ')[. ne ''] ! ('translated by ' || .)), ', ') || '. '"/>
        <xsl:text>In: </xsl:text><cite><xsl:value-of select="$tk:edition-title"/></cite>
        <xsl:value-of select="if ($permalink) then '. ' || $permalink else '.'"/>
      </p>
      <p class="permalink">
        <xsl:value-of select="tk:label('permalink')"/>: 
        <a href="{($permalink, tk:local-href($tk:doc-href, ()))[1]}"><xsl:value-of select="($permalink, $tk:doc-href)[1]"/></a>
      </p>
      <xsl:for-each select="($tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:bibl[@type = 'citation'])[1]">
        <p class="source-citation">
          <span class="label">Source: </span>
          <xsl:value-of select="tk:reading-text(* except (tei:ref, tei:idno, tei:note, tei:ptr))"/>
          <xsl:for-each select="(tei:ref/@target, tei:ptr/@target)[tk:safe-uri(.) and matches(., '^https?:')][1]">
            <xsl:text> </xsl:text><a href="{normalize-space(.)}" rel="external"><xsl:value-of select="normalize-space(.)"/></a>
          </xsl:for-each>
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
              <xsl:for-each select="tk:lang($original)"> (<xsl:value-of select="tk:language-name(.)"/>)</xsl:for-each>
            </button>
            <button type="button" data-view="translation" aria-pressed="false">
              <xsl:value-of select="tk:label('translation')"/>
              <xsl:for-each select="tk:lang($translation)"> (<xsl:value-of select="tk:language-name(.)"/>)</xsl:for-each>
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
          <a rel="prev" href="{tk:local-href($pages[$here - 1], ())}">← <xsl:value-of select="tk:label('previous')"/></a>
        </xsl:if>
        <xsl:if test="$here lt count($pages)">
          <a rel="next" href="{tk:local-href($pages[$here + 1], ())}"><xsl:value-of select="tk:label('next')"/> →</a>
        </xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
