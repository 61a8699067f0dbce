<?xml version="1.0" encoding="UTF-8"?>
<!--
  The line-keyed apparatus, as critical editions set it: the text carries no marks for its
  variants, corrections and sources; under the page, each paragraph's, verse line's or inscribed
  block's entries run on, keyed to the number a reader finds in the margin or the heading:

    3 lemma] reading A B ‖ 5 lemma] om. C        (the critical apparatus: app, choice sic/corr)
    3 Ps 117:22 ‖ 7 Mt 12:1–8                    (the apparatus of sources: cRef, quotations' @source)

  Notes stay footnotes with numbered marks, a series of their own. FOP has no line numbering of
  its own, so an entry is keyed to the numbers the text carries (tkfo:apparatus-key): the verse
  line's @n, the last numbered lb before the entry (EpiDoc), else the number of the section it
  stands in. FOP places a footnote on the page of its anchor and cannot run one footnote on
  into the next: a block's items are set in runs of some six lines of text (tkfo:apparatus-runs),
  each run one footnote (its tiers a block each) anchored at its last item, so that the entries
  stand under the page of their text; the tiers of two runs on a page follow each other.

  Which documents: tk:apparatus 'lines' or 'marks' decides for all; 'auto' (the default) keys the
  apparatus to lines in a document whose text has an apparatus (app) and numbers its lines or
  sections (a critical edition: PTA, EpiDoc); a documentary edition without such numbers (the seed,
  FRUS) keeps its marks.
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

  <!-- Whether each document of the book keys its apparatus to lines, by generate-id of its root. -->
  <xsl:variable name="tkfo:line-keyed-documents" as="map(xs:string, xs:boolean)"
      select="map:merge($tk:documents ! map{generate-id(.): tkfo:keys-to-lines(.)})"/>

  <!-- The rule of 'auto' (see the module's comment). -->
  <xsl:function name="tkfo:keys-to-lines" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="text" select="tkfo:tei($doc)/tei:text"/>
    <xsl:sequence select="if ($tk:apparatus = 'lines') then true()
        else if ($tk:apparatus = 'marks') then false()
        else exists($text//tei:app[not(tkfo:in-place(.))])
          and (exists($text//tei:l[@n]) or exists($text//tei:lb[@n])
               or exists($text//*[tkfo:is-division(.)][exists(tk:section-number(.))]))"/>
  </xsl:function>

  <!-- True when an entry, a correction or a source is set in the line-keyed apparatus: in such a
       document, in a block with a number to key it to (an entry of an unnumbered translation
       keeps its mark). -->
  <xsl:function name="tkfo:keyed" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="root" select="root($e)"/>
    <xsl:sequence select="not($e/self::tei:app and tkfo:in-place($e)) and empty($e/ancestor::*[self::tei:note or self::tei:teiHeader])
        and exists($e/ancestor::tei:text)
        and (if (map:contains($tkfo:line-keyed-documents, generate-id($root))) then $tkfo:line-keyed-documents(generate-id($root))
             else $root instance of document-node() and tkfo:keys-to-lines($root))
        and exists(tkfo:apparatus-unit($e)) and exists(tkfo:apparatus-key($e))"/>
  </xsl:function>

  <!-- The block whose apparatus an entry is set in: its verse line, paragraph or inscribed block. -->
  <xsl:function name="tkfo:apparatus-unit" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/ancestor::*[self::tei:l or self::tei:p or self::tei:ab][1]"/>
  </xsl:function>

  <!-- The number an entry is keyed to: its verse line's, the last numbered line break before it in
       its block, else its section's; none when the text numbers neither, or outside a block. -->
  <xsl:function name="tkfo:apparatus-key" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="unit" select="tkfo:apparatus-unit($e)"/>
    <xsl:variable name="lb" select="($unit//tei:lb[@n][. &lt;&lt; $e])[last()]"/>
    <xsl:sequence select="(normalize-space($unit/self::tei:l/@n)[. ne ''], normalize-space($lb/@n)[. ne ''],
        ($e/ancestor::*[tkfo:is-division(.)][exists(tk:section-number(.))])[last()] ! tk:section-number(.))[1]"/>
  </xsl:function>

  <!-- In the line: the lemma of an entry, the corrected text of a correction, nothing more. -->
  <xsl:template match="tei:app[tkfo:keyed(.)]" mode="tkfo:text" priority="2">
    <xsl:apply-templates select="tk:lemma(.)/node()" mode="tkfo:text"/>
    <xsl:call-template name="tkfo:keyed-anchor"/>
  </xsl:template>

  <xsl:template match="tei:choice[tei:sic and tei:corr][tkfo:keyed(.)]" mode="tkfo:text" priority="2">
    <xsl:apply-templates select="tei:corr[1]/node()" mode="tkfo:text"/>
    <xsl:call-template name="tkfo:keyed-anchor"/>
  </xsl:template>

  <!-- The items of a block's apparatus (entries, corrections, sources), in their order. -->
  <xsl:function name="tkfo:apparatus-items" as="element()*">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="$unit//(tei:app | tei:choice[tei:sic and tei:corr] | tei:ref[@cRef]
        | (tei:quote | tei:q | tei:cit)[@source][exists(tk:quotation-source(.))])
        [tkfo:apparatus-unit(.) is $unit][tkfo:keyed(.)]"/>
  </xsl:function>

  <!-- Characters of text an anchor of the apparatus lags behind its first item at most (some six
       lines): the entries of a long paragraph go under the page of their text, not of its end. -->
  <xsl:variable name="tkfo:apparatus-run" as="xs:integer" select="500"/>

  <!-- A block's apparatus in runs, each a footnote anchored at its last item that the line prints
       (not one in a variant reading): a map from that item's generate-id() to the run's items,
       and from '' to the items no anchor took (set at the block's end). -->
  <xsl:function name="tkfo:apparatus-runs" as="map(xs:string, element()*)">
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="items" select="if ($unit[self::tei:p or self::tei:l or self::tei:ab]) then tkfo:apparatus-items($unit) else ()"/>
    <xsl:variable name="offsets" as="xs:integer*" select="for $item in $items return string-length(string-join($unit//text()[. &lt;&lt; $item]))"/>
    <xsl:iterate select="$items">
      <xsl:param name="run" as="element()*" select="()"/>
      <xsl:param name="start" as="xs:integer" select="0"/>
      <xsl:param name="runs" as="map(xs:string, element()*)" select="map{}"/>
      <xsl:on-completion select="map:put($runs, '', $run)"/>
      <xsl:variable name="i" select="position()"/>
      <xsl:variable name="first" select="empty($run)"/>
      <xsl:variable name="run-start" select="if ($first) then $offsets[$i] else $start"/>
      <xsl:variable name="closes" select="tkfo:is-footnote(.)
          and ($i = count($items) or $offsets[$i + 1] - $run-start gt $tkfo:apparatus-run)"/>
      <xsl:next-iteration>
        <xsl:with-param name="run" select="if ($closes) then () else ($run, .)"/>
        <xsl:with-param name="start" select="$run-start"/>
        <xsl:with-param name="runs" select="if ($closes) then map:put($runs, generate-id(.), ($run, .)) else $runs"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <!-- After an item of the apparatus in the line: its run's footnote, if it anchors one. -->
  <xsl:template name="tkfo:keyed-anchor">
    <xsl:param name="tkfo:runs" as="map(xs:string, element()*)" select="map{}" tunnel="yes"/>
    <xsl:if test="map:contains($tkfo:runs, generate-id(.))">
      <xsl:call-template name="tkfo:keyed-footnote">
        <xsl:with-param name="items" select="$tkfo:runs(generate-id(.))"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- At the end of a block: the items no anchor in its line took. -->
  <xsl:template name="tkfo:keyed-apparatus">
    <xsl:param name="runs" as="map(xs:string, element()*)"/>
    <xsl:if test="exists($runs(''))">
      <xsl:call-template name="tkfo:keyed-footnote">
        <xsl:with-param name="items" select="$runs('')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A run of the apparatus under the page, without a mark: its tiers, each run on. -->
  <xsl:template name="tkfo:keyed-footnote">
    <xsl:param name="items" as="element()+"/>
    <xsl:variable name="entries" select="$items[self::tei:app or self::tei:choice]"/>
    <xsl:variable name="sources" select="$items except $entries"/>
    <fo:footnote>
      <!-- no mark in the text: an empty inline. FOP 2.x fails on it in a line it hyphenates (a null
           layout manager in FootnoteLayoutManager.getChangedKnuthElements), and loses footnotes
           when the inline holds a zero-width character instead; so a line-keyed document is set
           without hyphenation (document.xsl) -->
      <fo:inline/>
      <fo:footnote-body>
        <xsl:call-template name="tkfo:footnote-block">
          <xsl:with-param name="content" as="node()*">
            <xsl:for-each select="[$entries], [$sources]">
              <xsl:variable name="tier" select="?*"/>
              <xsl:if test="exists($tier)">
                <fo:block text-align="justify">
                  <xsl:apply-templates select="$tier" mode="tkfo:keyed-entry">
                    <xsl:with-param name="entries" select="$tier"/>
                  </xsl:apply-templates>
                </fo:block>
              </xsl:if>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <xsl:mode name="tkfo:keyed-entry" on-no-match="fail" on-multiple-match="fail"/>

  <!-- An entry run on after the one before it: " ‖ ", then its key in bold when it differs from
       the one before, then the entry. -->
  <xsl:template match="*" mode="tkfo:keyed-entry">
    <xsl:param name="entries" as="element()+"/>
    <xsl:variable name="position" select="index-of($entries ! generate-id(.), generate-id(.))"/>
    <xsl:variable name="key" select="tkfo:apparatus-key(.)"/>
    <xsl:if test="$position gt 1"><xsl:text> ‖ </xsl:text></xsl:if>
    <xsl:if test="exists($key) and ($position = 1 or not($key = tkfo:apparatus-key($entries[$position - 1])))">
      <fo:inline font-weight="bold"><xsl:value-of select="$key"/></fo:inline>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:apply-templates select="." mode="tkfo:keyed-body"/>
  </xsl:template>

  <xsl:mode name="tkfo:keyed-body" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match="tei:app" mode="tkfo:keyed-body">
    <xsl:call-template name="tkfo:app-entry"/>
  </xsl:template>

  <xsl:template match="tei:choice" mode="tkfo:keyed-body">
    <xsl:call-template name="tkfo:correction-entry"/>
  </xsl:template>

  <xsl:template match="tei:ref" mode="tkfo:keyed-body">
    <xsl:value-of select="tk:cref-label(@cRef)"/>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q | tei:cit" mode="tkfo:keyed-body">
    <xsl:value-of select="tk:quotation-source(.)"/>
  </xsl:template>
</xsl:stylesheet>
