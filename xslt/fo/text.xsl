<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI text → FO, mode tkfo:text. Block-level TEI becomes fo:block (or tables and lists), phrase-level
  becomes fo:inline; an element this module does not know keeps its text. Every fo:block may hold
  text, inlines and blocks, and an fo:inline may hold blocks too, so any TEI nesting yields valid FO;
  the one thing FO forbids, a footnote inside a footnote, is handled in notes.xsl.
  Diplomatic layer: pb in the margin, fw and stamps set apart, additions, deletions, unclear text, gaps.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    exclude-result-prefixes="#all">

  <xsl:mode name="tkfo:text" on-no-match="text-only-copy" on-multiple-match="fail"/>

  <!-- Nothing printable, or printed elsewhere (header, index lists, facsimile, encoded zones). -->
  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:sourceDoc | tei:graphic
      | tei:listPerson | tei:listPlace | tei:listOrg | tei:listWit | tei:listPrefixDef | tei:interpGrp
      | tei:witDetail | tei:milestone[empty(tk:milestone-label(.))] | tei:anchor | tei:cb | tei:span | tei:spanGrp
      | tei:link | tei:linkGrp | tei:alt | tei:altGrp | tei:timeline | tei:fs | tei:fvLib | tei:fLib
      | tei:media | tei:binaryObject | tei:formula[@notation = 'mathml']
      | tei:witStart | tei:witEnd | tei:lacunaStart | tei:lacunaEnd"
      mode="tkfo:text"/>

  <!-- Indentation between blocks is no text: dropping it spares FOP's white-space handling, which
       is quadratic in the number of a block's children. -->
  <xsl:template match="text()[not(normalize-space())][parent::tei:TEI or parent::tei:text or parent::tei:group
      or parent::tei:front or parent::tei:body or parent::tei:back or parent::tei:div or parent::tei:div1
      or parent::tei:div2 or parent::tei:div3 or parent::tei:div4 or parent::tei:div5 or parent::tei:div6
      or parent::tei:div7 or parent::tei:list or parent::tei:table or parent::tei:row or parent::tei:lg
      or parent::tei:listBibl or parent::tei:sp or parent::tei:floatingText or parent::tei:figure or parent::tei:castList or parent::tei:listApp
      or parent::tei:titlePage or parent::tei:msDesc or parent::tei:listPerson or parent::tei:listEvent
      or parent::tei:quote[tei:p | tei:lg | tei:l | tei:ab] or parent::tei:note[tei:p]]" mode="tkfo:text"/>

  <!-- A line break of the source is a word boundary, unless it breaks a word (@break="no"). -->
  <xsl:template match="tei:lb" mode="tkfo:text">
    <xsl:if test="not(tkfo:breaks-word(.))">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:function name="tkfo:breaks-word" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:sequence select="$lb/@break = ('no', 'false')"/>
  </xsl:function>

  <!-- In an ab (an inscription's lines) a line of the source is a printed line, every fifth
       numbered in the margin (tk:line-number), as on the web; in prose the text flows on. A line
       that breaks a word starts a printed line too: its number stands in the margin beside the
       line, never inside the word ("τεσσαρά 7 κοντα"). -->
  <xsl:template match="tei:ab//tei:lb" mode="tkfo:text" priority="1">
    <xsl:if test="preceding-sibling::node()[normalize-space() or self::*] or tkfo:breaks-word(.)">
      <fo:block/>
    </xsl:if>
    <xsl:for-each select="tk:line-number(.)">
      <xsl:call-template name="tkfo:margin-label">
        <xsl:with-param name="labels" select="."/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- White space the print does not keep: before a note's mark (the source's line break before a
       note element, or "taking place. <note/>At"), so the mark stands against the word or the
       mark it follows, the space going after the mark when no space follows it; and around a line
       break inside a word (lb break="no"), so the word's halves join. -->
  <xsl:template match="text()[tkfo:takes-no-space(preceding-sibling::node()[1]) or tkfo:takes-no-space(following-sibling::node()[1])]"
      mode="tkfo:text" priority="1">
    <xsl:variable name="note-before" select="preceding-sibling::node()[1][self::tei:note]"/>
    <xsl:variable name="space-moved" select="exists($note-before) and not(matches(., '^[\s.,;:!?)\]»”’]'))
        and matches($note-before/preceding-sibling::node()[1][self::text()], '\S\s+$')"/>
    <xsl:variable name="start" select="if (preceding-sibling::node()[1][self::tei:lb][tkfo:breaks-word(.)])
        then replace(., '^\s+', '') else string(.)"/>
    <xsl:value-of select="(if ($space-moved) then ' ' else '')
        || (if (tkfo:takes-no-space(following-sibling::node()[1])) then replace($start, '\s+$', '') else $start)"/>
  </xsl:template>

  <!-- A footnote's note or a line break inside a word: no white space beside it (see above). -->
  <xsl:function name="tkfo:takes-no-space" as="xs:boolean">
    <xsl:param name="node" as="node()?"/>
    <xsl:sequence select="exists($node[self::tei:note[tkfo:is-footnote(.)] or self::tei:lb[tkfo:breaks-word(.)]])"/>
  </xsl:function>

  <!-- Texts and divisions -->
  <xsl:template match="tei:text" mode="tkfo:text">
    <fo:block>
      <xsl:call-template name="tkfo:lang"/>
      <xsl:if test="parent::tei:group and preceding-sibling::tei:text">
        <xsl:attribute name="space-before">8mm</xsl:attribute>
      </xsl:if>
      <xsl:if test="parent::tei:group">
        <fo:block font-size="8pt" letter-spacing="0.5pt" space-after="4mm" keep-with-next.within-page="always"
            border-bottom="0.3pt solid #999" role="H2">
          <xsl:value-of select="upper-case(string-join((
              tkfo:text-role(.),
              tkfo:lang-name(@xml:lang)[. ne '']), ' · '))"/>
        </fo:block>
      </xsl:if>
      <xsl:apply-templates mode="tkfo:text"/>
    </fo:block>
  </xsl:template>

  <!-- A block as the model decides it (tk:is-block), when no template of its own sets it. -->
  <xsl:template match="tei:*[tk:is-block(.)]" mode="tkfo:text" priority="-0.5">
    <xsl:param name="tkfo:runs" as="map(xs:string, element()*)" select="map{}" tunnel="yes"/>
    <fo:block>
      <xsl:call-template name="tkfo:anchor"/>
      <xsl:call-template name="tkfo:lang"/>
      <xsl:call-template name="tkfo:block-style"/>
      <xsl:if test="tkfo:is-division(.)">
        <xsl:call-template name="tkfo:section-number"/>
        <xsl:call-template name="tkfo:division-label"/>
      </xsl:if>
      <!-- a verse line's number, every fifth, in the margin as on the web (tk:line-number) -->
      <xsl:for-each select="self::tei:l ! tk:line-number(.)">
        <xsl:call-template name="tkfo:margin-label">
          <xsl:with-param name="labels" select="."/>
        </xsl:call-template>
      </xsl:for-each>
      <!-- a verse line or an inscribed block sets its apparatus's runs (apparatus.xsl); another
           block passes on those of the block it stands in -->
      <xsl:variable name="runs" select="if (self::tei:l or self::tei:ab) then tkfo:apparatus-runs(.) else $tkfo:runs"/>
      <xsl:apply-templates mode="tkfo:text">
        <xsl:with-param name="tkfo:runs" select="$runs" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:call-template name="tkfo:trailing-notes"/>
      <xsl:if test="self::tei:l or self::tei:ab">
        <xsl:call-template name="tkfo:keyed-apparatus">
          <xsl:with-param name="runs" select="$runs"/>
        </xsl:call-template>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template name="tkfo:block-style">
    <xsl:choose>
      <xsl:when test="self::tei:l">
        <xsl:attribute name="text-align">start</xsl:attribute>
        <xsl:attribute name="start-indent" select="if (ancestor::tei:table) then '0pt' else 'inherited-property-value(start-indent) + 4mm'"/>
      </xsl:when>
      <xsl:when test="self::tei:lg | self::tei:sp | self::tei:figure | self::tei:listBibl | self::tei:biblStruct
          | self::tei:bibl | self::tei:address | self::tei:opener | self::tei:closer | self::tei:epigraph">
        <xsl:attribute name="space-before">3pt</xsl:attribute>
        <xsl:attribute name="space-after">5pt</xsl:attribute>
      </xsl:when>
      <xsl:when test="self::tei:signed | self::tei:dateline[ancestor::tei:closer]">
        <xsl:attribute name="text-align">end</xsl:attribute>
      </xsl:when>
      <xsl:when test="self::tei:speaker">
        <xsl:attribute name="font-weight">bold</xsl:attribute>
        <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- FOP's language property takes the primary subtag (hyphenation, the tagged PDF's /Lang). -->
  <xsl:template name="tkfo:lang">
    <xsl:variable name="primary" select="substring-before(@xml:lang || '-', '-')"/>
    <xsl:if test="matches($primary, '^[a-zA-Z]{2,3}$')">
      <xsl:attribute name="language" select="lower-case($primary)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:head" mode="tkfo:text">
    <xsl:call-template name="tkfo:heading">
      <xsl:with-param name="depth" select="count(ancestor::*[self::tei:div or matches(local-name(), '^div\d$')
          or self::tei:lg or self::tei:list or self::tei:table or self::tei:figure])"/>
      <xsl:with-param name="small" select="exists(parent::tei:figure | parent::tei:table | parent::tei:list)"/>
      <xsl:with-param name="second" select="exists(preceding-sibling::*[1][self::tei:head])"/>
      <xsl:with-param name="id" select="if (tkfo:is-division(..) and . is ../tei:head[1] and empty(tk:section-label(..)))
          then tkfo:division-id(..) else ()"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates mode="tkfo:text"/>
      </xsl:with-param>
    </xsl:call-template>
    <!-- a part's date as the web edition gives it (tk:part-date-text), under its heading -->
    <xsl:if test="tk:is-part(..) and . is ../tei:head[1]">
      <xsl:for-each select="tk:part-date-text(..)">
        <fo:block keep-with-next.within-page="always" font-style="italic" space-after="2mm"><xsl:value-of select="."/></fo:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- A numbered division's label ("Section 12", tk:section-label): a heading of its own when the
       division has none, else a line over its head; its bookmark goes there. -->
  <xsl:template name="tkfo:section-number">
    <xsl:variable name="div" select="."/>
    <xsl:for-each select="tk:section-label(.)">
      <xsl:call-template name="tkfo:heading">
        <xsl:with-param name="depth" select="count($div/ancestor-or-self::*[self::tei:div or matches(local-name(), '^div\d$')
            or self::tei:lg or self::tei:list or self::tei:table or self::tei:figure])"/>
        <xsl:with-param name="small" select="exists($div/tei:head)"/>
        <xsl:with-param name="id" select="tkfo:division-id($div)"/>
        <xsl:with-param name="content" select="."/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The heading an unheaded division gets from its type (tk:division-label). -->
  <xsl:template name="tkfo:division-label">
    <xsl:variable name="div" select="."/>
    <xsl:for-each select="tk:division-label(.)">
      <xsl:call-template name="tkfo:heading">
        <xsl:with-param name="depth" select="count($div/ancestor-or-self::*[self::tei:div or matches(local-name(), '^div\d$')
            or self::tei:lg or self::tei:list or self::tei:table or self::tei:figure])"/>
        <xsl:with-param name="content" select="."/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A heading block, sized by how deep its division is; @id for the bookmarks. -->
  <xsl:template name="tkfo:heading">
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="small" as="xs:boolean" select="false()"/>
    <!-- a head right after a head (a chapter's number, then its title) stays close to it -->
    <xsl:param name="second" as="xs:boolean" select="false()"/>
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:param name="content" as="item()*"/>
    <fo:block keep-with-next.within-page="always" space-before="{if ($second) then '0mm' else if ($depth le 1) then '6mm' else '3mm'}"
        space-after="2mm" font-weight="bold" line-height="1.25" text-align="start"
        font-size="{if ($small) then '9pt' else if ($depth le 1) then '12pt' else if ($depth = 2) then '11pt' else '10pt'}"
        role="H{min((6, $depth + 1))}">
      <xsl:for-each select="$id"><xsl:attribute name="id" select="."/></xsl:for-each>
      <xsl:if test=". instance of element()"><xsl:call-template name="tkfo:lang"/></xsl:if>
      <xsl:call-template name="tkfo:heading-direction">
        <xsl:with-param name="text" select="string-join($content ! string(.))"/>
      </xsl:call-template>
      <xsl:sequence select="$content"/>
    </fo:block>
  </xsl:template>

  <!-- A paragraph of nothing but spaces (ELTeC's Gaskell closes each chapter with two of no-break
       spaces) prints nothing: a line of it could push a page of its own. -->
  <xsl:template match="tei:p[tkfo:blank(.)]" mode="tkfo:text"/>

  <xsl:function name="tkfo:blank" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="empty($p/*) and not(normalize-space(translate($p, '&#xA0;&#x2007;&#x202F;', '   ')))"/>
  </xsl:function>

  <xsl:template match="tei:p | tei:ab[ancestor::tei:p]" mode="tkfo:text">
    <fo:block space-after.minimum="2pt" space-after.optimum="4pt" space-after.maximum="9pt" text-align="{if ($tk:layout = 'parallel' or ancestor::tei:table) then 'start' else 'justify'}"
        text-indent="{if (preceding-sibling::*[1][self::tei:p] and not(ancestor::tei:note)) then '4mm' else '0mm'}">
      <xsl:call-template name="tkfo:anchor"/>
      <xsl:call-template name="tkfo:lang"/>
      <xsl:variable name="runs" select="tkfo:apparatus-runs(.)"/>
      <xsl:apply-templates mode="tkfo:text">
        <xsl:with-param name="tkfo:runs" select="$runs" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:call-template name="tkfo:trailing-notes"/>
      <xsl:call-template name="tkfo:keyed-apparatus">
        <xsl:with-param name="runs" select="$runs"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:quote[tk:is-block(.)] | tei:q[tk:is-block(.)] | tei:said[tk:is-block(.)]"
      mode="tkfo:text">
    <fo:block start-indent="inherited-property-value(start-indent) + 6mm" end-indent="inherited-property-value(end-indent) + 4mm"
        font-size="95%" space-before="3pt" space-after="4pt">
      <xsl:call-template name="tkfo:lang"/>
      <xsl:apply-templates mode="tkfo:text"/>
    </fo:block>
  </xsl:template>

  <!-- Lists: one block per item, with its label or a bullet -->
  <xsl:template match="tei:list | tei:listPerson[ancestor::tei:text] | tei:listEvent" mode="tkfo:text">
    <fo:block space-before="2pt" space-after="4pt">
      <xsl:apply-templates mode="tkfo:text">
        <xsl:with-param name="tkfo:plain-list" select="tk:plain-list(.)" tunnel="yes"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:list/tei:label" mode="tkfo:text"/>
  <xsl:template match="tei:item" mode="tkfo:text">
    <!-- decided once per list: whether its items carry their own marks -->
    <xsl:param name="tkfo:plain-list" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="label" select="preceding-sibling::*[1][self::tei:label]"/>
    <fo:block start-indent="inherited-property-value(start-indent) + 5mm" text-indent="-4mm" space-after="1pt">
      <xsl:call-template name="tkfo:anchor"/>
      <xsl:if test="exists(tkfo:contents-target(.))">
        <xsl:attribute name="text-align-last" select="'justify'"/>
        <xsl:attribute name="end-indent" select="'inherited-property-value(end-indent) + 10mm'"/>
        <xsl:attribute name="last-line-end-indent" select="'-10mm'"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$label"><fo:inline font-weight="bold"><xsl:apply-templates select="$label/node()" mode="tkfo:text"/></fo:inline><xsl:text> </xsl:text></xsl:when>
        <!-- a line of a list of contents in the text: no bullet, its page at the end -->
        <xsl:when test="$tkfo:plain-list or exists(tkfo:contents-target(.))"/>
        <xsl:when test="@n"><xsl:value-of select="@n"/><xsl:text> </xsl:text></xsl:when>
        <xsl:when test="../@type = ('ordered', 'numbered') or ../@rend = ('numbered', 'ordered')"><xsl:number/>. </xsl:when>
        <xsl:otherwise>• </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates mode="tkfo:text"/>
      <xsl:call-template name="tkfo:contents-page"/>
    </fo:block>
  </xsl:template>

  <!-- Tables: as many columns as the widest row -->
  <xsl:template match="tei:table[tei:row]" mode="tkfo:text">
    <xsl:variable name="columns" select="max(tei:row ! sum(tei:cell ! (if (@cols castable as xs:integer) then max((1, xs:integer(@cols))) else 1)))"/>
    <fo:block space-before="3pt" space-after="5pt" font-size="90%">
      <xsl:apply-templates select="tei:head" mode="tkfo:text"/>
      <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
        <xsl:for-each select="1 to xs:integer($columns)">
          <fo:table-column column-width="proportional-column-width(1)"/>
        </xsl:for-each>
        <fo:table-body>
          <xsl:apply-templates select="tei:row" mode="tkfo:text"/>
        </fo:table-body>
      </fo:table>
      <xsl:apply-templates select="* except (tei:head | tei:row)" mode="tkfo:text"/>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:table" mode="tkfo:text">
    <fo:block><xsl:apply-templates mode="tkfo:text"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:row" mode="tkfo:text">
    <xsl:choose>
      <xsl:when test="tei:cell">
        <fo:table-row>
          <xsl:if test="@role = 'label'"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
          <xsl:apply-templates select="tei:cell" mode="tkfo:text"/>
        </fo:table-row>
      </xsl:when>
      <xsl:otherwise>
        <fo:table-row><fo:table-cell><fo:block><xsl:apply-templates mode="tkfo:text"/></fo:block></fo:table-cell></fo:table-row>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:cell" mode="tkfo:text">
    <fo:table-cell padding="1pt 2pt" border="0.3pt solid #999">
      <xsl:if test="@cols castable as xs:integer and xs:integer(@cols) gt 1">
        <xsl:attribute name="number-columns-spanned" select="xs:integer(@cols)"/>
      </xsl:if>
      <fo:block text-align="start">
        <xsl:call-template name="tkfo:lang"/>
        <xsl:apply-templates mode="tkfo:text"/>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template match="tei:figDesc" mode="tkfo:text">
    <fo:block font-size="8.5pt" font-style="italic"><xsl:apply-templates mode="tkfo:text"/></fo:block>
  </xsl:template>

  <!-- Phrases -->
  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:title | tei:mentioned | tei:soCalled
      | tei:gloss | tei:distinct | tei:q | tei:quote | tei:said | tei:cit[not(tk:is-block(.))] | tei:seg | tei:w | tei:pc | tei:c
      | tei:num | tei:measure | tei:date | tei:time | tei:ref | tei:label[not(tk:is-block(.) or parent::tei:list)] | tei:bibl[not(tk:is-block(.))] | tei:abbr | tei:expan
      | tei:ex | tei:am | tei:damage | tei:orig | tei:reg | tei:lem | tei:rdg | tei:stage[not(tk:is-block(.))] | tei:affiliation
      | tei:roleName | tei:forename | tei:surname | tei:addName | tei:genName | tei:nameLink | tei:idno
      | tei:geogName | tei:country | tei:settlement | tei:region | tei:district | tei:bloc
      | tei:docDate[not(tk:is-block(.))] | tei:docAuthor[not(tk:is-block(.))] | tei:street | tei:postCode | tei:email | tei:code | tei:att | tei:gi | tei:tag | tei:val
      | tei:ident | tei:formula | tei:unit | tei:biblScope | tei:author | tei:editor | tei:publisher
      | tei:pubPlace | tei:orgName | tei:persName | tei:placeName | tei:name | tei:rs"
      mode="tkfo:text">
    <xsl:variable name="rend" select="lower-case(string-join((@rend, @rendition, @style), ' '))"/>
    <!-- a name that points to an entity: an anchor the index cites by page, one for each entry
         it is indexed under (the first on the name itself) -->
    <xsl:variable name="anchors" select="if (tk:is-name(.)) then tkfo:mention-ids(.) else ()"/>
    <fo:inline>
      <xsl:if test="exists($anchors)">
        <xsl:attribute name="id" select="$anchors[1]"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="contains($rend, 'sup')"><xsl:attribute name="baseline-shift">super</xsl:attribute><xsl:attribute name="font-size">70%</xsl:attribute></xsl:when>
        <xsl:when test="contains($rend, 'sub')"><xsl:attribute name="baseline-shift">sub</xsl:attribute><xsl:attribute name="font-size">70%</xsl:attribute></xsl:when>
      </xsl:choose>
      <xsl:if test="matches($rend, 'bold|strong')"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <xsl:if test="matches($rend, 'ital|slant|oblique')
          or (self::tei:hi and $rend = '')
          or self::tei:emph or self::tei:foreign or self::tei:term or self::tei:mentioned
          or self::tei:title[not(ancestor::tei:bibl) or @level = ('m', 'j')]">
        <xsl:attribute name="font-style">italic</xsl:attribute>
      </xsl:if>
      <xsl:if test="contains($rend, 'underline')"><xsl:attribute name="text-decoration">underline</xsl:attribute></xsl:if>
      <xsl:if test="matches($rend, 'strike|line-through')"><xsl:attribute name="text-decoration">line-through</xsl:attribute></xsl:if>
      <xsl:if test="matches($rend, 'small-?caps|(^|\s)sc($|\s)')"><xsl:attribute name="font-variant">small-caps</xsl:attribute></xsl:if>
      <xsl:if test="matches($rend, 'spaced|letter-?spac')"><xsl:attribute name="letter-spacing">0.15em</xsl:attribute></xsl:if>
      <xsl:if test="self::tei:code or self::tei:gi or self::tei:tag or self::tei:att or self::tei:ident or self::tei:val">
        <xsl:attribute name="font-family">DejaVu Sans Mono, DejaVu Sans</xsl:attribute><xsl:attribute name="font-size">90%</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="tkfo:lang"/>
      <xsl:for-each select="tail($anchors)">
        <fo:inline id="{.}"/>
      </xsl:for-each>
      <xsl:apply-templates mode="tkfo:text"/>
    </fo:inline>
  </xsl:template>

  <!-- Diplomatic layer -->
  <!-- A page break, or several at one point (tk:page-breaks-at): their labels, each with its
       edition's siglum, stacked in the margin; the breaks after the first print nothing. -->
  <xsl:template match="tei:pb" mode="tkfo:text">
    <xsl:variable name="labels" select="tk:page-breaks-at(.) ! tk:page-label(.)"/>
    <!-- where a pointer goes to this page ("#pg_XI" in FRUS's contents): an anchor here -->
    <xsl:if test="@xml:id and exists(key('tkfo:pointed', string(@xml:id), root(.)))">
      <xsl:choose>
        <xsl:when test="tkfo:in-block-context(.)"><fo:block><xsl:call-template name="tkfo:anchor"/></fo:block></xsl:when>
        <xsl:otherwise><fo:inline><xsl:call-template name="tkfo:anchor"/></fo:inline></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <xsl:if test="exists($labels)">
      <xsl:call-template name="tkfo:labels-in-margin">
        <xsl:with-param name="labels" select="$labels"/>
        <xsl:with-param name="mark" select="'|'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A numbered milestone: its label in the margin, as a page break's (tk:milestone-label). -->
  <xsl:template match="tei:milestone[exists(tk:milestone-label(.))]" mode="tkfo:text">
    <xsl:call-template name="tkfo:labels-in-margin">
      <xsl:with-param name="labels" select="tk:milestone-label(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Labels of the context element (a break, a milestone) in the margin: between blocks a block
       of their own, 3 mm right of the text block; in a line after its mark. Both carry the mark of
       a margin label (its letter-spacing), so MarginLabels sets them in the outer margin: on an
       even page, left of the text block. -->
  <xsl:template name="tkfo:labels-in-margin">
    <xsl:param name="labels" as="xs:string+"/>
    <xsl:param name="mark" as="xs:string" select="''"/>
    <xsl:choose>
      <xsl:when test="tkfo:in-block-context(.)">
        <fo:block line-height="0pt" font-size="7pt" text-align="start" start-indent="100% + 3mm" end-indent="-20mm" color="#555"
            letter-spacing="0.013pt"
            keep-with-next.within-page="always" font-family="DejaVu Sans" font-style="normal" font-weight="normal"
            role="Artifact">
          <xsl:call-template name="tkfo:stacked">
            <xsl:with-param name="labels" select="$labels"/>
          </xsl:call-template>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline color="#555" font-family="DejaVu Sans" font-style="normal" font-weight="normal">
          <xsl:value-of select="$mark"/>
          <xsl:call-template name="tkfo:margin-label">
            <xsl:with-param name="labels" select="$labels"/>
          </xsl:call-template>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Labels set with no width at their place in a line, which move into the margin beside it
       (org.teikit.publish.pdf.MarginLabels, marked by the letter-spacing of 13 millipoints). -->
  <xsl:template name="tkfo:margin-label">
    <xsl:param name="labels" as="xs:string+"/>
    <fo:inline-container width="0pt" height="0pt" alignment-baseline="alphabetic">
      <fo:block wrap-option="no-wrap" font-size="7pt" line-height="0" letter-spacing="0.013pt" color="#555"
          font-family="DejaVu Sans" font-style="normal" font-weight="normal"
          text-align="start" start-indent="0pt" end-indent="0pt" text-indent="0pt" role="Artifact">
        <xsl:call-template name="tkfo:stacked">
          <xsl:with-param name="labels" select="$labels"/>
        </xsl:call-template>
      </fo:block>
    </fo:inline-container>
  </xsl:template>

  <!-- The first label on the line, each other one a line lower: stacked, never one over another. -->
  <xsl:template name="tkfo:stacked">
    <xsl:param name="labels" as="xs:string+"/>
    <xsl:value-of select="$labels[1]"/>
    <xsl:for-each select="tail($labels)">
      <fo:block space-before="8pt" space-before.conditionality="retain"><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- True when the element stands between blocks rather than inside running text. -->
  <xsl:function name="tkfo:in-block-context" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/parent::*[self::tei:body or self::tei:div or self::tei:front or self::tei:back
        or matches(local-name(), '^div\d$') or self::tei:text or self::tei:lg or self::tei:group])"/>
  </xsl:function>

  <xsl:template match="tei:fw" mode="tkfo:text">
    <xsl:choose>
      <xsl:when test="tkfo:in-block-context(.)">
        <fo:block font-size="7.5pt" color="#444" font-family="DejaVu Sans" space-before="2pt" space-after="2pt"
            text-align="{if (matches(@place, 'right|end')) then 'end' else if (matches(@place, 'cent')) then 'center' else 'start'}">
          <xsl:text>[fw: </xsl:text><xsl:apply-templates mode="tkfo:text"/><xsl:text>]</xsl:text>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline font-size="7.5pt" color="#444" font-family="DejaVu Sans">
          <xsl:text>[fw: </xsl:text><xsl:apply-templates mode="tkfo:text"/><xsl:text>]</xsl:text>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A stamp: a box with its label, which a short stamp keeps on one line (it broke across the
       lines of a narrow parallel column). -->
  <xsl:template match="tei:stamp" mode="tkfo:text">
    <xsl:variable name="box" as="element()">
      <fo:inline font-size="8pt" font-family="DejaVu Sans" border="0.5pt solid #444" padding="0.5pt 2pt">
        <xsl:if test="string-length(normalize-space(.)) le 40">
          <xsl:attribute name="keep-together.within-line">always</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="tkfo:label('stamp') || ': '"/><xsl:apply-templates mode="tkfo:text"/>
      </fo:inline>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="tkfo:in-block-context(.)">
        <fo:block font-size="8pt" font-family="DejaVu Sans" space-before="2pt" space-after="2pt">
          <xsl:sequence select="$box"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$box"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:add" mode="tkfo:text">
    <xsl:call-template name="tkfo:sign"><xsl:with-param name="text" select="'⸢'"/></xsl:call-template>
    <xsl:apply-templates mode="tkfo:text"/>
    <xsl:call-template name="tkfo:sign"><xsl:with-param name="text" select="'⸣'"/></xsl:call-template>
    <xsl:call-template name="tkfo:responsibility-mark"/>
  </xsl:template>

  <xsl:template match="tei:del" mode="tkfo:text">
    <fo:inline text-decoration="line-through"><xsl:apply-templates mode="tkfo:text"/></fo:inline>
    <xsl:call-template name="tkfo:responsibility-mark"/>
  </xsl:template>

  <!-- Unclear letters: in an epigraphic edition (tkfo:leiden), each with a dot under it (U+0323),
       as the Leiden conventions print them; elsewhere "(?)" after the unclear words. -->
  <xsl:template match="tei:unclear" mode="tkfo:text">
    <xsl:choose>
      <xsl:when test="tkfo:leiden(.) and empty(*)">
        <xsl:value-of select="replace(., '([^\s\p{M}]\p{M}*)', '$1&#x323;')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="tkfo:text"/>
        <xsl:call-template name="tkfo:sign"><xsl:with-param name="text" select="'(?)'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="tkfo:responsibility-mark"/>
  </xsl:template>

  <!-- Epigraphic text: the inscribed lines (ab) of an EpiDoc edition division, whose signs follow
       the Leiden conventions (underdots, illegible apart from lost); not the paragraphs of a
       manuscript tradition's edition (PTA), which keep the signs the web gives them. -->
  <xsl:function name="tkfo:leiden" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::tei:ab/ancestor::tei:div[@type = 'edition'])"/>
  </xsl:function>

  <!-- A substitution, a change of hand, a restoration, a deletion the editors propose, damage in a
       named hand: who made it, as the web marks it (tk:responsibility). -->
  <xsl:template match="tei:subst | tei:handShift | tei:restore | tei:secl | tei:damage[@hand | @resp]" mode="tkfo:text">
    <xsl:apply-templates mode="tkfo:text"/>
    <xsl:call-template name="tkfo:responsibility-mark"/>
  </xsl:template>

  <!-- Who is responsible for an intervention: a small superscript siglum after it ("hand 2", "ed."). -->
  <xsl:template name="tkfo:responsibility-mark">
    <xsl:for-each select="tk:responsibility(.)[. ne '']">
      <fo:inline font-size="6pt" baseline-shift="super" font-family="DejaVu Sans" keep-together.within-line="always"><xsl:value-of select="."/></fo:inline>
    </xsl:for-each>
  </xsl:template>

  <!-- A gap as the Leiden conventions print it: a lost stretch in brackets, an illegible one
       without, as many dots as letters when the count is known and small ("[...]", ". ."), else
       "[…]" (lost) or "…" (illegible); elsewhere (an omission in a document) "[…]". -->
  <xsl:template match="tei:gap" mode="tkfo:text">
    <xsl:variable name="count" select="if (@unit = ('character', 'chars', 'char') and @quantity castable as xs:integer)
        then xs:integer(@quantity) else 0"/>
    <xsl:variable name="dots" select="if ($count ge 1 and $count le 6) then string-join((1 to $count) ! '.') else '…'"/>
    <xsl:call-template name="tkfo:sign">
      <xsl:with-param name="text" select="if (tkfo:leiden(.) and @reason = 'illegible') then $dots
          else if (tkfo:leiden(.)) then '[' || $dots || ']' else '[…]'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Supplied text: in brackets, an omission of the source (reason="omitted") in angle
       brackets ⟨τ⟩, as the Leiden conventions set them; uncertain with "?". -->
  <xsl:template match="tei:supplied" mode="tkfo:text">
    <xsl:variable name="omitted" select="@reason = 'omitted'"/>
    <xsl:call-template name="tkfo:sign"><xsl:with-param name="text" select="if ($omitted) then '⟨' else '['"/></xsl:call-template>
    <xsl:apply-templates mode="tkfo:text"/>
    <xsl:call-template name="tkfo:sign">
      <xsl:with-param name="text" select="(if (@cert = 'low') then '?' else '') || (if ($omitted) then '⟩' else ']')"/>
    </xsl:call-template>
    <xsl:call-template name="tkfo:responsibility-mark"/>
  </xsl:template>

  <!-- An editorial sign, in an inline of its own set in the bundled faces: FOP picks one font per
       run of text, and a sign glued to a word of another script would ask that script's font. -->
  <xsl:template name="tkfo:sign">
    <xsl:param name="text" as="xs:string"/>
    <fo:inline font-family="DejaVu Serif Condensed, DejaVu Sans"><xsl:value-of select="$text"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:space" mode="tkfo:text">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:sic[not(parent::tei:choice)]" mode="tkfo:text">
    <xsl:apply-templates mode="tkfo:text"/>
    <fo:inline font-style="italic" font-size="80%"> [sic]</fo:inline>
  </xsl:template>

  <xsl:template match="tei:corr[not(parent::tei:choice)]" mode="tkfo:text">
    <xsl:text>⟨</xsl:text><xsl:apply-templates mode="tkfo:text"/><xsl:text>⟩</xsl:text>
    <xsl:call-template name="tkfo:responsibility-mark"/>
  </xsl:template>

  <xsl:template match="tei:g" mode="tkfo:text">
    <xsl:choose>
      <xsl:when test="normalize-space(.)"><xsl:apply-templates mode="tkfo:text"/></xsl:when>
      <xsl:otherwise><xsl:text>◊</xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A canonical reference (@cRef) after what it cites, readably ("Ps 117:22"); a quotation's
       source after the quotation: as on the web (tk:cref-label, tk:quotation-source). -->
  <!-- In a text with a line-keyed apparatus (apparatus.xsl), the reference is an entry of its
       apparatus of sources instead. -->
  <xsl:template match="tei:ref[@cRef]" mode="tkfo:text" priority="1">
    <xsl:next-match/>
    <xsl:if test="not(tkfo:keyed(.))">
      <xsl:call-template name="tkfo:reference">
        <xsl:with-param name="text" select="tk:cref-label(@cRef)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="tkfo:keyed-anchor"/>
  </xsl:template>

  <xsl:template match="tei:quote[@source] | tei:q[@source] | tei:cit[@source]" mode="tkfo:text" priority="1">
    <xsl:next-match/>
    <xsl:for-each select="tk:quotation-source(.)[not(tkfo:keyed(current()))]">
      <xsl:call-template name="tkfo:reference">
        <xsl:with-param name="text" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="tkfo:keyed-anchor"/>
  </xsl:template>

  <xsl:template name="tkfo:reference">
    <xsl:param name="text" as="xs:string"/>
    <fo:inline font-family="DejaVu Sans" font-size="7.5pt" color="#444" font-style="normal" font-weight="normal"
        keep-together.within-line="always">
      <xsl:value-of select="' (' || $text || ')'"/>
    </fo:inline>
  </xsl:template>

  <!-- A choice that is not an editorial correction: the regularised, expanded or first form. -->
  <xsl:template match="tei:choice[not(tei:sic and tei:corr)]" mode="tkfo:text">
    <xsl:apply-templates select="tk:editorial-reading(.)" mode="tkfo:text"/>
  </xsl:template>
</xsl:stylesheet>
