<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text: mode tk:html turns TEI into HTML. Blocks carry an id (their xml:id or a stable
  number) so that indexes and search can link to them. An element this module does not know
  shows its content in a span or div named after it: nothing is dropped silently.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- Text is copied by the built-in rule (no template call for each of a volume's text nodes). -->
  <xsl:mode name="tk:html" on-no-match="text-only-copy" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:template match="comment() | processing-instruction()" mode="tk:html"/>

  <!-- Unknown elements: their content, in a span (or a div when they hold blocks). -->
  <xsl:template match="*" mode="tk:html" priority="-1">
    <xsl:element name="{if (tk:is-block(.) or tkh:has-block(.)) then 'div' else 'span'}">
      <xsl:call-template name="tk:attributes"/>
      <xsl:apply-templates mode="tk:html"/>
    </xsl:element>
  </xsl:template>

  <!-- id, lang and class for the HTML element made from the context element. -->
  <xsl:template name="tk:attributes">
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="id" as="xs:boolean" select="exists(@xml:id)"/>
    <xsl:if test="$id">
      <xsl:attribute name="id" select="tk:id(.)"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="@xml:lang"/>
    </xsl:if>
    <xsl:if test="$id and @corresp and @xml:id">
      <xsl:attribute name="data-corresp" select="string-join(tokenize(normalize-space(@corresp))
          [starts-with(., '#')] ! tk:safe-id(substring(., 2)), ' ')"/>
    </xsl:if>
    <xsl:attribute name="class" select="if (empty($class) and empty(@rend)) then 'tei-' || local-name()
        else string-join(distinct-values(('tei-' || local-name(), $class,
        tokenize(normalize-space(@rend)) ! ('rend-' || replace(., '[^A-Za-z0-9_\-]', '')))), ' ')"/>
  </xsl:template>

  <!-- True when the element holds blocks (outside its notes), so it must become a div. -->
  <xsl:function name="tkh:has-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <!-- a block as the model decides it (tk:is-block), not inside a note of the element's -->
    <xsl:sequence select="exists($e/*) and (some $b in $e//*[tk:is-block(.)]
        satisfies empty($b/ancestor::tei:note[. >> $e]))"/>
  </xsl:function>

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group" mode="tk:html">
    <div>
      <xsl:call-template name="tk:attributes"/>
      <xsl:apply-templates mode="tk:html"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7"
      mode="tk:html">
    <xsl:param name="tk:depth" as="xs:integer" select="2" tunnel="yes"/>
    <xsl:param name="tk:chunk" as="element()?" select="()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="tkh:is-chunk(.) and not(. is $tk:chunk)">
        <p class="toc-entry">
          <a href="{tkh:local-href(tkh:page-of(.), ())}"><xsl:value-of select="tkh:chunk-title(.)"/></a>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <section>
          <xsl:call-template name="tk:attributes">
            <xsl:with-param name="class" select="'div', @type ! ('div-' || replace(., '[^A-Za-z0-9_\-]', ''))"/>
            <xsl:with-param name="id" select="true()"/>
          </xsl:call-template>
          <!-- its number ("Section 12"): a heading of its own when the division has no head, but
               not on its own page, whose title it is then -->
          <xsl:variable name="headed" select="exists(tei:head)"/>
          <xsl:for-each select="tk:section-label(.)[$headed or not(current() is $tk:chunk)]">
            <xsl:element name="{if (not($headed)) then 'h' || min((6, max((1, $tk:depth)))) else 'p'}">
              <xsl:attribute name="class" select="'tk-section-number'"/>
              <xsl:value-of select="."/>
            </xsl:element>
          </xsl:for-each>
          <xsl:for-each select="tk:division-label(.)">
            <xsl:element name="h{min((6, max((1, $tk:depth))))}">
              <xsl:attribute name="class" select="'division-label'"/>
              <xsl:value-of select="."/>
            </xsl:element>
          </xsl:for-each>
          <xsl:apply-templates mode="tk:html">
            <xsl:with-param name="tk:depth" select="$tk:depth + 1" tunnel="yes"/>
          </xsl:apply-templates>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:head" mode="tk:html">
    <xsl:param name="tk:depth" as="xs:integer" select="2" tunnel="yes"/>
    <xsl:element name="{if (tkh:has-block(.)) then 'div' else 'h' || min((6, max((1, $tk:depth - 1))))}">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="id" select="true()"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list/tei:head | tei:table/tei:head | tei:figure/tei:head | tei:lg/tei:head
      | tei:listBibl/tei:head | tei:castList/tei:head" mode="tk:html">
    <xsl:element name="{if (tkh:has-block(.)) then 'div' else 'p'}">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="class" select="'head'"/>
        <xsl:with-param name="id" select="true()"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html"/>
    </xsl:element>
  </xsl:template>

  <!-- Paragraph-like blocks: p when they hold only phrases, div otherwise. -->
  <xsl:template match="tei:p | tei:ab | tei:l | tei:dateline | tei:salute | tei:signed | tei:byline
      | tei:docImprint | tei:docDate[tk:is-block(.)] | tei:docAuthor[tk:is-block(.)] | tei:titlePart | tei:trailer | tei:label[not(parent::tei:list)]
      | tei:figDesc | tei:bibl[parent::tei:listBibl or parent::tei:div or parent::tei:back or parent::tei:body]"
      mode="tk:html">
    <xsl:element name="{if (tkh:has-block(.)) then 'div' else 'p'}">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="id" select="true()"/>
      </xsl:call-template>
      <!-- a verse line's number, every fifth, in the margin as an inscription's (tk:line-number) -->
      <xsl:for-each select="self::tei:l ! tk:line-number(.)">
        <span class="line-number" aria-hidden="true"><xsl:value-of select="."/></span>
      </xsl:for-each>
      <xsl:apply-templates mode="tk:html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:lg | tei:opener | tei:closer | tei:postscript | tei:argument | tei:epigraph
      | tei:titlePage | tei:docTitle | tei:figure | tei:sp | tei:floatingText | tei:listBibl | tei:quote[tk:is-block(.)]
      | tei:castList | tei:letter" mode="tk:html">
    <div>
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="id" select="true()"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:list" mode="tk:html">
    <xsl:apply-templates select="tei:head" mode="tk:html"/>
    <xsl:variable name="plain" select="tk:plain-list(.)"/>
    <xsl:element name="{if (not($plain) and matches(@type || @rend, 'number|order|arabic', 'i')) then 'ol' else 'ul'}">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="id" select="true()"/>
        <xsl:with-param name="class" select="if ($plain) then 'list-plain' else ()"/>
      </xsl:call-template>
      <xsl:for-each select="node() except (tei:head | text()[not(normalize-space())])">
        <xsl:choose>
          <xsl:when test="self::tei:item or self::tei:label">
            <xsl:apply-templates select="." mode="tk:html"/>
          </xsl:when>
          <xsl:otherwise>
            <li class="list-between"><xsl:apply-templates select="." mode="tk:html"/></li>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list/tei:item | tei:list/tei:label" mode="tk:html">
    <li>
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="id" select="true()"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html"/>
    </li>
  </xsl:template>

  <xsl:template match="tei:table" mode="tk:html">
    <table>
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="id" select="true()"/>
      </xsl:call-template>
      <xsl:if test="tei:head">
        <caption>
          <xsl:for-each select="tei:head">
            <span id="{tk:id(.)}" class="tei-head"><xsl:apply-templates mode="tk:html"/></span>
          </xsl:for-each>
        </caption>
      </xsl:if>
      <tbody>
        <xsl:for-each select="* except tei:head">
          <xsl:choose>
            <xsl:when test="self::tei:row"><xsl:apply-templates select="." mode="tk:html"/></xsl:when>
            <xsl:otherwise>
              <tr class="table-between"><td><xsl:apply-templates select="." mode="tk:html"/></td></tr>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="tei:row" mode="tk:html">
    <tr>
      <xsl:call-template name="tk:attributes"/>
      <xsl:for-each select="*">
        <xsl:choose>
          <xsl:when test="self::tei:cell">
            <td>
              <xsl:call-template name="tk:attributes">
                <xsl:with-param name="id" select="true()"/>
              </xsl:call-template>
              <xsl:if test="@cols[. castable as xs:integer]"><xsl:attribute name="colspan" select="xs:integer(@cols)"/></xsl:if>
              <xsl:if test="@rows[. castable as xs:integer]"><xsl:attribute name="rowspan" select="xs:integer(@rows)"/></xsl:if>
              <xsl:apply-templates mode="tk:html"/>
            </td>
          </xsl:when>
          <xsl:otherwise><td><xsl:apply-templates select="." mode="tk:html"/></td></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </tr>
  </xsl:template>

  <xsl:template match="tei:lb" mode="tk:html">
    <xsl:if test="not(@break = 'no') and preceding-sibling::node()[normalize-space() or self::*]">
      <br/>
    </xsl:if>
    <xsl:if test="ancestor::tei:ab">
      <xsl:for-each select="tk:line-number(.)">
        <span class="line-number" aria-hidden="true"><xsl:value-of select="."/></span>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:mentioned | tei:soCalled
      | tei:q | tei:quote | tei:said | tei:title | tei:seg | tei:num | tei:measure | tei:w | tei:pc
      | tei:c | tei:g | tei:roleName | tei:affiliation | tei:bibl | tei:author | tei:gloss | tei:idno | tei:abbr[not(parent::tei:choice)]
      | tei:expan[not(parent::tei:choice)] | tei:orig[not(parent::tei:choice)] | tei:reg[not(parent::tei:choice)]
