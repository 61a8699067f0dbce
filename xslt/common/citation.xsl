<?xml version="1.0" encoding="UTF-8"?>
<!--
  Citation structure: what a reader needs to cite a place in the text, decided once for web and
  print. Plain strings and source elements only; each edition sets them its own way.
  - a division's number (@n of an EpiDoc/PTA textpart, a chapter, a document) and its label
    ("Section 12", "Face a");
  - a page break's label with the siglum of the edition or witness it belongs to (@edRef, @ed),
    and which page breaks stand at one point of the text (they are shown together, stacked);
  - which line numbers (lb/@n) are shown: every fifth, as epigraphic editions print them;
  - a canonical reference (@cRef) in a readable form ("Ps 117:22") and the address the document's
    refsDecl gives it; the source a quotation names (@source).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!--
    The number of a division that the reader is not already shown by its head: its @n when that
    is a citation number (letters, digits, '.', '-'; not a URN such as PTA's edition div carries),
    unless one of the first words of its head is that number ("1. Editorial Note", FRUS's
    "No. 1.Mr. Seat to ..." for n="1").
  -->
  <xsl:function name="tk:section-number" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="n" select="normalize-space($div/@n)"/>
    <!-- the pieces of the head's first three words: "No. 1.Mr. Seat" gives no, 1, mr, seat -->
    <xsl:variable name="head-words" select="tokenize(lower-case(string-join(
        tokenize(tk:text($div/tei:head[1]))[position() le 3], ' ')), '[^\p{L}\p{N}]+')"/>
    <xsl:if test="exists(tk:citable-number($n)) and not(lower-case($n) = $head-words)">
      <xsl:sequence select="$n"/>
    </xsl:if>
  </xsl:function>

  <!-- An @n that reads as a number a reader cites ("12", "3r", "IV.2"), not an identifier (a URN,
       words with spaces): the value, else nothing. -->
  <xsl:function name="tk:citable-number" as="xs:string?">
    <xsl:param name="n" as="xs:string?"/>
    <xsl:sequence select="normalize-space($n)[matches(., '^[\p{L}\p{N}][\p{L}\p{N}.\-–]{0,15}$')]"/>
  </xsl:function>

  <!--
    The label of a numbered division: the kind of part it is (its subtype, else its type unless
    that says nothing about the part: textpart, edition, ...), then its number: "Section 12",
    "Face a", "Fragment 1" (subtype fragment-physical), "Document 5"; the number alone when
    neither names a kind.
  -->
  <xsl:function name="tk:section-label" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:for-each select="tk:section-number($div)">
      <xsl:variable name="kind" select="($div/@subtype, $div/@type[not(. = ('textpart', 'edition', 'translation',
          'commentary', 'apparatus', 'bibliography', 'div'))])[normalize-space()][1]"/>
      <xsl:variable name="word" select="$kind ! replace(lower-case(normalize-space(.)), '[\-_\s].*$', '')"/>
      <xsl:sequence select="string-join((tk:part-name($word), .), ' ')"/>
    </xsl:for-each>
  </xsl:function>

  <!-- "Section" for section: the interface word when there is one, else the encoder's, capitalised. -->
  <xsl:function name="tk:part-name" as="xs:string?">
    <xsl:param name="word" as="xs:string?"/>
    <xsl:sequence select="if (empty($word) or $word = '') then ()
        else if (map:contains($tk:labels('en'), 'part-' || $word)) then tk:label('part-' || $word)
        else upper-case(substring($word, 1, 1)) || substring($word, 2)"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The siglum of the edition or witness whose page a break marks (@edRef, @ed), if it names one. -->
  <xsl:function name="tk:page-edition" as="xs:string?">
    <xsl:param name="pb" as="element()"/>
    <xsl:variable name="sigla" select="tk:sigla(($pb/@edRef, $pb/@ed))"/>
    <xsl:sequence select="$sigla[. ne '']"/>
  </xsl:function>

  <!--
    The label of a milestone with a number, which both editions set in the margin where it
    stands, as a page break's: its unit as a word and its number ("Face b", "Chapter 3": PTA's
    unit SyrChapter is the last word of the compound, a chapter), after the siglum of the edition
    it belongs to when @edRef or @ed names a witness. None without a number (a section break
    drawn as a rule or stars).
  -->
  <xsl:function name="tk:milestone-label" as="xs:string?">
    <xsl:param name="milestone" as="element()"/>
    <xsl:variable name="n" select="normalize-space($milestone/@n)"/>
    <xsl:variable name="unit" select="normalize-space($milestone/@unit)"/>
    <xsl:variable name="word" select="lower-case(if (matches($unit, '[a-z][A-Z]'))
        then replace($unit, '^.*[a-z]([A-Z][A-Za-z]*)$', '$1') else $unit)"/>
    <xsl:if test="$n ne ''">
      <xsl:sequence select="string-join((tk:page-edition($milestone), tk:part-name($word), $n), ' ')"/>
    </xsl:if>
  </xsl:function>

  <!--
    The label of a page break: "p. 12", "f. 3r", or @n as written; with the siglum of its edition
    or witness before it, the number as that edition gives it: "Migne 4". Empty when the break
    has no number.
  -->
  <xsl:function name="tk:page-label" as="xs:string">
    <xsl:param name="pb" as="element()"/>
    <xsl:variable name="n" select="normalize-space($pb/@n)"/>
    <xsl:variable name="edition" select="tk:page-edition($pb)"/>
    <xsl:sequence select="if ($n = '') then string($edition)
        else if (exists($edition)) then $edition || ' ' || $n
        else if (matches($n, '^\d+[rv]$')) then tk:label-with('folio-label', $n)
        else if (matches($n, '^\d+$')) then tk:label-with('page-label', $n) else $n"/>
  </xsl:function>

  <!--
    The page breaks that stand at one point with this one: it and the breaks right after it with
    nothing but white space between (two editions' pages beginning at the same word). Empty for
    a break that follows another such: the first of the run stands for all.
  -->
  <xsl:function name="tk:page-breaks-at" as="element()*">
    <xsl:param name="pb" as="element()"/>
    <xsl:if test="not(tk:follows-break($pb))">
      <xsl:iterate select="$pb, $pb/following-sibling::node()">
        <xsl:choose>
          <xsl:when test=". is $pb or self::tei:pb"><xsl:sequence select="."/></xsl:when>
          <xsl:when test="self::text() and not(normalize-space())"/>
          <xsl:otherwise><xsl:break/></xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:if>
  </xsl:function>

  <!-- True when a page break comes right after another, with only white space between. -->
  <xsl:function name="tk:follows-break" as="xs:boolean">
    <xsl:param name="pb" as="element()"/>
    <xsl:sequence select="exists($pb/preceding-sibling::node()[self::* or normalize-space()][1][self::tei:pb])"/>
  </xsl:function>

  <!--
    The number of a line break or verse line that is shown: every fifth line (n a multiple of 5), as
    epigraphic and critical editions print them, and a number that is not a plain count
    ("10a", "3'"): the reader needs it to find the place. None for the other lines.
  -->
  <xsl:function name="tk:line-number" as="xs:string?">
    <xsl:param name="lb" as="element()"/>
    <xsl:variable name="n" select="normalize-space($lb/@n)"/>
    <xsl:sequence select="if ($n = '') then ()
        else if ($n castable as xs:integer) then $n[xs:integer(.) mod 5 = 0]
        else $n"/>
  </xsl:function>

  <!--
    A canonical reference (@cRef) as a reader cites it: "LXX:Ps:117:22" (version, book, chapter,
    verse, as PTA declares its biblical scheme) is "Ps 117:22", "NA:Heb:9:23–10:1" is
    "Heb 9:23–10:1"; a URN or a reference of one or two parts as written.
  -->
  <xsl:function name="tk:cref-label" as="xs:string">
    <xsl:param name="cref" as="xs:string"/>
    <xsl:variable name="parts" select="tokenize(normalize-space($cref), ':')"/>
    <xsl:sequence select="if (starts-with(lower-case($cref), 'urn:') or count($parts) lt 3) then normalize-space($cref)
        else $parts[2] || ' ' || string-join(subsequence($parts, 3), ':')"/>
  </xsl:function>

  <!--
    The address a reference's @cRef stands for, by the first cRefPattern of its refsDecl (the one
    @decls names, else the document's) whose matchPattern matches it whole; only an http(s)
    address. None when no pattern applies or the pattern is no valid regular expression.
  -->
  <xsl:function name="tk:cref-target" as="xs:string?">
    <xsl:param name="ref" as="element()"/>
    <xsl:variable name="cref" select="normalize-space($ref/@cRef)"/>
    <xsl:variable name="decls" select="tokenize(normalize-space($ref/@decls))[starts-with(., '#')] ! substring(., 2)"/>
    <xsl:variable name="all" select="root($ref)//tei:encodingDesc/tei:refsDecl"/>
    <xsl:variable name="patterns" select="(if (exists($decls)) then $all[@xml:id = $decls] else $all)/tei:cRefPattern"/>
    <xsl:variable name="targets" as="xs:string*">
      <xsl:for-each select="$patterns">
        <xsl:try>
          <xsl:if test="matches($cref, '^(' || @matchPattern || ')$')">
            <xsl:sequence select="replace($cref, '^' || @matchPattern || '$', @replacementPattern)"/>
          </xsl:if>
          <xsl:catch/>
        </xsl:try>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="$targets[1][matches(., '^https?://')][tk:safe-uri(.)]"/>
  </xsl:function>

  <!--
    The source a quotation names in @source: a bibl (or anything) of the document or edition it
    points to, by its text when short, else its siglum; an address as written; another token
    as written, with '_' read as a space (PTA's "Authorabbrev_Workabbrev_Location").
  -->
  <xsl:function name="tk:quotation-source" as="xs:string?">
    <xsl:param name="quote" as="element()"/>
    <xsl:variable name="sources" as="xs:string*">
      <xsl:for-each select="tokenize(normalize-space($quote/@source))">
        <xsl:variable name="pointed" select="if (starts-with(., '#')) then tk:pointed(., $quote) else ()"/>
        <xsl:variable name="text" select="tk:text($pointed)"/>
        <xsl:sequence select="if (exists($pointed) and count(tokenize($text)) le 12) then $text
            else if (exists($pointed)) then tk:siglum-of($pointed)
            else if (matches(., '^https?://')) then .
            else translate(replace(., '^#', ''), '_', ' ')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="string-join($sources[. ne ''], '; ')[. ne '']"/>
  </xsl:function>
</xsl:stylesheet>
