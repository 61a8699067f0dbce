<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which reading shows. In a choice the editor's reading (corr, reg, expan) is the reading text,
  the transmitted one (sic, orig, abbr) stays reachable. In an app the lemma is the reading text;
  without a lem, the first rdg.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- The child of a choice that is the reading text. -->
  <xsl:function name="tk:editorial-reading" as="element()?">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="($choice/tei:corr, $choice/tei:reg, $choice/tei:expan, $choice/tei:seg,
        $choice/*)[1]"/>
  </xsl:function>

  <!-- The children of a choice that the transmitted text has (sic, orig, abbr). -->
  <xsl:function name="tk:transmitted-readings" as="element()*">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="$choice/* except tk:editorial-reading($choice)"/>
  </xsl:function>

  <!-- The reading of an apparatus entry that stands in the text. -->
  <xsl:function name="tk:lemma" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="($app/tei:lem, $app/tei:rdgGrp//tei:lem, $app/tei:rdg, $app/tei:rdgGrp//tei:rdg)[1]"/>
  </xsl:function>

  <!--
    True when the lemma is empty (no text, no element): the other readings are additions, which an
    apparatus gives as "text add. witnesses", with no "]" after nothing.
  -->
  <xsl:function name="tk:empty-lemma" as="xs:boolean">
    <xsl:param name="lemma" as="element()?"/>
    <xsl:sequence select="exists($lemma) and empty($lemma/node()[self::* or normalize-space()])"/>
  </xsl:function>

  <!--
    A lemma's text as an apparatus entry quotes it, web and print alike: a long one by its first
    and last two words ("καὶ παρέδωκε … διαθήκην, ἵνα").
  -->
  <xsl:function name="tk:quoted-lemma" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="words" select="tokenize($text)"/>
    <xsl:sequence select="if (count($words) gt 6) then string-join($words[position() le 2], ' ') || ' … '
        || string-join($words[position() ge last() - 1], ' ') else string-join($words, ' ')"/>
  </xsl:function>

  <!-- The other readings of an apparatus entry. -->
  <xsl:function name="tk:variants" as="element()*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="($app/tei:rdg, $app/tei:rdgGrp//tei:rdg) except tk:lemma($app)"/>
  </xsl:function>

  <!--
    The reading text as plain text: the editorial reading of each choice, the lemma of each
    apparatus entry, no notes; whitespace normalised. For summaries, titles, search.
  -->
  <xsl:function name="tk:reading-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="tk:reading-text"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <xsl:mode name="tk:reading-text" on-no-match="shallow-skip"/>
  <xsl:template match="text()" mode="tk:reading-text"><xsl:sequence select="string(.)"/></xsl:template>
  <xsl:template match="tei:note | tei:witDetail" mode="tk:reading-text"/>
  <!-- a line break divides words unless it says it does not -->
  <xsl:template match="tei:lb[not(@break = ('no', 'false'))] | tei:cb[not(@break = ('no', 'false'))]" mode="tk:reading-text">
    <xsl:sequence select="' '"/>
  </xsl:template>
  <xsl:template match="tei:choice" mode="tk:reading-text">
    <xsl:apply-templates select="tk:editorial-reading(.)" mode="tk:reading-text"/>
  </xsl:template>
  <xsl:template match="tei:app" mode="tk:reading-text">
    <xsl:apply-templates select="tk:lemma(.)" mode="tk:reading-text"/>
  </xsl:template>

  <!--
    Whether a node inside $within belongs to its reading text: in no note, in an apparatus entry
    only inside its lemma, in a choice only inside its editorial reading (not the white space
    between their readings either). For the words around a name, which must read as the text
    does, not as its lemma and variants run together.
  -->
  <xsl:function name="tk:in-reading-text" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="within" as="element()"/>
    <xsl:sequence select="empty($node/parent::*[self::tei:app or self::tei:rdgGrp or self::tei:choice])
        and empty($node/ancestor::*[. >> $within][self::tei:note
        or ((parent::tei:app or parent::tei:rdgGrp)
            and empty(descendant-or-self::* intersect tk:lemma(ancestor::tei:app[1])))
        or (parent::tei:choice and not(. is tk:editorial-reading(parent::tei:choice)))])"/>
  </xsl:function>

  <!--
    The text of the readings that do not stand in the reading text of $e (variants, transmitted
    readings), notes left out: searchable, though not shown.
  -->
  <xsl:function name="tk:other-readings-text" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space(string-join(
        ($e//tei:app ! tk:variants(.), $e//tei:choice ! tk:transmitted-readings(.))
        ! (.//text()[not(ancestor::tei:note)] ! string(.)), ' '))"/>
  </xsl:function>
</xsl:stylesheet>