" mode="tk:html">
    <xsl:element name="{if (tkh:has-block(.)) then 'div' else 'span'}">
      <xsl:call-template name="tk:attributes"/>
      <xsl:apply-templates mode="tk:html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:date | tei:time" mode="tk:html">
    <xsl:variable name="iso" select="tk:iso-date(.)"/>
    <xsl:choose>
      <xsl:when test="exists($iso) and matches($iso, '^\d{4}(-\d\d(-\d\d)?)?$') and not(tkh:has-block(.))">
        <time datetime="{$iso}">
          <xsl:call-template name="tk:attributes"/>
          <xsl:apply-templates mode="tk:html"/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if (tkh:has-block(.)) then 'div' else 'span'}">
          <xsl:call-template name="tk:attributes"/>
          <xsl:apply-templates mode="tk:html"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Pointers: '#id' to the page that shows it, a safe external URI as is, anything else unlinked. -->
  <xsl:template match="tei:ref | tei:ptr | tei:link[@target]" mode="tk:html">
    <xsl:variable name="target" select="tokenize(normalize-space(@target))[1]"/>
    <xsl:variable name="href" select="
        if (starts-with($target, '#')) then tkh:href-to-id(substring($target, 2), .)
        else if (tk:safe-uri($target) and matches($target, '^(https?|mailto):', 'i')) then $target
        else ()"/>
    <xsl:choose>
      <xsl:when test="exists($href) and not(tkh:has-block(.)) and not(tkh:holds-link(.))">
        <a href="{$href}">
          <xsl:call-template name="tk:attributes"/>
          <xsl:apply-templates mode="tk:html"/>
          <xsl:if test="self::tei:ptr"><xsl:value-of select="$target"/></xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if (tkh:has-block(.)) then 'div' else 'span'}">
          <xsl:call-template name="tk:attributes"/>
          <xsl:apply-templates mode="tk:html"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A canonical reference (@cRef) shows what it cites, readably, linked where the document's
       refsDecl gives an address; a quotation shows the source it names. -->
  <xsl:template match="tei:ref[@cRef]" mode="tk:html" priority="1">
    <xsl:next-match/>
    <xsl:variable name="target" select="tk:cref-target(.)"/>
    <span class="tk-cref" title="{normalize-space(@cRef)}">
      <xsl:text>(</xsl:text>
      <xsl:choose>
        <xsl:when test="exists($target)"><a href="{$target}"><xsl:value-of select="tk:cref-label(@cRef)"/></a></xsl:when>
        <xsl:otherwise><xsl:value-of select="tk:cref-label(@cRef)"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>)</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:quote[@source] | tei:q[@source] | tei:cit[@source]" mode="tk:html" priority="1">
    <xsl:next-match/>
    <xsl:for-each select="tk:quotation-source(.)">
      <span class="tk-quote-source"><xsl:value-of select="'(' || . || ')'"/></span>
    </xsl:for-each>
  </xsl:template>

  <!-- What is no image (figures.xsl shows those) shows its description. -->
  <xsl:template match="tei:graphic | tei:media" mode="tk:html">
    <xsl:if test="*">
      <span class="tei-{local-name()} graphic-desc"><xsl:apply-templates select="*" mode="tk:html"/></span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:binaryObject" mode="tk:html"/>

  <!--
    A name that points to an entity links to its entry on the index page. A name holding other
    links (names inside it, notes) cannot be a link itself: it is marked, and a small link
    after it leads to the entry.
  -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:geogName
      | tei:settlement | tei:country" mode="tk:html">
    <xsl:param name="tk:root" as="xs:string" select="'../'" tunnel="yes"/>
    <xsl:variable name="key" select="tk:entity-keys(.)[1]"/>
    <xsl:variable name="block" select="tkh:has-block(.)"/>
    <xsl:variable name="type" select="if (exists($key)) then tk:mention-type(., $key) else ''"/>
    <xsl:variable name="href" select="if (exists($key) and ancestor::tei:text)
        then $tk:root || tkh:index-page($type) || '#' || tkh:entity-anchor($key) else ()"/>
    <xsl:choose>
      <xsl:when test="exists($href) and not($block) and not(tkh:holds-link(.))">
        <a href="{$href}">
          <xsl:call-template name="tk:attributes">
            <xsl:with-param name="class" select="'mention', 'mention-' || $type"/>
            <xsl:with-param name="id" select="true()"/>
          </xsl:call-template>
          <xsl:apply-templates mode="tk:html"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if ($block) then 'div' else 'span'}">
          <xsl:call-template name="tk:attributes">
            <xsl:with-param name="class" select="'name', if (exists($href)) then ('mention-outer', 'mention-' || $type) else ()"/>
            <xsl:with-param name="id" select="exists($href) or exists(@xml:id)"/>
          </xsl:call-template>
          <xsl:apply-templates mode="tk:html"/>
        </xsl:element>
        <xsl:if test="exists($href)">
          <a class="mention-link" href="{$href}" aria-label="{tk:label(tk:index-section($type))}: {tk:text(.)}">°</a>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- True when the element holds something that becomes a link (HTML links cannot nest). -->
  <xsl:function name="tkh:holds-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/*) and exists($e//(tei:note | tei:app | tei:ref[@target or @cRef] | tei:ptr[@target]
        | tei:persName[@ref or @corresp] | tei:placeName[@ref or @corresp] | tei:orgName[@ref or @corresp]
        | tei:name[@ref or @corresp] | tei:rs[@ref or @corresp]))"/>
  </xsl:function>

  <xsl:function name="tkh:index-page" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="map { 'person': 'persons.html', 'place': 'places.html', 'org': 'orgs.html' }($type)"/>
  </xsl:function>

  <!-- The anchor of an entity on its index page. -->
  <xsl:function name="tkh:entity-anchor" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="tk:safe-id(if (starts-with($key, 'edition.xml#')) then substring-after($key, '#')
        else replace($key, '\.xml#', '-'))"/>
  </xsl:function>
</xsl:stylesheet>
