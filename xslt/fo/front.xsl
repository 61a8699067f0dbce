<?xml version="1.0" encoding="UTF-8"?>
<!--
  Front matter of the whole-edition book: title page, table of contents with page numbers,
  the editorial introduction (edition.xml's text) and the print conventions.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    exclude-result-prefixes="#all">

  <!--
    The heading edition.xml's text opens with (its first division's head), if any: it titles the
    introduction's first page and its line in the contents, instead of standing as a second
    heading under a fixed "Introduction".
  -->
  <xsl:variable name="tkfo:introduction-head" as="element(tei:head)?"
      select="($tk:edition/tei:TEI/tei:text/(tei:front, tei:body, tei:back)/*)[1][self::tei:div]/*[1][self::tei:head]"/>

  <xsl:function name="tkfo:introduction-title" as="xs:string">
    <xsl:sequence select="(tk:reading-text($tkfo:introduction-head)[. ne ''], tkfo:label('introduction'))[1]"/>
  </xsl:function>

  <!-- Set as the introduction's title (above). -->
  <xsl:template match="tei:head[. is $tkfo:introduction-head]" mode="tkfo:text" priority="1"/>

  <!-- The edition a document belongs to, as its citation names it: edition.xml's title, else the
       title its documents share (tk:collection-title); none for a folder's name. -->
  <xsl:function name="tkfo:edition-title" as="xs:string?">
    <xsl:sequence select="if ($tk:edition/tei:TEI) then tk:title($tk:edition/tei:TEI)
        else tk:collection-title($tk:documents ! tkfo:tei(.))[count($tk:documents) gt 1]"/>
  </xsl:function>

  <!-- The name of a document's file, as the web names its page after it. -->
  <xsl:function name="tkfo:file-name" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(tokenize(string(base-uri($doc)), '/')[last()][. ne ''], 'document.xml')[1]"/>
  </xsl:function>

  <xsl:variable name="tkfo:edition-principles" as="map(xs:string, item()*)*"
      select="tk:editorial-principles($tk:edition/tei:TEI)"/>

  <xsl:template name="tkfo:front-matter">
    <xsl:variable name="header" select="$tk:edition/tei:TEI/tei:teiHeader"/>
    <fo:page-sequence master-reference="tk-book" format="i" initial-page-number="1">
      <xsl:call-template name="tkfo:static">
        <xsl:with-param name="title" select="tkfo:book-title()"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <xsl:call-template name="tkfo:title-page">
          <xsl:with-param name="header" select="$header"/>
        </xsl:call-template>
        <fo:block break-before="page" id="tk-contents" font-size="14pt" font-weight="bold"
            space-after="8mm" role="H1"><xsl:value-of select="tkfo:label('contents')"/></fo:block>
        <xsl:if test="exists($tk:edition/tei:TEI/tei:text)">
          <xsl:call-template name="tkfo:toc-line">
            <xsl:with-param name="label" select="tkfo:introduction-title()"/>
            <xsl:with-param name="target" select="'tk-introduction'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="exists($tkfo:edition-principles)">
          <xsl:call-template name="tkfo:toc-line">
            <xsl:with-param name="label" select="tk:label('editorial-principles')"/>
            <xsl:with-param name="target" select="'tk-principles'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="exists($tkfo:conventions-used)">
          <xsl:call-template name="tkfo:toc-line">
            <xsl:with-param name="label" select="tkfo:label('conventions')"/>
            <xsl:with-param name="target" select="'tk-conventions'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="$tk:documents">
          <xsl:variable name="n" select="$tk:first-number + position() - 1"/>
          <xsl:variable name="title" select="tk:title(tkfo:tei(.))"/>
          <xsl:call-template name="tkfo:toc-line">
            <xsl:with-param name="label" select="$n || '. ' || $title"/>
            <xsl:with-param name="target" select="tkfo:doc-id($n)"/>
            <!-- the date, unless the title already says it ("…, 1 March 1962 (1 March 1962)") -->
            <xsl:with-param name="date" select="(tkfo:tei(.) ! tk:date-line(.))[not(contains($title, .))]"/>
          </xsl:call-template>
          <!-- a long document's divisions (a novel's chapters, a volume's chapters) under it -->
          <xsl:for-each select="tkfo:contents-divisions(tkfo:tei(.)/tei:text)">
            <xsl:variable name="target" select="tkfo:division-id(.)"/>
            <xsl:if test="tkfo:local-target($target) or map:contains($tk:part-pages, $target)">
              <xsl:call-template name="tkfo:toc-line">
                <xsl:with-param name="label" select="tkfo:short(string-join((tk:section-label(.), tk:reading-text(tei:head[1])[. ne '']), '. '))"/>
                <xsl:with-param name="target" select="$target"/>
                <xsl:with-param name="start-indent" select="'12mm'"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:if test="exists($tkfo:index-entries)">
          <xsl:call-template name="tkfo:toc-line">
            <xsl:with-param name="label" select="tkfo:label('index-title')"/>
            <xsl:with-param name="target" select="'tk-index'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="exists($tk:edition/tei:TEI/tei:text)">
          <fo:block break-before="page" id="tk-introduction" font-size="14pt" font-weight="bold"
              space-after="6mm" role="H1"><xsl:value-of select="tkfo:introduction-title()"/></fo:block>
          <xsl:apply-templates select="$tk:edition/tei:TEI/tei:text/(tei:front, tei:body, tei:back)"
              mode="tkfo:text"/>
        </xsl:if>
        <xsl:if test="exists($tkfo:edition-principles)">
          <!-- the edition's project description and editorial principles, as the web's home page gives them -->
          <fo:block break-before="page" id="tk-principles" font-size="14pt" font-weight="bold"
              space-after="6mm" role="H1"><xsl:value-of select="tk:label('editorial-principles')"/></fo:block>
          <xsl:for-each select="$tkfo:edition-principles">
            <fo:block font-weight="bold" space-before="4mm" space-after="1mm" keep-with-next.within-page="always">
              <xsl:value-of select="?label"/>
            </fo:block>
            <xsl:for-each select="?values">
              <fo:block space-after="2mm" text-align="justify"><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
          </xsl:for-each>
        </xsl:if>
        <xsl:call-template name="tkfo:conventions"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- The title page (an extension point, README "Extension points"): the book's title, subtitles,
       people, publisher, rights and build date; $header is edition.xml's teiHeader, if any. -->
  <xsl:template name="tkfo:title-page">
    <xsl:param name="header" as="element()?"/>
    <fo:block id="tk-title-page" text-align="center" space-before="40mm" font-size="20pt"
        line-height="1.2" font-weight="bold" role="H1">
      <xsl:value-of select="tkfo:book-title()"/>
    </fo:block>
    <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub']">
      <fo:block text-align="center" font-size="13pt" space-before="4mm">
        <xsl:value-of select="tk:reading-text(.)"/>
      </fo:block>
    </xsl:for-each>
    <!-- a book of one document: the date that dates it, as its page does (a novel's first edition) -->
    <xsl:for-each select="tkfo:book-tei()[not(. is $tk:edition/tei:TEI)] ! tk:date-line(.)">
      <fo:block text-align="center" font-size="13pt" space-before="4mm"><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
    <!-- the people the web's metadata panel names, in the same groups (tk:people) -->
    <xsl:for-each select="tkfo:book-tei() ! tk:people(.)">
      <fo:block text-align="center" font-size="11pt" space-before="{if (position() = 1) then '14mm' else '3mm'}">
        <xsl:value-of select="tk:people-line(.)"/>
      </fo:block>
    </xsl:for-each>
    <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/(tei:publisher | tei:authority)[1]">
      <fo:block text-align="center" space-before="6mm"><xsl:value-of select="tk:reading-text(.)"/></fo:block>
    </xsl:for-each>
    <fo:block text-align="center" font-size="8.5pt" space-before="50mm" color="#333">
      <!-- the rights of what the book holds: the edition's, or its single document's (tk:availability) -->
      <xsl:for-each select="tk:availability-lines((tkfo:book-tei(), $tk:edition/tei:TEI)[1])">
        <fo:block space-after="2mm"><xsl:value-of select="."/></fo:block>
      </xsl:for-each>
      <xsl:if test="$tk:build-date ne ''">
        <fo:block><xsl:value-of select="tkfo:label('built-with') || ' ' || $tk:build-date"/>.</fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template name="tkfo:toc-line">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="target" as="xs:string"/>
    <xsl:param name="date" as="xs:string?" select="()"/>
    <xsl:param name="start-indent" as="xs:string" select="'6mm'"/>
    <fo:block text-align-last="justify" space-after="2pt" start-indent="{$start-indent}" text-indent="-6mm"
        end-indent="10mm" last-line-end-indent="-10mm">
      <fo:basic-link internal-destination="{$target}">
        <xsl:value-of select="$label"/>
        <xsl:if test="$date"> (<xsl:value-of select="$date"/>)</xsl:if>
      </fo:basic-link>
      <!-- at least a few dots: a title that would touch its page number wraps instead -->
      <fo:leader leader-pattern="dots" leader-length.minimum="8mm"/>
      <xsl:choose>
        <xsl:when test="tkfo:local-target($target)">
          <fo:page-number-citation ref-id="{$target}"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="$tk:part-pages($target)"/>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- The divisions of a long text (over tkfo:long-text characters) the contents list: the first
       level with more than one outlined division (tkfo:outlined, as in the bookmarks), below a
       single one that wraps them (FRUS's compilation, ELTeC's body of chapters). -->
  <xsl:function name="tkfo:contents-divisions" as="element()*">
    <xsl:param name="text" as="element()?"/>
    <xsl:if test="string-length($text) gt $tkfo:long-text">
      <xsl:iterate select="1 to 3">
        <xsl:param name="level" as="element()*" select="$text/(tei:front, tei:body, tei:back)/*[tkfo:outlined(.)]"/>
        <xsl:on-completion select="$level[count($level) gt 1]"/>
        <xsl:choose>
          <xsl:when test="count($level) = 1">
            <xsl:next-iteration><xsl:with-param name="level" select="$level/*[tkfo:outlined(.)]"/></xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise><xsl:break select="$level"/></xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:if>
  </xsl:function>

  <!-- The conventions the book's documents use (tk:conventions) that print explains, each with
       the sign print marks it with; print has no text switch. A book whose every document keys
       its apparatus to lines (apparatus.xsl) marks neither its entries nor its corrections. -->
  <xsl:variable name="tkfo:conventions-used" as="xs:string*" select="
      let $line-keyed := exists($tk:documents) and (every $d in $tk:documents satisfies $tkfo:line-keyed-documents(generate-id($d)))
      return tk:conventions($tk:documents)[map:contains($tkfo:convention-signs, .)]
        ! (if ($line-keyed and . = 'apparatus') then 'apparatus-lines' else if ($line-keyed and . = 'corrections') then ()
           else tkfo:convention-variants(.))"/>

  <!-- A convention as print explains it: the Leiden signs of an inscription's text (text.xsl:
       underdots, gaps) beside or instead of the others; omitted letters ⟨ ⟩ beside the supplied. -->
  <xsl:function name="tkfo:convention-variants" as="xs:string*">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="texts" select="$tk:documents/*/tei:text"/>
    <xsl:variable name="marked" select="if ($key = 'gaps') then $texts//tei:gap else if ($key = 'unclear') then $texts//tei:unclear else ()"/>
    <xsl:sequence select="if (exists($marked)) then ($key[exists($marked[not(tkfo:leiden(.))])], ($key || '-leiden')[exists($marked[tkfo:leiden(.)])])
        else if ($key = 'supplied') then ($key, 'supplied-omitted'[exists($texts//tei:supplied[@reason = 'omitted'])])
        else $key"/>
  </xsl:function>

  <!-- The conventions page, when the book uses a convention it explains. -->
  <xsl:template name="tkfo:conventions">
    <xsl:variable name="used" select="$tkfo:conventions-used"/>
    <xsl:if test="exists($used)">
      <fo:block break-before="page" id="tk-conventions" font-size="14pt" font-weight="bold"
          space-after="6mm" role="H1"><xsl:value-of select="tkfo:label('conventions')"/></fo:block>
      <fo:block space-after="4mm"><xsl:value-of select="tkfo:label('conventions-intro')"/></fo:block>
      <fo:list-block provisional-distance-between-starts="28mm" provisional-label-separation="3mm">
        <xsl:for-each select="$used">
          <fo:list-item space-after="3pt">
            <fo:list-item-label end-indent="label-end()"><fo:block><xsl:sequence select="$tkfo:convention-signs(current())"/></fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block>
                <fo:inline font-weight="bold"><xsl:value-of select="tkfo:label('conv-' || .)"/>.</fo:inline>
                <xsl:value-of select="' ' || tkfo:label('conv-' || . || '-text')"/>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </xsl:for-each>
      </fo:list-block>
    </xsl:if>
  </xsl:template>

  <!-- The sign of each convention print shows, as the text sets it (empty: none of its own). -->
  <xsl:variable name="tkfo:convention-signs" as="map(xs:string, item()*)" select="map {
      'page-breaks': '|', 'forme-work': '[fw: …]', 'stamps': '[' || tkfo:label('stamp') || ': …]', 'line-numbers': '5 text',
      'additions': '⸢text⸣ʰ', 'deletions': $tkfo:struck, 'unclear': 'text(?)', 'gaps': '[…]',
      'supplied': '[text]', 'supplied-omitted': '⟨text⟩', 'unclear-leiden': 'ạḅ', 'gaps-leiden': '[...] ..',
      'corrections': '*1, *2', 'regularisations': (), 'abbreviations': (),
      'notes': '1, 2, 3', 'apparatus': 'a, b, c', 'apparatus-lines': '3 text] reading A ‖', 'sigla': 'A, B',
      'names': (), 'parallel': () }"/>

  <xsl:variable name="tkfo:struck" as="element()">
    <fo:inline text-decoration="line-through">text</fo:inline>
  </xsl:variable>
</xsl:stylesheet>
