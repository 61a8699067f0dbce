<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes. Notes are numbered 1, 2, … per document; the critical apparatus (app) and the editor's
  corrections (choice/sic/corr) form a second series lettered a, b, … per document, printed
  "lemma] reading witnesses" as critical editions do. FO forbids footnotes inside footnotes, so
  notes and apparatus that stand inside a note or a reading are set inline, in brackets.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:note" mode="tkfo:text">
    <xsl:choose>
      <xsl:when test="tkfo:is-footnote(.)">
        <xsl:call-template name="tkfo:footnote">
          <xsl:with-param name="mark" select="tkfo:mark(.)"/>
          <xsl:with-param name="body">
            <xsl:apply-templates mode="tkfo:text"/>
            <!-- who wrote it, when not the editors: as the web's note ends -->
            <xsl:for-each select="tk:note-responsibility(.)[. ne '']"> — <xsl:value-of select="."/></xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline font-size="90%"> [<xsl:apply-templates mode="tkfo:text"/>] </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note right after a paragraph or a line-like block (a signature, a dateline, a verse line)
       is marked at the end of that block's last line (tkfo:trailing-notes), not on a line of its
       own: a lone mark after a closer's signature pushed a page that held only the mark. -->
  <xsl:template match="tei:note[exists(tkfo:trailed-block(.))]" mode="tkfo:text" priority="1">
    <xsl:param name="tkfo:trailing" as="xs:boolean" select="false()"/>
    <xsl:if test="$tkfo:trailing">
      <xsl:next-match/>
    </xsl:if>
  </xsl:template>

  <!-- The notes that follow the context block (see above), set where its last line ends. -->
  <xsl:template name="tkfo:trailing-notes">
    <xsl:if test="tkfo:takes-trailing-notes(.)">
      <xsl:variable name="stop" select="following-sibling::node()[not(self::text()[not(normalize-space())]
          or self::tei:note[tkfo:is-footnote(.)])][1]"/>
      <xsl:apply-templates select="following-sibling::tei:note[empty($stop) or . &lt;&lt; $stop][tkfo:is-footnote(.)]" mode="tkfo:text">
        <xsl:with-param name="tkfo:trailing" select="true()"/>
      </xsl:apply-templates>
    </xsl:if>
  </xsl:template>

  <!-- The block a footnote follows with only white space and other such notes between, when it is
       one whose last line the note's mark can join. -->
  <xsl:function name="tkfo:trailed-block" as="element()?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="before" select="$note/preceding-sibling::node()[not(self::text()[not(normalize-space())]
        or self::tei:note[tkfo:is-footnote(.)])][1]"/>
    <xsl:sequence select="$before[tkfo:is-footnote($note)][tkfo:takes-trailing-notes(.)]"/>
  </xsl:function>

  <xsl:function name="tkfo:takes-trailing-notes" as="xs:boolean">
    <xsl:param name="block" as="node()"/>
    <xsl:sequence select="exists($block/(self::tei:p[not(ancestor::tei:p)] | self::tei:signed | self::tei:dateline
        | self::tei:salute | self::tei:byline | self::tei:trailer | self::tei:l | self::tei:addrLine)[tk:is-block(.)])"/>
  </xsl:function>

  <!-- What comes before a footnote's mark in the line: a superscript comma when the mark follows
       another mark (a correction's "*2" and a note's "2" beside it read "*2,2", not "*2 2"), a
       space when it follows a figure ("№ 1 *2", not "№ 1*2", where the mark reads as part of the
       number); nothing otherwise. -->
  <xsl:function name="tkfo:mark-prefix" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <!-- an entry's or a correction's mark follows its own text; a note's, what stands before it -->
    <xsl:variable name="before" select="$e[self::tei:note]/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1]"/>
    <xsl:variable name="text" select="if ($e/self::tei:app) then tk:reading-text(tk:lemma($e))
        else if ($e/self::tei:choice) then tk:reading-text($e/tei:corr[1])
        else if ($before instance of element()) then tk:reading-text($before) else string($before)"/>
    <xsl:sequence select="if (exists($before) and tkfo:ends-with-mark($before)) then ','
        else if (matches($text, '\d\s*$')) then '&#xA0;' else ''"/>
  </xsl:function>

  <!-- True when a node's printed end is a footnote's mark: it is one, or its last child is. -->
  <xsl:function name="tkfo:ends-with-mark" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="last" select="$node/node()[not(self::text()[not(normalize-space())])][last()]"/>
    <xsl:sequence select="if ($node[self::tei:note or self::tei:app or self::tei:choice[tei:sic and tei:corr]]
          [tkfo:is-footnote(.)]) then true()
        else if ($node instance of element() and not(tk:is-block($node)) and $last instance of element())
        then tkfo:ends-with-mark($last) else false()"/>
  </xsl:function>

  <!-- An entry of the apparatus: its lemma in the line, its entry a footnote; an entry inside
       another's reading (or in a note) is marked where it stands and gets its footnote after the
       one it stands in (tkfo:nested-apparatus), as the web lists it after that one. -->
  <xsl:template match="tei:app" mode="tkfo:text">
    <xsl:variable name="shown" select="tk:lemma(.)"/>
    <xsl:apply-templates select="$shown/node()" mode="tkfo:text"/>
    <xsl:choose>
      <xsl:when test="tkfo:is-footnote(.)">
        <xsl:call-template name="tkfo:app-footnote"/>
      </xsl:when>
      <xsl:when test="exists(tkfo:footnote-owner(.))">
        <xsl:call-template name="tkfo:footnote-mark">
          <xsl:with-param name="mark" select="tkfo:mark(.)"/>
          <xsl:with-param name="apparatus" select="true()"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tkfo:app-footnote">
    <xsl:param name="anchored" as="xs:boolean" select="true()"/>
    <xsl:call-template name="tkfo:footnote">
      <xsl:with-param name="mark" select="tkfo:mark(.)"/>
      <xsl:with-param name="apparatus" select="true()"/>
      <xsl:with-param name="anchored" select="$anchored"/>
      <xsl:with-param name="body" as="item()*">
        <xsl:call-template name="tkfo:app-entry"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- An apparatus given in place (EpiDoc's listApp, an apparatus division): its entries set where
       it stands, unmarked. -->
  <xsl:template match="tei:app[tkfo:in-place(.)]" mode="tkfo:text">
    <fo:block font-size="9pt" space-after="1pt">
      <xsl:call-template name="tkfo:app-entry"/>
      <xsl:call-template name="tkfo:nested-apparatus"/>
    </fo:block>
  </xsl:template>

  <!-- The footnotes of the entries that stand inside this note's or entry's text, which FO cannot
       nest: each after this one, in their order, anchored where this one is without a second
       mark in the line (the entry's reading carries it). -->
  <xsl:template name="tkfo:nested-apparatus">
    <xsl:for-each select=".//tei:app[not(tkfo:in-place(.))][not(tkfo:is-footnote(.))][tkfo:footnote-owner(.) is current()]">
      <xsl:call-template name="tkfo:app-footnote">
        <xsl:with-param name="anchored" select="false()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- "3 lemma] reading witnesses; ... — note": the line (@loc) and the lemma when the entry has them. -->
  <xsl:template name="tkfo:app-entry">
    <xsl:variable name="shown" select="tk:lemma(.)"/>
    <xsl:variable name="addition" select="tk:empty-lemma($shown)"/>
    <xsl:for-each select="@loc[normalize-space()]">
      <fo:inline font-weight="bold"><xsl:value-of select="normalize-space(.)"/></fo:inline>
      <xsl:text> </xsl:text>
    </xsl:for-each>
    <xsl:if test="exists($shown) and not($addition)">
      <xsl:call-template name="tkfo:lemma">
        <xsl:with-param name="shown" select="$shown"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:for-each select="tk:variants(.)">
      <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
      <xsl:call-template name="tkfo:reading">
        <xsl:with-param name="addition" select="$addition"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="tei:note, tei:witDetail">
      <xsl:if test="position() gt 1 or exists($shown)"><xsl:text> — </xsl:text></xsl:if>
      <!-- a witness's detail says which witness it is about, as the web's entry does -->
      <xsl:for-each select="self::tei:witDetail/tk:sigla(@wit)[. ne '']">
        <fo:inline font-style="italic"><xsl:value-of select="."/></fo:inline><xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:apply-templates mode="tkfo:text"/>
    </xsl:for-each>
  </xsl:template>

  <!-- lemma] : the shown text, shortened to its first and last words when long -->
  <xsl:template name="tkfo:lemma">
    <xsl:param name="shown" as="element()"/>
    <xsl:value-of select="tk:quoted-lemma(tk:reading-text($shown))"/>
    <xsl:call-template name="tkfo:reading-sigla"><xsl:with-param name="reading" select="$shown"/></xsl:call-template>
    <!-- a reading that stands as the lemma (an entry without lem) keeps its note ("ΟΥΛΙΟΣ [Manganaro]") -->
    <xsl:apply-templates select="$shown/self::tei:rdg/tei:note" mode="tkfo:text"/>
    <xsl:text>] </xsl:text>
  </xsl:template>

  <!-- " A B ed." in italics: the witnesses of a reading and who is responsible for it. -->
  <xsl:template name="tkfo:reading-sigla">
    <xsl:param name="reading" as="element()" select="."/>
    <xsl:variable name="sigla" select="tk:reading-sigla($reading)"/>
    <xsl:if test="$sigla ne ''">
      <fo:inline font-style="italic"><xsl:text> </xsl:text><xsl:value-of select="$sigla"/></fo:inline>
    </xsl:if>
  </xsl:template>

  <!-- The key to the document's sigla, before its text and so before every apparatus note:
       each witness and hand, its siglum in italics as the apparatus sets it, then what it is. -->
  <xsl:template name="tkfo:sigla-key">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="key" select="tk:sigla-key($doc)"/>
    <xsl:if test="exists($key)">
      <fo:block font-size="8.5pt" line-height="1.3" space-after="6mm" role="Note">
        <fo:block font-weight="bold" keep-with-next.within-page="always"><xsl:value-of select="tk:label('sigla')"/></fo:block>
        <xsl:for-each select="$key">
          <fo:block start-indent="6mm" text-indent="-6mm">
            <fo:inline font-style="italic"><xsl:value-of select="?siglum"/></fo:inline>
            <xsl:if test="?description ne ''"><xsl:text>  </xsl:text><xsl:value-of select="?description"/></xsl:if>
          </fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tkfo:reading">
    <xsl:param name="addition" as="xs:boolean" select="false()"/>
    <!-- the reading's own content (its text as the reading text reads it decides whether it is empty) -->
    <xsl:variable name="text" select="tk:reading-text(node())"/>
    <xsl:choose>
      <xsl:when test="$text ne ''"><xsl:apply-templates mode="tkfo:text"/></xsl:when>
      <xsl:when test="tei:witStart">incipit</xsl:when>
      <xsl:when test="tei:witEnd">desinit</xsl:when>
      <xsl:when test="tei:lacunaStart">lacuna incipit</xsl:when>
      <xsl:when test="tei:lacunaEnd">lacuna desinit</xsl:when>
      <xsl:otherwise>om.</xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$addition and $text ne ''">
      <fo:inline font-style="italic"><xsl:value-of select="' ' || tk:label('added-abbr')"/></fo:inline>
    </xsl:if>
    <xsl:call-template name="tkfo:reading-sigla"/>
  </xsl:template>

  <!-- An editorial correction: the corrected text in the line, the transmitted one in the apparatus. -->
  <xsl:template match="tei:choice[tei:sic and tei:corr]" mode="tkfo:text">
    <xsl:apply-templates select="tei:corr[1]/node()" mode="tkfo:text"/>
    <xsl:if test="tkfo:is-footnote(.)">
      <xsl:call-template name="tkfo:footnote">
        <xsl:with-param name="mark" select="tkfo:mark(.)"/>
        <xsl:with-param name="apparatus" select="true()"/>
        <xsl:with-param name="body">
          <xsl:call-template name="tkfo:correction-entry"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "corrected] transmitted source; corr. ed.": a correction as an entry of the apparatus. -->
  <xsl:template name="tkfo:correction-entry">
    <xsl:value-of select="tk:reading-text(tei:corr[1])"/>
    <xsl:text>] </xsl:text>
    <xsl:apply-templates select="tei:sic[1]/node()" mode="tkfo:text"/>
    <fo:inline font-style="italic"> source<xsl:for-each select="tk:responsibility(tei:corr[1])[. ne '']">; corr. <xsl:value-of select="."/></xsl:for-each></fo:inline>
  </xsl:template>

  <!-- A footnote and its mark in the line (none when $anchored is false: a nested entry's mark
       stands in its footnote's reading); then the footnotes of the entries nested in it. -->
  <xsl:template name="tkfo:footnote">
    <xsl:param name="mark" as="xs:string"/>
    <xsl:param name="body" as="item()*"/>
    <xsl:param name="apparatus" as="xs:boolean" select="false()"/>
    <xsl:param name="anchored" as="xs:boolean" select="true()"/>
    <fo:footnote>
      <xsl:choose>
        <xsl:when test="$anchored">
          <xsl:call-template name="tkfo:footnote-mark">
            <xsl:with-param name="mark" select="$mark"/>
            <xsl:with-param name="apparatus" select="$apparatus"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><fo:inline/></xsl:otherwise>
      </xsl:choose>
      <fo:footnote-body>
        <xsl:call-template name="tkfo:footnote-block">
          <xsl:with-param name="content" as="item()*">
            <fo:inline font-style="{if ($apparatus) then 'italic' else 'normal'}" font-size="6.5pt"
                baseline-shift="super"><xsl:value-of select="$mark"/></fo:inline>
            <xsl:text> </xsl:text>
            <xsl:sequence select="$body"/>
          </xsl:with-param>
        </xsl:call-template>
      </fo:footnote-body>
    </fo:footnote>
    <xsl:if test="$anchored">
      <xsl:call-template name="tkfo:nested-apparatus"/>
    </xsl:if>
  </xsl:template>

  <!-- The block of a footnote's body, in the footnotes' face whatever the text around its anchor. -->
  <xsl:template name="tkfo:footnote-block">
    <xsl:param name="content" as="item()*"/>
    <fo:block font-size="8pt" line-height="1.3" start-indent="0pt" end-indent="0pt" text-indent="0pt"
        text-align="start" font-weight="normal" font-style="normal" color="black" space-before="1pt"
        text-decoration="none" letter-spacing="normal" role="Note">
      <xsl:sequence select="$content"/>
    </fo:block>
  </xsl:template>

  <!-- A footnote's mark: superscript, italic for the apparatus's letters. -->
  <xsl:template name="tkfo:footnote-mark">
    <xsl:param name="mark" as="xs:string"/>
    <xsl:param name="apparatus" as="xs:boolean"/>
    <fo:inline baseline-shift="super" font-size="6.5pt" font-style="{if ($apparatus) then 'italic' else 'normal'}"
        font-weight="normal"><xsl:call-template name="tkfo:anchor"/><xsl:value-of select="tkfo:mark-prefix(.) || $mark"/></fo:inline>
  </xsl:template>
</xsl:stylesheet>
