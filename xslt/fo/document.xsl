<?xml version="1.0" encoding="UTF-8"?>
<!--
  One document: heading (number, date, title), source note, then the text. A group of texts
  (original and translation) prints one after the other, or with tk:layout 'parallel' in facing
  columns, paragraph beside paragraph as their @corresp aligns them.
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

  <xsl:mode name="tkfo:document" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:template match="document-node()" mode="tkfo:document">
    <xsl:param name="number" as="xs:integer" required="yes"/>
    <xsl:variable name="tei" select="(tei:TEI, *)[1]"/>
    <xsl:variable name="text" select="$tei/tei:text"/>
    <xsl:variable name="parallel" select="$tk:layout = 'parallel' and count($text/tei:group/tei:text) ge 2"/>
    <xsl:variable name="parts" select="$text/(tei:front, tei:body, tei:back)/node()"/>
    <!-- A long text with divisions is set in several page sequences, split at divisions (a long
         division made of divisions, such as a FRUS volume's compilation of documents, at those):
         FOP breaks pages per sequence, and a sequence of hundreds of pages costs it far more than
         the same pages in chapters (FRUS 1969-76 v01: 12.5 s of CPU as one sequence of 440 pages,
         8.5 s as 124 of 1 to 30 pages; 310 MB instead of 470). A sequence starts a page, so only a
         long division starts one (tkfo:sequence-starts); short ones run on. -->
    <xsl:variable name="long" select="string-length($text) gt $tkfo:long-text"/>
    <xsl:variable name="flat" select="if ($long) then $parts ! tkfo:sequence-parts(.) else $parts"/>
    <xsl:variable name="split" select="$long and not($parallel) and empty($text/tei:group)
        and count($flat[tkfo:is-division(.)]) ge 2"/>
    <xsl:choose>
      <xsl:when test="$split">
        <xsl:variable name="openings" select="$flat/parent::*[tkfo:is-division(.)] ! tkfo:opening(.)"/>
        <!-- a split division's first subdivision joins the division's opening (its head) -->
        <xsl:variable name="joined" select="$openings/.. ! (*[tkfo:is-division(.)])[1]"/>
        <!-- white space between divisions left out: before the first division, it made a first
             sequence of the document's header alone, a page with nothing else (PTA's pta0039.pta001
             grc2), when that division started a sequence of its own -->
        <xsl:variable name="printed" select="$flat[self::* or normalize-space()]"/>
        <xsl:variable name="starts" select="tkfo:sequence-starts($printed,
            $printed[exists(. intersect $openings) or tkfo:is-division(.) and empty(. intersect $joined)])"/>
        <xsl:for-each-group select="$printed" group-starting-with="node()[map:contains($starts, generate-id(.))]">
          <xsl:call-template name="tkfo:document-sequence">
            <xsl:with-param name="number" select="$number"/>
            <xsl:with-param name="doc" select="root($tei)"/>
            <xsl:with-param name="first" select="position() = 1"/>
            <xsl:with-param name="last" select="position() = last()"/>
            <xsl:with-param name="content">
              <!-- a block around the group: pb, milestones and text between divisions are inline -->
              <fo:block>
                <xsl:apply-templates select="current-group()" mode="tkfo:text"/>
              </fo:block>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tkfo:document-sequence">
          <xsl:with-param name="number" select="$number"/>
          <xsl:with-param name="doc" select="."/>
          <xsl:with-param name="first" select="true()"/>
          <xsl:with-param name="content">
            <xsl:choose>
              <xsl:when test="$parallel">
                <xsl:apply-templates select="$text/tei:front" mode="tkfo:text"/>
                <xsl:call-template name="tkfo:parallel">
                  <!-- the original on the left, as the web edition decides it -->
                  <xsl:with-param name="texts" select="tk:original-text($tei), tk:translation-text($tei)"/>
                </xsl:call-template>
                <xsl:apply-templates select="$text/tei:back" mode="tkfo:text"/>
              </xsl:when>
              <xsl:when test="exists($text)">
                <xsl:apply-templates select="$text" mode="tkfo:text"/>
              </xsl:when>
              <xsl:otherwise>
                <!-- not a TEI document we know: print its text rather than nothing -->
                <xsl:apply-templates select="$tei/node()[not(self::tei:teiHeader)]" mode="tkfo:text"/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Characters of text above which a text, and a division of it, is set in several page sequences. -->
  <xsl:variable name="tkfo:long-text" as="xs:integer" select="60000"/>

  <!-- Characters of text from which a division starts a page of its own (some five pages): a
       chapter does, a short division (a FRUS Editorial Note, a two-page document) runs on after
       the one before it instead of leaving a half-empty page. -->
  <xsl:variable name="tkfo:page-of-its-own" as="xs:integer" select="12000"/>

  <!-- Where a long text's page sequences start, as a set of generate-id()s: at the first node, at
       a place where a division could start one ($candidates: a division, or the opening of a
       split division) that is long (tkfo:page-of-its-own; an opening counts its whole division),
       and at any candidate once the sequence has run for tkfo:long-text characters, so that no
       sequence grows long for FOP. -->
  <xsl:function name="tkfo:sequence-starts" as="map(xs:string, xs:boolean)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="candidates" as="node()*"/>
    <xsl:variable name="candidate-ids" select="map:merge($candidates ! map{generate-id(.): true()})"/>
    <xsl:iterate select="$nodes">
      <xsl:param name="since" as="xs:integer" select="0"/>
      <xsl:param name="starts" as="xs:string*" select="()"/>
      <xsl:on-completion select="map:merge($starts ! map{.: true()})"/>
      <xsl:variable name="length" select="string-length(.)"/>
      <xsl:variable name="start" select="position() = 1 or map:contains($candidate-ids, generate-id(.))
          and ($since ge $tkfo:long-text
               or (if (tkfo:is-division(.)) then $length else string-length(..)) ge $tkfo:page-of-its-own)"/>
      <xsl:next-iteration>
        <xsl:with-param name="since" select="(if ($start) then 0 else $since) + $length"/>
        <xsl:with-param name="starts" select="if ($start) then ($starts, generate-id(.)) else $starts"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <!-- The nodes whose groups become page sequences: a long division made of divisions gives its
       children instead of itself, recursively. -->
  <xsl:function name="tkfo:sequence-parts" as="node()*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if (tkfo:is-division($node) and count($node/*[tkfo:is-division(.)]) ge 2
        and string-length($node) gt $tkfo:long-text) then $node/node() ! tkfo:sequence-parts(.) else $node"/>
  </xsl:function>

  <!-- The first printed node of a division before its first subdivision (its head), if any. -->
  <xsl:function name="tkfo:opening" as="node()?">
    <xsl:param name="division" as="element()"/>
    <xsl:variable name="first-division" select="($division/*[tkfo:is-division(.)])[1]"/>
    <xsl:sequence select="$division/node()[. &lt;&lt; $first-division][self::* or normalize-space()][1]"/>
  </xsl:function>

  <xsl:function name="tkfo:is-division" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node instance of element() and ($node/self::tei:div or matches(local-name($node), '^div\d$'))"/>
  </xsl:function>

  <!-- One page sequence of a document; the first carries its heading and source note. -->
  <xsl:template name="tkfo:document-sequence">
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="first" as="xs:boolean"/>
    <xsl:param name="last" as="xs:boolean" select="true()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="tei" select="($doc/tei:TEI, $doc/*)[1]"/>
    <xsl:variable name="title" select="tk:title(tkfo:tei($doc))"/>
    <fo:page-sequence master-reference="tk-book">
      <!-- the book's first document starts page 1; a document set as a part of a parted book
           starts where the documents before it end -->
      <xsl:if test="$first and ($number = $tk:first-number or $tk:part = 'document')">
        <xsl:attribute name="initial-page-number" select="$tk:first-page"/>
      </xsl:if>
      <xsl:variable name="lang" select="substring-before((($tei/tei:text/@xml:lang, $tei/@xml:lang)[1], '')[1] || '-', '-')"/>
      <xsl:if test="matches($lang, '^[a-zA-Z]{2,3}$')">
        <xsl:attribute name="language" select="lower-case($lang)"/>
      </xsl:if>
      <!-- FOP cannot hyphenate a line that anchors a line-keyed entry (see apparatus.xsl) -->
      <xsl:if test="$tkfo:line-keyed-documents(generate-id($doc)) = true()">
        <xsl:attribute name="hyphenate" select="'false'"/>
      </xsl:if>
      <xsl:call-template name="tkfo:static">
        <xsl:with-param name="title" select="$title"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <xsl:if test="$first">
          <fo:block id="{tkfo:doc-id($number)}" role="H1" keep-with-next.within-page="always">
            <fo:block font-size="9pt" letter-spacing="1pt" space-after="2pt"><xsl:value-of select="upper-case(tkfo:label('document')) || ' ' || $number"/></fo:block>
            <xsl:for-each select="$tei ! tk:date-line(.)">
              <fo:block font-size="10pt" font-style="italic" space-after="3pt"><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
            <fo:block font-size="14pt" font-weight="bold" line-height="1.25" space-after="5mm">
              <xsl:call-template name="tkfo:heading-direction">
                <xsl:with-param name="text" select="$title"/>
              </xsl:call-template>
              <xsl:sequence select="tkfo:runs($title)"/>
            </fo:block>
          </fo:block>
          <xsl:call-template name="tkfo:source-note">
            <xsl:with-param name="header" select="$tei/tei:teiHeader"/>
          </xsl:call-template>
          <xsl:call-template name="tkfo:sigla-key">
            <xsl:with-param name="doc" select="$doc"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:sequence select="$content"/>
        <xsl:if test="$last">
          <xsl:call-template name="tkfo:source-description">
            <xsl:with-param name="tei" select="$tei"/>
          </xsl:call-template>
          <xsl:call-template name="tkfo:plates"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
        </xsl:if>
        <fo:block/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!--
    The document's front matter, read from its header by the model (xslt/common metadata.xsl,
    header.xsl) in the order and wording of the web's metadata panel: dates with their kind,
    archive, identifiers, language, the people responsible. The rest follows its text
    (tkfo:source-description), so that the text begins on the document's first page.
  -->
  <xsl:template name="tkfo:source-note">
    <xsl:param name="header" as="element()?"/>
    <xsl:variable name="tei" select="$header/.."/>
    <xsl:if test="exists($tei)">
      <!-- short facts share a line, " · " between them: the text still begins on this page -->
      <xsl:variable name="lines" as="xs:string*" select="
          string-join((tk:dates($tei) ! (?label || ': ' || ?text),
              tk:row('language', tk:original-language($tei) ! tk:language-name(.)) ! tk:row-line(.)), ' · '),
          (tk:row('archive', tk:archive($tei)),
           tk:row('identifiers', string-join(tk:identifiers($tei), '; '))) ! tk:row-line(.),
          string-join(tk:people($tei) ! tk:people-line(.), ' · ')"/>
      <fo:block font-size="8.5pt" line-height="1.3" color="#222" border-top="0.4pt solid #999"
          border-bottom="0.4pt solid #999" padding="2pt 0" space-after="6mm" role="Note">
        <xsl:for-each select="$lines[normalize-space()]">
          <fo:block><xsl:sequence select="tkfo:runs(.)"/></fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!--
    After the document's text, the rest of what its header says: its own rights, languages,
    participants, sources, how to cite it; the physical description, the history and the editorial principles (the
    web's panel gives them in sections of its own).
  -->
  <xsl:template name="tkfo:source-description">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="languages" select="tk:document-languages($tei)"/>
    <xsl:variable name="about" as="map(xs:string, item()*)*" select="
        tk:row('rights', tk:availability-lines($tei)),
        tk:row('languages', $languages[count($languages) gt 1]),
        tk:row('participants', tk:participants($tei)),
        tk:sources($tei) ! tk:row(?key, ?text || (if (?link ne '') then ' ' || ?link else '')),
        tk:row('cite', tk:citation($tei, tkfo:edition-title(), tk:stable-address($tei, tk:page-address(tkfo:file-name(root($tei))))))"/>
    <xsl:variable name="sections" select="['about', $about], ['physical-description', tk:physical-description($tei)],
        ['history', tk:history($tei)], ['editorial-principles', tk:editorial-principles($tei)]"/>
    <xsl:if test="some $s in $sections satisfies exists($s?2)">
      <fo:block font-size="8.5pt" line-height="1.3" color="#222" border-top="0.4pt solid #999"
          padding-top="2pt" space-before="8mm" role="Note">
        <xsl:for-each select="$sections[exists(?2)]">
          <fo:block font-weight="bold" space-before="3pt" keep-with-next.within-page="always"><xsl:value-of select="tk:label(?1)"/></fo:block>
          <xsl:for-each select="?2">
            <!-- a row of several values gives each its line, as the web gives each its paragraph -->
            <fo:block><xsl:sequence select="tkfo:runs(?label || ': ' || ?values[1])"/></fo:block>
            <xsl:for-each select="subsequence(?values, 2)">
              <fo:block start-indent="4mm"><xsl:sequence select="tkfo:runs(.)"/></fo:block>
            </xsl:for-each>
          </xsl:for-each>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- Facing columns: one table row per row of the alignment both editions share (tk:aligned-rows). -->
  <xsl:template name="tkfo:parallel">
    <xsl:param name="texts" as="element(tei:text)+"/>
    <xsl:variable name="left" select="$texts[1]"/>
    <xsl:variable name="right" select="$texts[2]"/>
    <fo:table table-layout="fixed" width="100%" border-collapse="separate">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="6mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:for-each select="$left, 'gap', $right">
            <fo:table-cell>
              <fo:block font-size="8pt" letter-spacing="0.5pt" space-after="3mm">
                <xsl:if test=". instance of element()">
                  <xsl:value-of select="upper-case(tkfo:lang-name(@xml:lang))"/>
                </xsl:if>
              </fo:block>
            </fo:table-cell>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:variable name="rows" select="tk:aligned-rows($left, $right)"/>
        <xsl:for-each select="$rows">
          <xsl:call-template name="tkfo:parallel-row">
            <xsl:with-param name="left" select="?original"/>
            <xsl:with-param name="right" select="?translation"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:if test="empty($rows)">
          <fo:table-row><fo:table-cell number-columns-spanned="3"><fo:block/></fo:table-cell></fo:table-row>
        </xsl:if>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="tkfo:parallel-row">
    <xsl:param name="left" as="element()*"/>
    <xsl:param name="right" as="element()*"/>
    <fo:table-row>
      <xsl:for-each select="[$left], [()], [$right]">
        <fo:table-cell padding-bottom="2mm">
          <xsl:for-each select="(?*)[1]/ancestor::tei:text[1]/@xml:lang">
            <xsl:attribute name="language" select="."/>
          </xsl:for-each>
          <fo:block text-align="start">
            <xsl:apply-templates select="?*" mode="tkfo:text"/>
          </fo:block>
        </fo:table-cell>
      </xsl:for-each>
    </fo:table-row>
  </xsl:template>

</xsl:stylesheet>
