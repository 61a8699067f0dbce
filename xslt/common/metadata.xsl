<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a document's header says about it: title, date, archive, languages, translator, summary.
  Each function takes the document's TEI element and tolerates headers that say little.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <xsl:function name="tk:title" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(tk:given-title($tei), tk:label('documents'))[1]"/>
  </xsl:function>

  <!-- The title the document gives itself, in its header or its text; none when it gives none. -->
  <xsl:function name="tk:given-title" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <!-- a title from the text reads as the reading text: without its notes (a FRUS head holds its source note) -->
    <xsl:sequence select="((($titles[@type = ('main', 'complete')], $titles[not(@type)], $titles) ! tk:text(.),
        (($tei//tei:text//tei:docTitle)[1], ($tei//tei:text//tei:head)[1]) ! tk:reading-text(.))[. ne ''])[1]"/>
  </xsl:function>

  <xsl:function name="tk:short-title" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="short" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'short']"/>
    <xsl:sequence select="(($short ! tk:text(.))[. ne ''], tk:title($tei))[1]"/>
  </xsl:function>

  <!--
    The date under a document's title, the same in both editions: a volume of parts by the span
    they cover (not by when it was printed), else the document's date, else its origin as the
    header words it ("later 1st to 3rd century CE"); with its ISO start, for sorting and <time>.
  -->
  <xsl:function name="tk:date-line" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(tk:coverage-text(tk:parts($tei/tei:text)), tk:document-date-text($tei), tk:written-date($tei))[1]"/>
  </xsl:function>

  <xsl:function name="tk:date-line-iso" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(tk:parts-coverage(tk:parts($tei/tei:text))[1], tk:document-date($tei))[1]"/>
  </xsl:function>

  <!-- The date the document was written (ISO, for sorting), from the header or the dateline. -->
  <xsl:function name="tk:document-date" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="tk:dating($tei) ! tk:iso-date(.)"/>
  </xsl:function>

  <!-- The same date as a reader reads it: "1 March 1962", "30–1500" for a range. -->
  <xsl:function name="tk:document-date-text" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="tk:dating($tei) ! tk:date-text(.)"/>
  </xsl:function>

  <!--
    The element that dates the document and sorts it: the first one, in order of authority, with
    an ISO value: the event or writing the header records, the manuscript's date, the first
    edition, another edition, a date in the text. tk:dates lists them all with their kinds.
  -->
  <xsl:function name="tk:dating" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="h" select="$tei/tei:teiHeader"/>
    <xsl:sequence select="(
        $h/tei:profileDesc/tei:creation//tei:date,
        $h/tei:fileDesc/tei:sourceDesc//tei:msDesc//tei:origDate,
        (: a novel is dated by its first edition, not by the reprint transcribed (ELTeC) :)
        $h/tei:fileDesc/tei:sourceDesc//tei:bibl[@type = 'firstEdition']/tei:date,
        $h/tei:fileDesc/tei:sourceDesc//tei:bibl/tei:date,
        $tei/tei:text/tei:body/(., tei:div[1])/(tei:opener, tei:dateline, tei:head)//tei:date,
        $tei/tei:text/tei:front//tei:docDate
        )[exists(tk:iso-date(.))][1]"/>
  </xsl:function>

  <!--
    The date of the document's origin as its header words it, for a document with no ISO date
    to format ("between later 1st and 3rd century CE").
  -->
  <xsl:function name="tk:written-date" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="h" select="$tei/tei:teiHeader"/>
    <xsl:sequence select="(($h/tei:profileDesc/tei:creation//tei:date, $h/tei:fileDesc/tei:sourceDesc//tei:msDesc//tei:origDate)
        ! normalize-space())[. ne ''][1]"/>
  </xsl:function>

  <xsl:function name="tk:editors" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:editor[not(@role = ('translator', 'general'))]
        ! tk:text((tei:persName, tei:name, .)[1])"/>
  </xsl:function>

  <xsl:function name="tk:authors" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="distinct-values($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author[not(@role = 'translator')]
        ! tk:text((tei:persName, tei:name, .)[1])[. ne ''] ! tk:name-order(.))"/>
  </xsl:function>

  <!--
    The people responsible for a document, as a title page names them: groups of names, each with
    the words that say what they did (a label key, or a respStmt's own resp), in this order:
    authors, editors, general editors (FRUS's editor role="general"), translators, then every
    other respStmt. The web's metadata panel and print's title page both list these groups.
  -->
  <xsl:function name="tk:people" as="map(xs:string, item()*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="ts" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="translating" select="$ts/tei:respStmt[tei:resp[matches(., '^\s*transl', 'i')] or tei:resp/@key = 'trl']"/>
    <xsl:sequence select="(
        map { 'role': tk:label('authors'), 'names': tk:authors($tei) },
        map { 'role': tk:label('editors'), 'names': distinct-values(tk:editors($tei)) },
        map { 'role': tk:label('general-editors'),
              'names': distinct-values($ts/tei:editor[@role = 'general'] ! tk:text((tei:persName, tei:name, .)[1])) },
        map { 'role': tk:label('translator'), 'names': tk:translators($tei) },
        ($ts/tei:respStmt except $translating)[tei:resp]
          ! map { 'role': tk:text(tei:resp[1]), 'names': distinct-values((tei:persName, tei:name, tei:orgName) ! tk:text(.)) }
        )[exists(?names[. ne ''])]"/>
  </xsl:function>

  <!-- One group of tk:people as a line: "Edited by X, Y", "By X", but "General editor: X". -->
  <xsl:function name="tk:people-line" as="xs:string">
    <xsl:param name="group" as="map(xs:string, item()*)"/>
    <xsl:sequence select="$group?role || (if (matches($group?role, '(^|\s)by$', 'i')) then ' ' else ': ')
        || string-join($group?names, ', ')"/>
  </xsl:function>

  <xsl:function name="tk:translators" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="fd" select="$tei/tei:teiHeader/tei:fileDesc"/>
    <xsl:sequence select="distinct-values((
        $fd/tei:titleStmt/tei:editor[@role = 'translator'],
        $fd//tei:respStmt[tei:resp[matches(., '^\s*transl', 'i')] or tei:resp/@key = 'trl']/(tei:persName, tei:name),
        $fd/tei:titleStmt/tei:author[@role = 'translator']
        ) ! tk:text(.))"/>
  </xsl:function>

  <xsl:function name="tk:licence" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability/(tei:licence, tei:p)[1]"/>
  </xsl:function>

  <xsl:function name="tk:summary" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="h" select="$tei/tei:teiHeader"/>
    <xsl:sequence select="($h/tei:profileDesc/tei:abstract,
        $h/tei:fileDesc/tei:notesStmt/tei:note[@type = ('summary', 'abstract')],
        $h/tei:fileDesc/tei:sourceDesc//tei:msContents/tei:summary)[1]"/>
  </xsl:function>

  <!-- The archive holding the source: its town, repository, collection and shelfmark. -->
  <xsl:function name="tk:archive" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="ms" select="($tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:msIdentifier)[1]"/>
    <xsl:variable name="parts" select="$ms/(tei:settlement, tei:institution, tei:repository, tei:collection, tei:idno) ! tk:text(.)"/>
    <xsl:sequence select="string-join($parts[. ne ''], ', ')[. ne '']"/>
  </xsl:function>

  <!-- Identifiers as "type: value". -->
  <xsl:function name="tk:identifiers" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:fileDesc/(tei:publicationStmt, tei:sourceDesc//tei:msIdentifier/tei:altIdentifier)
        //tei:idno[normalize-space()] ! (if (@type) then @type || ': ' || tk:text(.) else tk:text(.))"/>
  </xsl:function>

  <!-- The language tag of the original text. -->
  <xsl:function name="tk:original-language" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="original" select="tk:original-text($tei)"/>
    <!-- langUsage last: it often lists every language of a project (EpiDoc's start with English) -->
    <xsl:sequence select="($original/@xml:lang, $tei/tei:teiHeader/tei:profileDesc/tei:textDesc//@mainLang,
        $tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:textLang/@mainLang,
        $tei/tei:text/tei:body/tei:div[@type = 'edition'][1]/@xml:lang,
        $tei/tei:text/@xml:lang, $tei/@xml:lang,
        $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1]/@ident)[normalize-space()][1] ! string()"/>
  </xsl:function>

  <!-- In a group of texts, the original: @type='original', else the first. -->
  <xsl:function name="tk:original-text" as="element(tei:text)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="texts" select="$tei/tei:text/tei:group/tei:text"/>
    <xsl:sequence select="($texts[@type = ('original', 'source')], $texts[not(@type = ('translation'))], $texts)[1]"/>
  </xsl:function>

  <!-- In a group of texts, the translation: @type='translation', else the second. -->
  <xsl:function name="tk:translation-text" as="element(tei:text)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="texts" select="$tei/tei:text/tei:group/tei:text"/>
    <xsl:sequence select="($texts[@type = 'translation'], $texts except tk:original-text($tei))[1]"/>
  </xsl:function>
</xsl:stylesheet>
