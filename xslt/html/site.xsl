<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition-wide pages, a reduce over every document's facts: home page, the indexes of
  persons, places and organisations, search, editorial conventions. tk:site returns a summary
  of the entities (names and variants) from which the search index is built.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!--
    Every document's facts (tk:facts elements, each in a tree of its own), in the order of
    their names. Their children are reached with '!', not '/': a path expression would sort
    them in document order, which between trees depends on when each tree was built.
  -->
  <xsl:param name="tk:facts" as="element(tk:facts)*" select="()"/>

  <!-- For tk:collection: the editions, as maps with 'name', 'title' and 'documents'. -->
  <xsl:param name="tk:editions" as="map(*)*" select="()"/>

  <xsl:template name="tk:site">
    <xsl:variable name="mentions" as="map(xs:string, element(tk:mention)+)">
      <xsl:map>
        <xsl:for-each-group select="$tk:facts ! tk:mention" group-by="string(@key)">
          <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:variable name="declared" as="element()*"
        select="$tk:edition//(tei:person | tei:place | tei:org | tei:personGrp)[@xml:id]"/>
    <xsl:variable name="local" as="element(tk:entity)*"
        select="$tk:facts ! tk:entity[@listed = 'true' or map:contains($mentions, string(@key))]"/>
    <!-- every entity as a map: key, type, anchor, name, names, decl, desc, mentions -->
    <xsl:variable name="entities" as="map(*)*">
      <xsl:for-each select="$declared">
        <xsl:variable name="key" select="'edition.xml#' || @xml:id"/>
        <xsl:sequence select="map { 'key': $key, 'type': tk:entity-type(.), 'anchor': tkh:entity-anchor($key),
            'name': tk:entity-name(.), 'names': tk:entity-names(.), 'decl': ., 'desc': (),
            'mentions': $mentions($key) }"/>
      </xsl:for-each>
      <xsl:for-each select="$local">
        <xsl:sequence select="map { 'key': string(@key), 'type': string(@type), 'anchor': string(@anchor),
            'name': string(@name), 'names': (string(@name), tk:variant ! string()), 'decl': (tei:*)[1],
            'desc': tk:desc ! string(), 'mentions': if (map:contains($mentions, string(@key))) then $mentions(string(@key)) else () }"/>
      </xsl:for-each>
      <xsl:variable name="known" select="($declared ! ('edition.xml#' || @xml:id), $local/@key ! string())"/>
      <xsl:for-each select="map:keys($mentions)[not(. = $known)]">
        <xsl:variable name="m" select="$mentions(current())"/>
        <xsl:sequence select="map { 'key': string(.), 'type': string($m[1]/@type), 'anchor': tkh:entity-anchor(.),
            'name': string($m[1]/@text), 'names': distinct-values($m/@text ! string()), 'decl': (), 'desc': (),
            'mentions': $m }"/>
      </xsl:for-each>
    </xsl:variable>

    <xsl:call-template name="tk:home"/>
    <xsl:for-each select="('person', 'place', 'org')">
      <xsl:variable name="type" select="."/>
      <xsl:call-template name="tk:index">
        <xsl:with-param name="type" select="$type"/>
        <xsl:with-param name="entities" as="map(*)*">
          <xsl:perform-sort select="$entities[?type = $type]">
            <xsl:sort select="lower-case(?name)"/>
            <xsl:sort select="?key"/>
          </xsl:perform-sort>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="tk:search-page"/>
    <xsl:call-template name="tk:conventions"/>

    <!-- with what the collection's landing page says of the edition -->
    <xsl:variable name="dates" select="sort($tk:facts/@date ! string())"/>
    <tk:entities title="{$tk:edition-title}"
        editors="{string-join($tk:edition/tei:TEI ! tk:editors(.), ', ')}"
        from="{$dates[1]}" to="{$dates[last()]}">
      <xsl:for-each select="$entities">
        <xsl:sort select="?key"/>
        <tk:entity key="{?key}" href="{tkh:index-page(?type)}#{?anchor}" name="{?name}" type="{?type}">
          <xsl:for-each select="distinct-values((?names, ?mentions ! @text ! string()))">
            <tk:name><xsl:value-of select="."/></tk:name>
          </xsl:for-each>
          <xsl:sequence select="?mentions"/>
        </tk:entity>
      </xsl:for-each>
      <!-- the elements no rule renders, over all documents, for the build to report -->
      <xsl:for-each-group select="$tk:facts ! tk:unrendered" group-by="string(@name)">
        <xsl:sort select="current-grouping-key()"/>
        <tk:unrendered name="{current-grouping-key()}" count="{sum(current-group()/@count)}"/>
      </xsl:for-each-group>
    </tk:entities>
  </xsl:template>

  <xsl:template name="tk:home">
    <xsl:variable name="header" select="$tk:edition/tei:TEI/tei:teiHeader"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="href" select="'index.html'"/>
      <xsl:with-param name="title" select="$tk:edition-title"/>
      <xsl:with-param name="current" select="'home'"/>
      <xsl:with-param name="body-class" select="'home-page'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="$tk:edition-title"/></h1>
        <!-- an edition that is one document without edition.xml: its people, as print's title page -->
        <xsl:if test="empty($header) and count($tk:facts) eq 1">
          <xsl:for-each select="$tk:facts/tk:people-line">
            <p class="editors"><xsl:value-of select="."/></p>
          </xsl:for-each>
        </xsl:if>
        <xsl:if test="$header">
          <!-- the people print's title page names, in the same groups (tk:people) -->
          <xsl:for-each select="tk:people($tk:edition/tei:TEI)">
            <p class="editors"><xsl:value-of select="tk:people-line(.)"/></p>
          </xsl:for-each>
          <!-- the edition's rights, every licence and condition its header states (tk:availability) -->
          <xsl:for-each select="tk:availability($tk:edition/tei:TEI)">
            <p class="licence" data-key="rights">
              <xsl:if test="position() = 1"><xsl:value-of select="tk:label('rights')"/>: </xsl:if>
              <xsl:call-template name="tk:link">
                <xsl:with-param name="target" select="?target[. ne '']"/>
                <xsl:with-param name="content" as="node()*"><xsl:value-of select="?text"/></xsl:with-param>
              </xsl:call-template>
            </p>
          </xsl:for-each>
          <!-- the edition's project description and editorial principles, as print's front matter gives them -->
          <xsl:variable name="principles" select="tk:editorial-principles($tk:edition/tei:TEI)"/>
          <xsl:if test="exists($principles)">
            <details class="meta-section meta-editorial-principles" data-key="editorial-principles">
              <summary><xsl:value-of select="tk:label('editorial-principles')"/></summary>
              <dl class="tk-metadata">
                <xsl:call-template name="tk:meta-rows">
                  <xsl:with-param name="rows" select="$principles"/>
                </xsl:call-template>
              </dl>
            </details>
          </xsl:if>
        </xsl:if>
        <xsl:variable name="intro" select="$tk:edition/tei:TEI/tei:text/(tei:front, tei:body)"/>
        <xsl:if test="$intro[normalize-space()]">
          <!-- the introduction's own heading, when it has one, heads the section -->
          <xsl:variable name="own-head" select="exists($intro/tei:div[1]/tei:head) and count($intro/tei:div) eq 1"/>
          <section class="introduction" aria-label="{tk:label('introduction')}">
            <xsl:if test="not($own-head)">
              <h2><xsl:value-of select="tk:label('introduction')"/></h2>
            </xsl:if>
            <xsl:apply-templates select="$intro/node()" mode="tk:html">
              <xsl:with-param name="tk:root" select="''" tunnel="yes"/>
              <xsl:with-param name="tk:depth" select="if ($own-head) then 2 else 3" tunnel="yes"/>
            </xsl:apply-templates>
          </section>
        </xsl:if>
        <section class="document-list" aria-labelledby="docs-heading">
          <h2 id="docs-heading"><xsl:value-of select="tk:label('documents')"/></h2>
          <ol class="documents">
            <xsl:for-each select="$tk:facts">
              <xsl:sort select="(@date, '9999')[1]"/>
              <xsl:sort select="@name"/>
              <li>
                <span class="doc-date">
                  <xsl:choose>
                    <xsl:when test="@date"><time datetime="{@date}"><xsl:value-of select="@date-text"/></time></xsl:when>
                    <xsl:when test="@date-text"><xsl:value-of select="@date-text"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="tk:label('undated')"/></xsl:otherwise>
                  </xsl:choose>
                </span>
                <xsl:text> </xsl:text>
                <a href="{@href}"><xsl:value-of select="@short"/></a>
                <xsl:for-each select="tk:summary">
                  <p class="doc-summary"><xsl:value-of select="."/></p>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ol>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tk:index">
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="entities" as="map(*)*"/>
    <xsl:variable name="label" select="tk:index-section($type)"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="href" select="tkh:index-page($type)"/>
      <xsl:with-param name="title" select="tk:label($label)"/>
      <xsl:with-param name="current" select="$label"/>
      <xsl:with-param name="body-class" select="'index-page'"/>
      <xsl:with-param name="body" select="$type"/>
      <xsl:with-param name="tk:entities" select="$entities" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>

  <!-- An index page's content (the type of its entities is the body tk:page is given). -->
  <xsl:template match=".[. instance of xs:string]" mode="tk:page-body">
    <xsl:param name="tk:entities" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="type" select="."/>
    <h1><xsl:value-of select="tk:label(tk:index-section($type))"/></h1>
    <xsl:if test="empty($tk:entities)"><p class="empty">—</p></xsl:if>
    <xsl:for-each select="$tk:entities">
      <xsl:variable name="decl" select="?decl"/>
      <xsl:variable name="name" select="?name"/>
      <!-- an article, not a section: a section with a name is a landmark, and an index of
           hundreds of them would bury the page's own landmarks (and repeat names) -->
      <article class="entity" id="{?anchor}" aria-labelledby="{?anchor}-name">
        <h2 id="{?anchor}-name"><xsl:value-of select="?name"/></h2>
        <xsl:variable name="variants" select="distinct-values((?names[position() gt 1], ?mentions ! @text ! string()))[. ne $name]"/>
        <xsl:if test="exists($variants)">
          <p class="variants"><span class="label"><xsl:value-of select="tk:label('variants')"/>: </span>
            <xsl:variable name="mentions" select="?mentions"/>
            <xsl:for-each select="$variants">
              <span class="variant">
                <xsl:for-each select="tkh:variant-lang(., $decl, $mentions)">
                  <xsl:attribute name="lang" select="."/>
                </xsl:for-each>
                <xsl:value-of select="."/>
              </span>
              <xsl:if test="position() ne last()">, </xsl:if>
            </xsl:for-each>
          </p>
        </xsl:if>
        <xsl:if test="$decl">
          <xsl:for-each select="tk:life-dates($decl)[. ne '']">
            <p class="dates"><xsl:value-of select="."/></p>
          </xsl:for-each>
          <xsl:for-each select="$decl/(tei:occupation, tei:roleName, tei:affiliation, tei:note, tei:desc, tei:location/tei:country)">
            <p class="desc">
              <xsl:apply-templates mode="tk:html">
                <xsl:with-param name="tk:root" select="''" tunnel="yes"/>
              </xsl:apply-templates>
            </p>
          </xsl:for-each>
          <xsl:for-each select="distinct-values(($decl/@ref, $decl/*/@ref, $decl/tei:idno[matches(., '^https?:')])
              ! normalize-space())[tk:safe-uri(.) and matches(., '^https?:')]">
            <p class="authority"><a href="{.}" rel="external"><xsl:value-of select="tk:label('authority')"/>: <xsl:value-of select="."/></a></p>
          </xsl:for-each>
        </xsl:if>
        <xsl:for-each select="?desc[normalize-space()]">
          <p class="desc"><xsl:value-of select="."/></p>
        </xsl:for-each>
        <xsl:variable name="ms" select="?mentions"/>
        <h3 class="mentions-heading"><xsl:value-of select="tk:label('mentions')"/> (<xsl:value-of select="count($ms)"/>)</h3>
        <xsl:choose>
          <xsl:when test="empty($ms)"><p class="no-mentions"><xsl:value-of select="tk:label('no-mentions')"/></p></xsl:when>
          <xsl:otherwise>
            <ul class="mentions">
              <xsl:for-each-group select="$ms" group-by="ancestor::tk:facts/@name">
                <li>
                  <a href="{substring-before(@href, '#')}" class="mention-doc"><xsl:value-of select="ancestor::tk:facts/@short"/></a>
                  <xsl:if test="count(current-group()) gt 1"> (<xsl:value-of select="count(current-group())"/>)</xsl:if>
                  <ul class="contexts">
                    <xsl:for-each select="current-group()">
                      <li>
                        <xsl:if test="@lang ne ''"><xsl:attribute name="lang" select="@lang"/></xsl:if>
                        <!-- the part of the volume it is in ("No. 5"), its whole label on hover -->
                        <xsl:for-each select="tkh:mention-part(.)">
                          <span class="mention-part" title="{@line}" lang="en"><xsl:value-of select="if (@number ne '') then tk:label('number') || ' ' || @number else @line"/></span>
                          <xsl:text> </xsl:text>
                        </xsl:for-each>
                        <!-- one instruction per text run: there are thousands of mentions -->
                    <a href="{@href}" class="context"><xsl:value-of select="'… ' || @before || (if (@before-space = 'true') then ' ' else '')"/><mark><xsl:value-of select="@text"/></mark><xsl:value-of select="(if (@after-space = 'true') then ' ' else '') || @after || ' …'"/></a>
                      </li>
                    </xsl:for-each>
                  </ul>
                </li>
              </xsl:for-each-group>
            </ul>
          </xsl:otherwise>
        </xsl:choose>
      </article>
    </xsl:for-each>
  </xsl:template>

  <!-- The interface words search.js writes, for it to read from the page: every search- and
       count- key (counts by plural category: count-passages-one, -few, -many, -other), with
       the language whose plural rules pick among them. -->
  <xsl:function name="tkh:script-labels" as="map(xs:string, xs:string)">
    <xsl:variable name="keys" select="sort(distinct-values(($tk:interface-language, 'en')
        ! map:keys($tk:labels(.))[starts-with(., 'search-') or starts-with(., 'count-')]))"/>
    <xsl:sequence select="map:merge((
        map:entry('lang', $tk:interface-language),
        ($keys, 'no-results', 'previous', 'next') ! map:entry(., tk:label(.))))"/>
  </xsl:function>

  <xsl:template name="tk:search-page">
    <xsl:call-template name="tk:page">
      <xsl:with-param name="href" select="'search.html'"/>
      <xsl:with-param name="title" select="tk:label('search')"/>
      <xsl:with-param name="current" select="'search'"/>
      <xsl:with-param name="body-class" select="'search-page'"/>
      <xsl:with-param name="scripts" select="'search-index.js', 'assets/search.js'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="tk:label('search')"/></h1>
        <form class="search-form" role="search" action="search.html" method="get">
          <label for="q"><xsl:value-of select="tk:label('search-placeholder')"/></label>
          <input type="search" id="q" name="q" autocomplete="off" spellcheck="false"/>
          <button type="submit"><xsl:value-of select="tk:label('search')"/></button>
        </form>
        <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
        <p id="search-suggestion" class="search-suggestion" aria-live="polite"></p>
        <ol id="results" class="results" aria-label="{tk:label('results')}"
            data-labels="{serialize(tkh:script-labels(), map { 'method': 'json' })}"></ol>
        <nav id="search-pages" class="search-pages" aria-label="{tk:label('result-pages')}"></nav>
        <noscript><p><xsl:value-of select="tk:label('search-needs-script')"/></p></noscript>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!--
    The landing page of a collection of editions (one folder per edition beside it): each
    edition's title, editors, size and span of dates, and its folder when the title is not it.
  -->
  <xsl:template name="tk:collection">
    <xsl:variable name="documents" select="sum($tk:editions ! ?documents)"/>
    <tk:output href="index.html">
      <html lang="en">
        <head>
          <meta charset="utf-8"/>
          <meta name="viewport" content="width=device-width, initial-scale=1"/>
          <meta name="generator" content="teikit"/>
          <title><xsl:value-of select="tk:label('editions')"/></title>
          <link rel="stylesheet" href="{encode-for-uri($tk:editions[1]?name)}/assets/teikit.css"/>
        </head>
        <body class="tk collection-page">
          <main id="main">
            <h1><xsl:value-of select="tk:label('editions')"/></h1>
            <p class="collection-size">
              <xsl:value-of select="tkh:count(count($tk:editions), 'edition'), '·', tkh:count($documents, 'document')"/>
            </p>
            <ul class="editions">
              <xsl:for-each select="$tk:editions">
                <li class="edition-entry">
                  <h2><a href="{encode-for-uri(?name)}/index.html"><xsl:value-of select="?title"/></a></h2>
                  <xsl:if test="?editors ne ''">
                    <p class="edition-editors"><xsl:value-of select="tk:label('editors')"/><xsl:text> </xsl:text><xsl:value-of select="?editors"/></p>
                  </xsl:if>
                  <p class="edition-extent">
                    <xsl:value-of select="tkh:count(?documents, 'document')"/>
                    <xsl:if test="?from ne ''">
                      <xsl:text>, </xsl:text>
                      <xsl:call-template name="tk:date-span">
                        <xsl:with-param name="from" select="?from"/>
                        <xsl:with-param name="to" select="?to"/>
                      </xsl:call-template>
                    </xsl:if>
                  </p>
                  <xsl:if test="?title ne ?name">
                    <p class="edition-folder"><code><xsl:value-of select="?name"/>/</code></p>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </main>
        </body>
      </html>
    </tk:output>
  </xsl:template>

  <!-- "1 document", "63 documents". -->
  <xsl:function name="tkh:count" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="noun" as="xs:string"/>
    <xsl:sequence select="$n || ' ' || $noun || (if ($n eq 1) then '' else 's')"/>
  </xsl:function>

  <!-- The dates from the first document to the last: one date when they are the same. -->
  <xsl:template name="tk:date-span">
    <xsl:param name="from" as="xs:string"/>
    <xsl:param name="to" as="xs:string"/>
    <time datetime="{$from}"><xsl:value-of select="tk:format-date($from)"/></time>
    <xsl:if test="$to ne $from">
      <xsl:text> – </xsl:text>
      <time datetime="{$to}"><xsl:value-of select="tk:format-date($to)"/></time>
    </xsl:if>
  </xsl:template>

  <!-- The part of its document a mention is in (facts.xsl's tk:part), if any. -->
  <xsl:function name="tkh:mention-part" as="element()?">
    <xsl:param name="mention" as="element(tk:mention)"/>
    <xsl:sequence select="$mention/@part[. ne ''] ! key('tk:facts-part', string(.), root($mention))"/>
  </xsl:function>

  <!-- A document's parts by their number in its facts (each document's facts are a tree of their
       own): found at once, where a positional step would pass its thousands of mentions. -->
  <xsl:key name="tk:facts-part" match="tk:part" use="@n"/>

  <!--
    The language a variant name is written in, for its lang attribute (a screen reader's voice, a
    browser's choice of font): that of its name element in the entity's declaration, else that of
    a mention spelled so.
  -->
  <xsl:function name="tkh:variant-lang" as="xs:string?">
    <xsl:param name="variant" as="xs:string"/>
    <xsl:param name="decl" as="element()?"/>
    <xsl:param name="mentions" as="element()*"/>
    <xsl:variable name="named" select="$decl/(tei:persName, tei:placeName, tei:orgName, tei:name, tei:geogName,
        tei:settlement, tei:country)[tk:text(.) eq $variant]"/>
    <xsl:sequence select="(($named ! tkh:lang(.)), $mentions[@text eq $variant]/@lang[. ne ''] ! string())[1]"/>
  </xsl:function>
</xsl:stylesheet>
