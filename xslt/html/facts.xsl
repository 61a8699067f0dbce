<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a document contributes to the edition-wide pages, returned after its pages: its facts
  (its entry for the home page, the entities it declares, every mention of an entity with a few
  words of context), then its text in segments for the search index.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    exclude-result-prefixes="#all">

  <xsl:template name="tk:facts">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="texts" as="element()*"/>
    <xsl:param name="title" as="xs:string"/>
    <tk:facts name="{$tk:name}" href="{$tk:doc-href}" title="{$title}" short="{tk:short-title($tei)}"
        conventions="{tk:conventions(root($tei))}">
      <xsl:for-each select="tk:date-line-iso($tei)">
        <xsl:attribute name="date" select="."/>
      </xsl:for-each>
      <xsl:for-each select="tk:date-line($tei)">
        <xsl:attribute name="date-text" select="."/>
      </xsl:for-each>
      <xsl:variable name="unrendered" select="tk:unrendered($tei)"/>
      <xsl:for-each select="sort(map:keys($unrendered))">
        <tk:unrendered name="{.}" count="{$unrendered(.)}"/>
      </xsl:for-each>
      <xsl:for-each select="tk:summary($tei)">
        <tk:summary><xsl:value-of select="tk:reading-text(.)"/></tk:summary>
      </xsl:for-each>
      <!-- the people responsible, for the home page of an edition that is this one document -->
      <xsl:for-each select="tk:people($tei)">
        <tk:people-line><xsl:value-of select="tk:people-line(.)"/></tk:people-line>
      </xsl:for-each>
      <!-- the parts search results and index mentions name, numbered from 1 in @part -->
      <xsl:for-each select="$tk:labelled">
        <tk:part n="{position()}" number="{tk:part-number(.)}" line="{tk:part-line(.)}" href="{tkh:part-address(.)}"
            date="{tk:part-date(.)}" document="{tk:is-part(.)}"/>
      </xsl:for-each>
      <xsl:for-each select="$texts//*[tk:declares-entity(.)][not(ancestor::*[self::tei:person or self::tei:place or self::tei:org])]">
        <tk:entity key="{$tk:document-name}#{@xml:id}" type="{tk:entity-type(.)}"
            anchor="{tkh:entity-anchor($tk:document-name || '#' || @xml:id)}" name="{tk:entity-name(.)}"
            listed="{exists(ancestor::tei:listPerson | ancestor::tei:listPlace | ancestor::tei:listOrg
                | ancestor::tei:list)}">
          <xsl:for-each select="tk:entity-names(.)[position() gt 1]">
            <tk:variant><xsl:value-of select="."/></tk:variant>
          </xsl:for-each>
          <xsl:variable name="item" select="ancestor::tei:item[1]"/>
          <xsl:if test="$item">
            <tk:desc><xsl:value-of select="replace(substring-after(tk:text($item), tk:text(.)), '^[\s,;:]+', '')"/></tk:desc>
          </xsl:if>
          <xsl:copy-of select="self::tei:person | self::tei:place | self::tei:org"/>
        </tk:entity>
      </xsl:for-each>
      <xsl:for-each select="$texts//(tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs
          | tei:geogName | tei:settlement | tei:country)[@ref or @corresp]">
        <xsl:variable name="name" select="."/>
        <!-- the nearest block: [1] on the ancestor step itself counts outwards (a name in a note
             in a paragraph reads among the note's words, not the paragraph's) -->
        <xsl:variable name="block" select="(ancestor::*[self::tei:note or tk:is-text-block(.)][1], ..)[1]"/>
        <xsl:variable name="before" select="tkh:text-before(., $block)"/>
        <xsl:variable name="after" select="tkh:text-after(., $block)"/>
        <xsl:variable name="part" select="tkh:labelled-part($name)"/>
        <xsl:for-each select="tk:entity-keys(.)">
          <tk:mention key="{.}" doc="{$tk:name}" part="{$part}" type="{tk:mention-type($name, .)}" href="{tkh:page-of($name)}#{tk:id($name)}"
              lang="{tkh:lang($name)}"
              before="{tkh:last-words(string-join($before), 8)}"
              before-space="{tkh:ends-in-space(string-join($before[last()]))}"
              text="{tk:text($name)}"
              after="{tkh:first-words(string-join($after), 8)}"
              after-space="{tkh:starts-with-space(string-join($after[1]))}"/>
        </xsl:for-each>
      </xsl:for-each>
    </tk:facts>
  </xsl:template>

  <!--
    The document's text in segments, for the search index only: apart from the facts, so that
    the edition-wide pages, which the facts make, can be reused when only the text changed.
  -->
  <xsl:template name="tk:search-segments">
    <xsl:param name="texts" as="element()*"/>
    <tk:segments name="{$tk:name}">
      <xsl:for-each select="$texts">
        <xsl:apply-templates select="." mode="tk:segments">
          <xsl:with-param name="tk:seg-lang" select="tkh:search-lang(.)" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </tk:segments>
  </xsl:template>

  <!--
    The language a segment's words are stemmed in: the nearest xml:lang; for text that declares
    none (FRUS declares none anywhere), the document's original language, else English, the
    language the pages themselves declare (html/@lang).
  -->
  <xsl:function name="tkh:search-lang" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="(tkh:lang($e), tk:original-language(root($e)/*), 'en')[1]"/>
  </xsl:function>

  <!--
    Search segments: the outermost blocks (p, head, item, ...) with their text, notes left out;
    each note is a segment of its own (or holds segments, when it has paragraphs).
  -->
  <xsl:mode name="tk:segments" on-no-match="shallow-skip"/>

  <!-- The language and the page are passed down rather than looked up for every segment. -->
  <xsl:template match="*[@xml:lang]" mode="tk:segments" priority="-0.5">
    <xsl:param name="tk:page" as="xs:string" select="$tk:doc-href" tunnel="yes"/>
    <xsl:param name="tk:part" as="xs:integer?" select="()" tunnel="yes"/>
    <xsl:apply-templates mode="tk:segments">
      <xsl:with-param name="tk:seg-lang" select="string(@xml:lang)" tunnel="yes"/>
      <xsl:with-param name="tk:page" select="if (self::tei:div and tkh:is-chunk(.)) then tkh:page-of(.) else $tk:page" tunnel="yes"/>
      <xsl:with-param name="tk:part" select="(self::tei:div ! $tk:labelled-index(generate-id(.)), $tk:part)[1]" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="tei:div[not(@xml:lang)]" mode="tk:segments">
    <xsl:param name="tk:page" as="xs:string" select="$tk:doc-href" tunnel="yes"/>
    <xsl:param name="tk:part" as="xs:integer?" select="()" tunnel="yes"/>
    <xsl:apply-templates mode="tk:segments">
      <xsl:with-param name="tk:page" select="if (tkh:is-chunk(.)) then tkh:page-of(.) else $tk:page" tunnel="yes"/>
      <xsl:with-param name="tk:part" select="($tk:labelled-index(generate-id(.)), $tk:part)[1]" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="*[tk:is-text-block(.)]" mode="tk:segments">
    <xsl:param name="tk:seg-lang" as="xs:string" select="''" tunnel="yes"/>
    <xsl:param name="tk:page" as="xs:string" select="$tk:doc-href" tunnel="yes"/>
    <xsl:param name="tk:part" as="xs:integer?" select="()" tunnel="yes"/>
    <xsl:variable name="notes" select=".//tei:note"/>
    <!-- shown as the reading text reads; the other readings' words are found too -->
    <xsl:variable name="readings" select="exists(.//(tei:app | tei:choice))"/>
    <xsl:variable name="text" select="if ($readings or exists($notes)) then tk:reading-text(.) else normalize-space(.)"/>
    <xsl:if test="$text">
      <tk:segment href="{$tk:page}#{tk:id(.)}" lang="{(@xml:lang, $tk:seg-lang)[1]}" part="{$tk:part}">
        <!-- a heading's words weigh more in the ranking -->
        <xsl:if test="self::tei:head">
          <xsl:attribute name="head" select="'true'"/>
        </xsl:if>
        <xsl:if test="$readings">
          <xsl:attribute name="variants" select="tk:other-readings-text(.)"/>
        </xsl:if>
        <xsl:value-of select="$text"/>
      </tk:segment>
    </xsl:if>
    <!-- the outermost notes inside the block: an ancestor note after the block is inside it -->
    <xsl:apply-templates select="$notes[not(ancestor::tei:note[. >> current()])]" mode="tk:segments"/>
  </xsl:template>

  <xsl:template match="tei:note[not(.//tei:p)]" mode="tk:segments" priority="1">
    <xsl:variable name="text" select="normalize-space(.)"/>
    <xsl:if test="$text">
      <tk:segment href="{tkh:page-of(.)}#{tk:id(.)}" lang="{tkh:search-lang(.)}" part="{tkh:labelled-part(.)}"><xsl:value-of select="$text"/></tk:segment>
    </xsl:if>
  </xsl:template>


  <!--
    The divisions search results and index mentions name, in document order: the document's
    parts (FRUS's documents) and, in a document split into pages, its chunks that have a heading
    (a volume's preface, a novel's chapters). A node is named by the innermost it is in.
  -->
  <xsl:variable name="tk:labelled" as="element()*" select="tk:parts($tk:source/*) | $tk:chunks[exists(tk:part-heading(.))]"/>

  <!-- generate-id of each labelled division to its number among them, from 1. -->
  <xsl:variable name="tk:labelled-index" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($tk:labelled) return map:entry(generate-id($tk:labelled[$i]), $i))"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <!-- The number (in tk:labelled) of the innermost labelled division a node is in, if any. -->
  <xsl:function name="tkh:labelled-part" as="xs:integer?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor::tei:div ! $tk:labelled-index(generate-id(.)))[last()]"/>
  </xsl:function>

  <!--
    The nearest text nodes before (after) a name inside its block, as the block's reading text
    reads: eight, or up to twenty-four when notes or other readings among the eight are left out.
  -->
  <xsl:function name="tkh:text-before" as="text()*">
    <xsl:param name="name" as="element()"/>
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="near" select="($name/preceding::text()[position() le 8])[. >> $block]"/>
    <xsl:sequence select="if (every $t in $near satisfies tk:in-reading-text($t, $block)) then $near
        else ($name/preceding::text()[position() le 24])[. >> $block][tk:in-reading-text(., $block)]"/>
  </xsl:function>

  <xsl:function name="tkh:text-after" as="text()*">
    <xsl:param name="name" as="element()"/>
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="near" select="($name/following::text()[position() le 8])[ancestor::* intersect $block]"/>
    <xsl:sequence select="if (every $t in $near satisfies tk:in-reading-text($t, $block)) then $near
        else ($name/following::text()[position() le 24])[ancestor::* intersect $block][tk:in-reading-text(., $block)]"/>
  </xsl:function>


  <!--
    Whether a string ends (starts) with whitespace: what matches($s, '\s$') says, without a
    regular expression, which would try every position of a long text node.
  -->
  <xsl:function name="tkh:ends-in-space" as="xs:boolean">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="$s ne '' and normalize-space(substring($s, string-length($s))) eq ''"/>
  </xsl:function>

  <xsl:function name="tkh:starts-with-space" as="xs:boolean">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="$s ne '' and normalize-space(substring($s, 1, 1)) eq ''"/>
  </xsl:function>

  <xsl:function name="tkh:last-words" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="w" select="tokenize(normalize-space(substring($s, string-length($s) - 200)), ' ')"/>
    <xsl:sequence select="string-join($w[position() gt count($w) - $n], ' ')"/>
  </xsl:function>

  <xsl:function name="tkh:first-words" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="string-join(tokenize(normalize-space(substring($s, 1, 200)), ' ')[position() le $n], ' ')"/>
  </xsl:function>
</xsl:stylesheet>
