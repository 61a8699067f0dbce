<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sigla: what a reader sees for a @wit, @hand or @resp pointer, web and print alike. A pointer
  resolves as names do ('#id' in the document, 'edition.xml#id', a prefixDef) to the element it
  names; the reader sees that element's siglum, never its id:
  - a witness: its @n, else its abbr, else its description when that is short;
  - a hand (handNote): its @n, else its @scribe, else its description when that is short;
  - a person or body responsible (@resp): its @n, else its abbr, "ed." when it is the edition's
    own editor (named in titleStmt or editionStmt), else its surname, else its name when that is
    short; a work (bibl) cited as responsible: its abbr, else its first author's surname;
  - else, for a witness or hand, a siglum numbered by position ("witness 2", "hand 2"), which the
    sigla key (tk:sigla-key) explains.
  A pointer that names nothing declared shows as written ("#A" is the siglum A), and so does one
  to a person with a name longer than a siglum and no @n: there is nothing shorter to show.
  A '#id' the document does not declare names what edition.xml declares under that id: an
  edition declares once the hands, witnesses and editors its documents share.
  A bare name with no '#' ("Schroeder") is read as '#Schroeder'.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- A description longer than this many words is no siglum. -->
  <xsl:variable name="tk:siglum-words" as="xs:integer" select="4"/>

  <!-- The element a pointer met at $context names, in the document or edition.xml, if declared. -->
  <xsl:function name="tk:pointed" as="element()?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="key" select="tk:resolve-pointer($pointer, $context, 0)"/>
    <xsl:variable name="file" select="substring-before($key, '#')"/>
    <xsl:variable name="id" select="substring-after($key, '#')"/>
    <!-- a bare name ("Schroeder", "m1"), as some PTA texts write @resp and @hand, is read as '#name' -->
    <xsl:sequence select="
        if (empty($key) and $pointer castable as xs:NCName) then tk:pointed('#' || $pointer, $context)
        else if ($id = '') then ()
        else if ($file = ('', tk:document-name($context))) then (key('tk:xml-id', $id, $context/root())[1],
            $tk:edition[starts-with($pointer, '#')] ! key('tk:xml-id', $id, .)[1])[1]
        else if ($file = 'edition.xml' and exists($tk:edition)) then key('tk:xml-id', $id, $tk:edition)[1]
        else ()"/>
  </xsl:function>

  <!-- The siglum of one pointer. -->
  <xsl:function name="tk:siglum" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="target" select="tk:pointed($pointer, $context)"/>
    <xsl:sequence select="if (exists($target)) then tk:siglum-of($target)
        else replace($pointer, '^.*[#:]', '')"/>
  </xsl:function>

  <!-- The siglum of a declared witness, hand or person responsible. -->
  <xsl:function name="tk:siglum-of" as="xs:string">
    <xsl:param name="target" as="element()"/>
    <!-- a short description tells the element from its fellows only when none of them has it too
         (I.Sicily's hands are each described "Line 1") -->
    <xsl:variable name="fellows" select="$target/(preceding-sibling::* | following-sibling::*)[node-name() eq node-name($target)]"/>
    <xsl:variable name="short" select="tk:text($target)[count(tokenize(.)) le $tk:siglum-words]
        [not(. = $fellows ! tk:text(.))]"/>
    <xsl:variable name="kind" select="if ($target/self::tei:handNote) then 'hand'
        else if ($target/self::tei:witness) then 'witness' else ()"/>
    <xsl:sequence select="(
        $target/@n, $target/tei:abbr[1], $target/self::tei:handNote/@scribe,
        tk:label('ed')[tk:is-editor($target)],
        tk:surname($target),
        $short,
        $kind ! (tk:label(.) || ' ' || count($target/preceding-sibling::*[node-name() eq node-name($target)]) + 1),
        $target/@xml:id)[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!-- The surname a person or a work is cited by in an apparatus ("Schröder", "Papadopoulos-Kerameus"):
       a person's, or a bibliographic entry's first author's or editor's. -->
  <xsl:function name="tk:surname" as="xs:string?">
    <xsl:param name="target" as="element()"/>
    <xsl:sequence select="($target/self::tei:person/tei:persName[1], $target/self::tei:persName,
        $target/(self::tei:bibl | self::tei:biblStruct)/(descendant::tei:author | descendant::tei:editor)[1])
        /descendant::tei:surname[1]"/>
  </xsl:function>

  <!--
    Whether a person or body is the edition's own editor: an editor or principal of titleStmt or
    editionStmt, or named there in a respStmt that is not a translator's (its resp begins
    "Translated", "Translation", "Translator").
  -->
  <xsl:function name="tk:is-editor" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="statement" select="$e/ancestor::*[self::tei:titleStmt or self::tei:editionStmt]"/>
    <xsl:sequence select="exists($statement) and exists($e/ancestor-or-self::*[self::tei:editor
        or self::tei:principal or self::tei:respStmt[not(matches(string(tei:resp[1]), '^\s*transl', 'i'))]])"/>
  </xsl:function>

  <!-- The sigla of pointer lists ("#A #B", "#ed"), as tk:sigla-list joins them. -->
  <xsl:function name="tk:sigla" as="xs:string">
    <xsl:param name="pointers" as="attribute()*"/>
    <xsl:sequence select="tk:sigla-list(tk:pointer-sigla($pointers))"/>
  </xsl:function>

  <!-- The siglum of each pointer in pointer lists, in order. -->
  <xsl:function name="tk:pointer-sigla" as="xs:string*">
    <xsl:param name="pointers" as="attribute()*"/>
    <xsl:sequence select="(for $p in $pointers, $t in tokenize(normalize-space($p)) return tk:siglum($t, $p/..))[. ne '']"/>
  </xsl:function>

  <!-- "A B", or "C, ed. pr." when a siglum has a space in it and spaces no longer tell them apart. -->
  <xsl:function name="tk:sigla-list" as="xs:string">
    <xsl:param name="sigla" as="xs:string*"/>
    <xsl:sequence select="string-join($sigla, if (some $s in $sigla satisfies contains($s, ' ')) then ', ' else ' ')"/>
  </xsl:function>

  <!-- The sigla an apparatus reading carries: its witnesses, then who is responsible for it
       (tk:responsible: its hand, its @resp, "ed." for an emendation). -->
  <xsl:function name="tk:reading-sigla" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="tk:sigla-list((tk:pointer-sigla($reading/@wit), tk:responsible($reading)))"/>
  </xsl:function>

  <!-- A hand's description for a tooltip or key: "hand 2: The hand that wrote …". -->
  <xsl:function name="tk:hand-description" as="xs:string">
    <xsl:param name="pointer" as="attribute()"/>
    <xsl:variable name="hand" select="tk:pointed(normalize-space($pointer), $pointer/..)"/>
    <xsl:variable name="siglum" select="tk:sigla($pointer)"/>
    <xsl:sequence select="string-join((tk:hand-name($siglum), tk:text($hand)[. ne '' and . ne $siglum]), ': ')"/>
  </xsl:function>

  <!-- "hand A" for the siglum A; "hand 2" stays as it is. -->
  <xsl:function name="tk:hand-name" as="xs:string">
    <xsl:param name="siglum" as="xs:string"/>
    <xsl:variable name="hand" select="tk:label('hand') || ' '"/>
    <xsl:sequence select="if (starts-with($siglum, $hand)) then $siglum else $hand || $siglum"/>
  </xsl:function>

  <!--
    The key to the sigla a document uses: each witness of its listWit and each hand of its
    handDesc, in document order, then the witnesses and hands declared elsewhere (edition.xml)
    its text cites (@wit, @hand, a handShift's @new);
    as map { 'kind': 'witness' or 'hand', 'siglum', 'description' }, a hand's siglum named as
    one ("hand A", lest it read as the witness A). The description is the element's text
    without the abbr that gave the siglum and without the witnesses of a group (they have
    entries of their own); none when the text is the siglum itself.
  -->
  <xsl:function name="tk:sigla-key" as="map(xs:string, xs:string)*">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="own" select="$root//tei:teiHeader//(tei:listWit//tei:witness | tei:handDesc/tei:handNote)"/>
    <xsl:variable name="shared" select="(for $w in $root//tei:text//(@wit | @hand | tei:handShift/@new),
        $p in tokenize(normalize-space($w))
        return tk:pointed($p, $w/..)[not(root(.) is $root)]) / ."/>
    <xsl:for-each select="$own, $shared">
      <xsl:variable name="siglum" select="tk:siglum-of(.)"/>
      <xsl:variable name="text" select="normalize-space(string-join(
          ((text() | *) except (tei:abbr[1][empty(current()/@n)], tei:listWit)) ! string(.)))"/>
      <xsl:sequence select="map {
          'kind': if (self::tei:handNote) then 'hand' else 'witness',
          'siglum': if (self::tei:handNote) then tk:hand-name($siglum) else $siglum,
          'description': if ($text eq $siglum) then '' else $text }"/>
    </xsl:for-each>
  </xsl:function>
</xsl:stylesheet>
