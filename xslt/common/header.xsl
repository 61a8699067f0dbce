<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a header says to the reader, beyond title and people (metadata.xsl): the dates with their
  kind, the manuscript or object (msDesc), its history, the editorial principles (encodingDesc),
  the rights (availability), participants and languages (profileDesc), the sources as citations,
  and a citation of the document itself. The web's metadata panel and print's front matter both
  list these, in this order and wording.

  Sections are returned as rows: map { 'key': a stable name, 'label': the words a reader sees,
  'values': one string per line }. Every function tolerates headers that say little.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- A row of a header section; none when it has nothing to say. -->
  <xsl:function name="tk:row" as="map(xs:string, item()*)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:variable name="said" select="$values[normalize-space()]"/>
    <xsl:if test="exists($said)">
      <xsl:sequence select="map { 'key': $key, 'label': tk:label($key), 'values': $said }"/>
    </xsl:if>
  </xsl:function>

  <!-- A row as one line: "Written: 28 March 1962", as both editions print it. -->
  <xsl:function name="tk:row-line" as="xs:string">
    <xsl:param name="row" as="map(xs:string, item()*)"/>
    <xsl:sequence select="$row?label || ': ' || string-join($row?values, '; ')"/>
  </xsl:function>

  <!--
    Header prose as plain text: the reading text (editorial readings, no notes), with the
    element, tag and attribute names an editorialDecl cites written as such (<sic>, @when).
  -->
  <xsl:function name="tk:prose" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="tk:prose"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <xsl:mode name="tk:prose" on-no-match="shallow-skip"/>
  <xsl:template match="text()" mode="tk:prose"><xsl:sequence select="string(.)"/></xsl:template>
  <xsl:template match="tei:note | comment() | processing-instruction()" mode="tk:prose"/>
  <xsl:template match="tei:choice" mode="tk:prose">
    <xsl:apply-templates select="tk:editorial-reading(.)" mode="tk:prose"/>
  </xsl:template>
  <xsl:template match="tei:app" mode="tk:prose">
    <xsl:apply-templates select="tk:lemma(.)" mode="tk:prose"/>
  </xsl:template>
  <xsl:template match="tei:gi | tei:tag" mode="tk:prose">
    <xsl:sequence select="'&lt;' || normalize-space(.) || '&gt;'"/>
  </xsl:template>
  <xsl:template match="tei:att" mode="tk:prose"><xsl:sequence select="'@' || normalize-space(.)"/></xsl:template>
  <!-- separate items and paragraphs that a header runs together -->
  <xsl:template match="tei:p | tei:item | tei:ab | tei:lb" mode="tk:prose">
    <xsl:text> </xsl:text><xsl:apply-templates mode="tk:prose"/><xsl:text> </xsl:text>
  </xsl:template>

  <!-- The paragraphs of a header element: its p (or ab, item) each, else its whole text. -->
  <xsl:function name="tk:paragraphs" as="xs:string*">
    <xsl:param name="e" as="element()*"/>
    <xsl:for-each select="$e">
      <xsl:variable name="blocks" select="tei:p | tei:ab | tei:list/tei:item | tei:list/tei:head"/>
      <xsl:sequence select="(if ($blocks) then $blocks else .) ! tk:prose(.)"/>
    </xsl:for-each>
  </xsl:function>

  <!--
    Every date the header gives, with its kind, in this order: 'event' (what the document records
    took place), 'writing' (the document was written: creation, origDate), 'first-edition' and
    'source-edition' (the editions a text was taken from), 'publication' (of this file).
    As map { 'kind', 'label', 'iso' (may be empty), 'text' }, without repeats of a kind and date.
  -->
  <xsl:function name="tk:dates" as="map(xs:string, xs:string)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="h" select="$tei/tei:teiHeader"/>
    <xsl:variable name="source" select="$h/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="dated" as="map(xs:string, item())*" select="(
        $h/tei:profileDesc/tei:creation//(tei:date | tei:origDate) ! map { 'kind': tk:creation-kind(.), 'date': . },
        $source//tei:msDesc//tei:origDate ! map { 'kind': 'writing', 'date': . },
        $h/tei:profileDesc/tei:settingDesc//tei:date ! map { 'kind': 'event', 'date': . },
        $source//(tei:bibl | tei:biblStruct | tei:biblFull)[not(ancestor::tei:msDesc)]
          [not(ancestor::*[self::tei:bibl or self::tei:biblStruct or self::tei:biblFull])]
          ! map { 'kind': if (@type = 'firstEdition') then 'first-edition' else 'source-edition',
                  'date': (.//tei:date)[1] }[exists(?date)],
        $h/tei:fileDesc/tei:publicationStmt/tei:date ! map { 'kind': 'publication', 'date': . })"/>
    <xsl:variable name="all" as="map(xs:string, xs:string)*" select="$dated ! map {
        'kind': ?kind, 'label': tk:label('date-' || ?kind),
        'iso': string(tk:iso-date(?date)), 'text': tk:date-text(?date) }[?text ne '']"/>
    <!-- by kind, in the order listed above; within a kind, as the header gives them -->
    <xsl:for-each-group select="$all" group-by="?kind || ' ' || (?iso[. ne ''], ?text)[1]">
      <xsl:sort select="index-of(('event', 'writing', 'first-edition', 'source-edition', 'publication'), ?kind)"/>
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A creation date's kind: a diary entry, a letter's writing, or (typed otherwise) the event. -->
  <xsl:function name="tk:creation-kind" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="if (empty($date/@type) or $date/self::tei:origDate
        or $date/@type = ('entry', 'writing', 'written', 'composition', 'creation', 'origin', 'dispatch'))
        then 'writing' else 'event'"/>
  </xsl:function>

  <!-- The object: its form, support, extent, condition, layout, hands, decoration, additions. -->
  <xsl:function name="tk:physical-description" as="map(xs:string, item()*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="phys" select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:msDesc[1]/tei:physDesc"/>
    <xsl:variable name="support" select="$phys/tei:objectDesc/tei:supportDesc"/>
    <xsl:sequence select="(
        tk:row('form', $phys/tei:objectDesc/@form ! translate(normalize-space(.), '_-', '  ')),
        tk:row('support', $support/tei:support ! string-join((
            if (tei:p | tei:ab) then (tei:p | tei:ab) ! tk:prose(.) else tk:prose(node() except tei:dimensions),
            tei:dimensions ! tk:dimensions(.))[. ne ''], '; ')),
        tk:row('extent', $support/tei:extent ! string-join((tk:prose(text() | * except tei:dimensions),
            tei:dimensions ! tk:dimensions(.))[. ne ''], '; ')),
        tk:row('condition', tk:paragraphs($support/tei:condition)),
        tk:row('layout', tk:paragraphs($phys/tei:objectDesc/tei:layoutDesc/(tei:summary, tei:p, tei:layout))),
        tk:row('hands', ($phys/tei:handDesc/(tei:summary, tei:p) ! tk:prose(.),
            $phys/tei:handDesc/tei:handNote ! (let $siglum := tk:siglum-of(.)
              return string-join((tk:hand-name($siglum), tk:prose(.)[. ne $siglum]), ': ')))),
        tk:row('decoration', tk:paragraphs($phys/tei:decoDesc/(tei:summary, tei:p, tei:decoNote))),
        tk:row('additions', tk:paragraphs($phys/tei:additions)),
        tk:row('binding', tk:paragraphs($phys/tei:bindingDesc)),
        tk:row('seals', tk:paragraphs($phys/tei:sealDesc)))"/>
  </xsl:function>

  <!-- "17.5 × 29.3 × 1.5-2 cm": the measures of a dimensions element, with their unit. -->
  <xsl:function name="tk:dimensions" as="xs:string">
    <xsl:param name="dim" as="element(tei:dimensions)"/>
    <xsl:variable name="measures" select="$dim/*[normalize-space()]"/>
    <xsl:variable name="unit" select="($dim/@unit, $measures/@unit)[1]"/>
    <xsl:sequence select="if (empty($measures)) then normalize-space($dim)
        else $dim/@type[. ne 'unknown'] ! (translate(., '_-', '  ') || ': ')
          || string-join($measures ! normalize-space(.), ' × ') || $unit ! (' ' || .)"/>
  </xsl:function>

  <!-- Where the object was made and has been since: origin, provenance, acquisition. -->
  <xsl:function name="tk:history" as="map(xs:string, item()*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="history" select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:msDesc[1]/tei:history"/>
    <xsl:sequence select="(
        tk:row('origin', $history/tei:origin ! (if (tei:p) then tk:paragraphs(.)
            else string-join((tei:origPlace ! tk:place-text(.), tei:origDate ! tk:prose(.))[. ne ''], ', '))),
        tk:row('provenance', tk:paragraphs($history/tei:provenance)),
        tk:row('acquisition', tk:paragraphs($history/tei:acquisition)))"/>
  </xsl:function>

  <!-- A place as words: its named parts joined ("Sicilia, Caltanissetta"), without coordinates. -->
  <xsl:function name="tk:place-text" as="xs:string">
    <xsl:param name="place" as="element()"/>
    <xsl:sequence select="if ($place/text()[normalize-space()]) then tk:prose($place/node() except $place/tei:geo)
        else string-join(($place/* except $place/tei:geo) ! tk:prose(.)[. ne ''], ', ')"/>
  </xsl:function>

  <!--
    The editorial principles: the project description, then each part of the editorialDecl
    (correction, normalisation, hyphenation, ...) and the encodingDesc's own paragraphs, as a
    header (a document's or edition.xml's) states them.
  -->
  <xsl:function name="tk:editorial-principles" as="map(xs:string, item()*)*">
    <xsl:param name="tei" as="element()?"/>
    <xsl:variable name="enc" select="$tei/tei:teiHeader/tei:encodingDesc"/>
    <xsl:sequence select="(
        tk:row('project', tk:paragraphs($enc/tei:projectDesc)),
        tk:row('sampling', tk:paragraphs($enc/tei:samplingDecl)),
        tk:row('encoding', $enc/tei:p ! tk:prose(.)),
        tk:row('principles', tk:paragraphs($enc/tei:editorialDecl/(tei:p, tei:ab))),
        $enc/tei:editorialDecl/*[not(self::tei:p or self::tei:ab)]
          ! tk:row(if (map:contains($tk:labels('en'), 'decl-' || local-name())) then 'decl-' || local-name() else 'principles',
                   tk:paragraphs(.)))"/>
  </xsl:function>

  <!--
    The rights, as the header words them: each licence (with its address) and each paragraph of
    availability, as map { 'text', 'target' }. A document's own, not its edition's: a document
    whose parts are under other terms says so here.
  -->
  <xsl:function name="tk:availability" as="map(xs:string, xs:string)*">
    <xsl:param name="tei" as="element()?"/>
    <xsl:for-each select="$tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability/(tei:licence | tei:p | tei:ab)">
      <xsl:variable name="target" select="string(@target[tk:safe-uri(.)])"/>
      <xsl:variable name="text" select="tk:prose(.)"/>
      <xsl:if test="$text ne '' or $target ne ''">
        <xsl:sequence select="map { 'text': ($text[. ne ''], $target)[1], 'target': $target }"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- The rights as lines of text, an address a licence gives after its words. -->
  <xsl:function name="tk:availability-lines" as="xs:string*">
    <xsl:param name="tei" as="element()?"/>
    <xsl:sequence select="tk:availability($tei) ! (?text || (if (?target ne '' and not(contains(?text, ?target))) then ' ' || ?target else ''))"/>
  </xsl:function>

  <!-- Who took part (particDesc): each person or group listed, else its paragraphs. -->
  <xsl:function name="tk:participants" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="partic" select="$tei/tei:teiHeader/tei:profileDesc/tei:particDesc"/>
    <xsl:variable name="listed" select="$partic//(tei:person | tei:personGrp | tei:org)"/>
    <xsl:sequence select="if ($listed) then $listed ! tk:entity-name(.) else tk:paragraphs($partic)"/>
  </xsl:function>

  <!--
    The languages of langUsage the document's text uses (a project's header often lists every
    language of the project); all of them when the text names none.
  -->
  <xsl:function name="tk:document-languages" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="used" select="distinct-values(($tei/tei:text/descendant-or-self::*/@xml:lang, $tei/@xml:lang,
        tk:original-language($tei)) ! lower-case(normalize-space(.)))"/>
    <xsl:variable name="languages" select="$tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language"/>
    <xsl:sequence select="($languages[empty($used) or lower-case(@ident) = $used])
        ! (tk:prose(.)[. ne ''], @ident ! tk:language-name(.))[1]"/>
  </xsl:function>

  <!--
    A bibliographic reference as a citation: "Author. Title. Place: Publisher, Date." when its
    parts are tagged; as written (its text, without notes and addresses) when it is prose.
  -->
  <xsl:function name="tk:bibl-citation" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:choose>
      <xsl:when test="$bibl/self::tei:p or $bibl/text()[normalize-space()] or $bibl/tei:quote">
        <xsl:sequence select="tk:prose($bibl/node() except $bibl/(tei:ref, tei:ptr, tei:idno, tei:note))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="all" select="$bibl//*"/>
        <xsl:variable name="trim" select="function($s) { replace(normalize-space($s), '[\s.,;:]+$', '') }"/>
        <xsl:variable name="names" select="function($e) { string-join($e ! $trim(tk:prose(.))[. ne ''], ', ') }"/>
        <xsl:variable name="imprint" select="string-join((
            string-join(($all[self::tei:pubPlace][1], $all[self::tei:publisher][1]) ! $trim(tk:prose(.))[. ne ''], ': '),
            $all[self::tei:date][1] ! $trim((tk:prose(.)[. ne ''], tk:date-text(.))[1]))[. ne ''], ', ')"/>
        <xsl:variable name="parts" select="(
            $names($all[self::tei:author]),
            $all[self::tei:title] ! $trim(tk:prose(.)),
            $names($all[self::tei:editor])[. ne ''] ! (tk:label('ed') || ' ' || .),
            $all[self::tei:respStmt] ! ($trim(tk:prose(tei:resp)) || ': ' || $names(tei:* except tei:resp)),
            $all[self::tei:edition] ! $trim(tk:prose(.)),
            $imprint,
            $all[self::tei:biblScope] ! $trim(tk:prose(.)))[normalize-space()]"/>
        <xsl:sequence select="if (exists($parts)) then string-join($parts, '. ') || '.'
            else tk:prose($bibl/node() except $bibl/(tei:ref, tei:ptr, tei:note))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The web address a reference gives for its source, if any. -->
  <xsl:function name="tk:bibl-link" as="xs:string?">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="($bibl/(tei:ref/@target, tei:ptr/@target)[tk:safe-uri(.) and matches(., '^https?:')]
        ! normalize-space())[1]"/>
  </xsl:function>

  <!--
    The sources the header names (sourceDesc: bibl, biblStruct, biblFull, listBibl's, paragraphs),
    as map { 'key' (the label's key: a first edition, a digital source, or a source), 'label',
    'text' (tk:bibl-citation), 'link' }.
  -->
  <xsl:function name="tk:sources" as="map(xs:string, xs:string)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:for-each select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc/(tei:bibl | tei:biblStruct | tei:biblFull
        | tei:listBibl/tei:bibl | tei:listBibl/tei:biblStruct | tei:p)">
      <xsl:variable name="key" select="if (@type = 'firstEdition') then 'source-first-edition'
          else if (@type = ('digitalSource', 'copyText', 'printSource')) then 'source-' || lower-case(replace(@type, '([a-z])([A-Z])', '$1-$2'))
          else 'source-of-text'"/>
      <xsl:variable name="key" select="if (map:contains($tk:labels('en'), $key)) then $key else 'source-of-text'"/>
      <xsl:variable name="text" select="tk:bibl-citation(.)"/>
      <xsl:if test="$text ne ''">
        <xsl:sequence select="map { 'key': $key, 'label': tk:label($key), 'text': $text,
            'link': string(tk:bibl-link(.)) }"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- A document's page in the web edition, named after its file: "doc/1962-03-01-x.html". -->
  <xsl:function name="tk:page-address" as="xs:string">
    <xsl:param name="file-name" as="xs:string"/>
    <xsl:sequence select="'doc/' || replace(replace($file-name, '\.xml$', ''), '[^A-Za-z0-9_.\-]', '_') || '.html'"/>
  </xsl:function>

  <!-- The address a document is cited by: the one its header publishes, else its page. -->
  <xsl:function name="tk:stable-address" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="page" as="xs:string"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/(tei:idno[@type = ('URI', 'URL', 'uri', 'url')], tei:ptr/@target)
        [tk:safe-uri(.) and matches(., '^https?:')] ! normalize-space(), $page)[1]"/>
  </xsl:function>

  <!--
    How to cite a document: its authors, “title”, its editors and translators, its date, its
    archive; then the edition it is part of (unless it is the edition) and its stable address.
    "S. V. Chervonenko, “From the Diary …”, translated by Benjamin Aldrich-Moodie, 1 March 1962,
    AVP RF. In: The Chervonenko–Deng Conversation of 1 March 1962. doc/1962-03-01-….html"
  -->
  <xsl:function name="tk:citation" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="edition-title" as="xs:string?"/>
    <xsl:param name="address" as="xs:string?"/>
    <xsl:variable name="title" select="tk:title($tei)"/>
    <xsl:variable name="first" select="string-join((
        string-join(tk:authors($tei) ! tk:name-order(.), ', ')[. ne ''],
        '“' || $title || '”',
        string-join(distinct-values(tk:editors($tei)), ', ')[. ne ''] ! tk:label-with('cite-edited-by', .),
        string-join(tk:translators($tei), ', ')[. ne ''] ! tk:label-with('cite-translated-by', .),
        tk:document-date-text($tei),
        tk:archive($tei)), ', ')"/>
    <xsl:sequence select="string-join(($first, $edition-title[normalize-space() and . ne $title] ! tk:label-with('cite-in', .),
        $address[normalize-space()]), '. ') || '.'"/>
  </xsl:function>

  <!--
    A name as a reader reads it: a catalogue heading "Eliot, George [pseud.] (1819-1880)" turned
    to "George Eliot [pseud.] (1819-1880)"; any other name as it is. A catalogue's full stop after
    the life dates goes ("Jenkins, John Edward (1838-1910)." reads "John Edward Jenkins (1838-1910)").
  -->
  <xsl:function name="tk:name-order" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="replace(replace(normalize-space($name), '([)\]])\.$', '$1'),
        '^(\p{Lu}[\p{L}''’\-]*(\s\p{Lu}[\p{L}''’\-]*)?),\s+(\p{Lu}[\p{L}.''’\-]*(\s\p{Lu}[\p{L}.''’\-]*)*)(\s*[\[(].*)?$', '$3 $1$5')"/>
  </xsl:function>

  <!--
    The title of a folder of documents without edition.xml, from what their headers share: the
    series or collection title (up to a comma: "Foreign Relations of the United States, 1894")
    that most of them give, more than half; else a part of their titles (between ':', '(' or
    ';') every one has ("In paralyticum", "ELTeC edition"); else the authority that publishes
    them all ("I.Sicily"). None when they share nothing: the caller falls back on the folder.
    A folder of one document is that document's edition, titled as the document, if it gives a title.
  -->
  <!-- public: the web edition calls it from Java, before any page is made (CollectionTitle) -->
  <xsl:function name="tk:collection-title" as="xs:string?" visibility="public">
    <xsl:param name="teis" as="element()*"/>
    <xsl:variable name="fd" select="$teis ! tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="shared" select="function($per-doc as function(element()) as xs:string*) as xs:string* {
        let $each := $fd ! array { distinct-values($per-doc(.)[. ne '']) }
        return if (empty($fd)) then () else $each[1]?*[every $a in $each satisfies . = $a?*] }"/>
    <xsl:variable name="series" select="$fd ! distinct-values((tei:seriesStmt/tei:title,
        tei:titleStmt/tei:title[@type = ('series', 'corpus', 'collection')], tei:sourceDesc//tei:seriesStmt/tei:title)
        ! replace(tk:prose(.), '\s*,.*$', '')[. ne ''])"/>
    <xsl:variable name="most" as="xs:string*">
      <xsl:for-each-group select="$series" group-by=".">
        <xsl:sort select="count(current-group())" order="descending"/>
        <xsl:sort select="current-grouping-key()"/>
        <xsl:sequence select="current-grouping-key()[count(current-group()) * 2 gt count($fd)]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="if (count($teis) eq 1) then tk:given-title($teis) else (
        $most,
        $shared(function($f) { tk:title($f/../..) ! tokenize(., '\s*(:|;|\(|\)|\s[–—]\s)\s*') ! normalize-space(.)
            [string-length(.) gt 2] }),
        $shared(function($f) { $f/tei:publicationStmt/tei:authority ! tk:prose(.) }))[1]"/>
  </xsl:function>
</xsl:stylesheet>
