<?xml version="1.0" encoding="UTF-8"?>
<!--
  Values the print edition computes from the TEI: titles, dates, languages, footnote marks,
  entity look-up for the index. Private to xslt/fo (namespace tkfo); decisions shared with the
  web edition belong in xslt/common (namespace tk).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="#all">

  <!-- The book's language: the edition's, else the first document text's (a group's original),
       else English. -->
  <xsl:function name="tkfo:main-lang" as="xs:string">
    <xsl:sequence select="(($tk:edition, $tk:documents)/tei:TEI/(@xml:lang, tei:text/@xml:lang,
        tk:original-text(.)/@xml:lang)[normalize-space()], 'en')[1] ! string()"/>
  </xsl:function>

  <!-- An interface word in the edition's interface language when it sets one, else in the
       book's language (tk:label). -->
  <xsl:function name="tkfo:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="tk:label($key, if (exists(tk:setting($tk:edition, 'interface-language')))
        then $tk:interface-language else $tkfo:lang)"/>
  </xsl:function>

  <xsl:variable name="tkfo:lang" as="xs:string" select="tkfo:main-lang()"/>

  <!-- The TEI element the book's title page speaks for: the single document of a document-scope
       book (or of a folder without an edition header), else the edition's header. -->
  <xsl:function name="tkfo:book-tei" as="element()?">
    <xsl:sequence select="if (($tk:scope = 'document' or (empty($tk:edition) and count($tk:documents) = 1))
        and exists($tk:documents))
        then tkfo:tei($tk:documents[1])
        else $tk:edition/tei:TEI"/>
  </xsl:function>

  <xsl:function name="tkfo:book-title" as="xs:string">
    <xsl:sequence select="(tkfo:book-tei() ! tk:title(.), tkfo:edition-title(), $tk:edition-name)[1]"/>
  </xsl:function>

  <!-- A document's root element, the TEI one if it is TEI. -->
  <xsl:function name="tkfo:tei" as="element()">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="($doc/tei:TEI, $doc/*)[1]"/>
  </xsl:function>

  <xsl:function name="tkfo:doc-id" as="xs:string">
    <xsl:param name="number" as="xs:integer"/>
    <xsl:sequence select="'tk-doc-' || $number"/>
  </xsl:function>

  <!-- Footnote marks: notes and apparatus entries as the web edition numbers them (tk:note-label,
       1, 2, …; tk:app-label, a, b, …, per document); corrections, which the web edition shows in
       place, get a series of their own in print (*1, *2, …). -->
  <xsl:accumulator name="tkfo:correction-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:choice[tei:sic and tei:corr][tkfo:is-footnote(.)]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The footnote a note or apparatus entry that is not one itself stands in: the nearest note,
       entry or correction around it that is a footnote, or an entry of an apparatus given in
       place; none outside the text. -->
  <xsl:function name="tkfo:footnote-owner" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/ancestor::*[self::tei:note or self::tei:app or self::tei:choice[tei:sic and tei:corr]]
        [self::tei:app and tkfo:in-place(.) or tkfo:is-footnote(.)][1]"/>
  </xsl:function>

  <!-- A note or apparatus entry gets its own footnote when it stands in the printed main text
       (not inside another note, a variant reading or the transmitted form of a correction). -->
  <xsl:function name="tkfo:is-footnote" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="empty($e/ancestor::*[self::tei:note or self::tei:rdg
        or (self::tei:app and $e/self::tei:note)
        or self::tei:sic[parent::tei:choice] or self::tei:orig[parent::tei:choice]
        or self::tei:abbr[parent::tei:choice] or self::tei:choice[tei:sic and tei:corr]
        or self::tei:witDetail or self::tei:teiHeader])
        and exists($e/ancestor::tei:text) and not($e/self::tei:app and tkfo:in-place($e))"/>
  </xsl:function>

  <!-- An entry of an apparatus given in place, where the edition sets it apart from the text:
       in EpiDoc's listApp, or standing in an apparatus division itself (21 I.Sicily files). -->
  <xsl:function name="tkfo:in-place" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="exists($app/parent::*[self::tei:listApp or @type = 'apparatus' and tkfo:is-division(.)])"/>
  </xsl:function>

  <xsl:function name="tkfo:mark" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/self::tei:note) then tk:note-label($e)
        else if ($e/self::tei:app) then tk:app-label($e)
        else if ($e/self::tei:choice[tei:sic and tei:corr] and tkfo:is-footnote($e))
        then '*' || $e/accumulator-before('tkfo:correction-number')
        else '*'"/>
  </xsl:function>

  <!-- Index: persons, places and organisations declared with an id in the edition or a document. -->
  <xsl:variable name="tkfo:entities" as="element()*"
      select="($tk:edition, $tk:documents)//*[@xml:id][tk:declares-entity(.)]"/>

  <!-- What a document's part of the book reads from outside its own document and edition.xml:
       the book's language, and which entities the documents declare where (a mention may point
       into another document of the book). The renderer
       reuses a document's laid-out part without making its FO again when its document,
       edition.xml, place in the book and this are unchanged (PartedBook), so whatever a
       document's part comes to read from the other documents must be added here. -->
  <xsl:function name="tkfo:part-context" as="xs:string" visibility="public">
    <xsl:sequence select="string-join((tkfo:main-lang(), string(count($tk:documents)),
        $tkfo:entities ! tkfo:entity-key(.)), ' ')"/>
  </xsl:function>

  <!-- The entity an entity key names (tk:entity-keys), where the book declares one: a key into
       another document of the book ('other.xml#id') is looked up in that document. -->
  <xsl:function name="tkfo:entity" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:sequence select="(tk:entity($key, $context),
        $tk:documents[tk:document-name(.) eq substring-before($key, '#')]
          ! key('tk:xml-id', substring-after($key, '#'), .))[1][tk:declares-entity(.)]"/>
  </xsl:function>

  <!-- What a text of a group is, in the words over it: the original or the translation as the
       web edition decides them (tk:original-text, tk:translation-text), else its type. -->
  <xsl:function name="tkfo:text-role" as="xs:string?">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="tei" select="$text/ancestor::tei:TEI[1]"/>
    <xsl:sequence select="if ($text is ($tei ! tk:original-text(.))) then tkfo:label('original')
        else if ($text is ($tei ! tk:translation-text(.))) then tkfo:label('translation')
        else $text/@type ! string()"/>
  </xsl:function>

  <xsl:function name="tkfo:lang-name" as="xs:string">
    <xsl:param name="code" as="xs:string?"/>
    <xsl:sequence select="if (normalize-space($code)) then tk:language-name(normalize-space($code)) else ''"/>
  </xsl:function>

  <!--
    A string the model composed (a citation, a line of facts) as FO text, its runs of a
    right-to-left script each in an inline of their own, followed by a left-to-right mark. FOP chooses one font per word, the one
    that covers most of it: in “ܪ̈ܗܘܡܝܐ”, the Syriac face, which lacks the quotation mark and
    the comma. An inline ends the word, so the punctuation beside the run gets a face that has it.
  -->
  <xsl:function name="tkfo:runs" as="node()*">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:analyze-string select="$text" regex="[\p{{IsSyriac}}\p{{IsArabic}}\p{{IsHebrew}}\p{{IsThaana}}][\p{{IsSyriac}}\p{{IsArabic}}\p{{IsHebrew}}\p{{IsThaana}}\p{{M}}\s]*">
      <!-- a left-to-right mark after the run: the punctuation and numbers that follow it belong to
           the line's left-to-right order, not to the run's ("”, 350", not "350 ,”") -->
      <xsl:matching-substring><fo:inline><xsl:value-of select="."/></fo:inline><xsl:text>&#x200E;</xsl:text></xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- Whether a text reads right to left: its first letter is of a right-to-left script. -->
  <xsl:function name="tkfo:right-to-left" as="xs:boolean">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="matches(replace($text, '\P{L}', ''), '^[\p{IsSyriac}\p{IsArabic}\p{IsHebrew}\p{IsThaana}]')"/>
  </xsl:function>

  <!-- A heading or title block's alignment and leading for its text: a right-to-left heading at
       the right margin, with the room its script's marks above and below the line need (a Syriac
       title overprinted the date line above it). -->
  <xsl:template name="tkfo:heading-direction">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:if test="tkfo:right-to-left($text)">
      <xsl:attribute name="text-align" select="'end'"/>
      <xsl:attribute name="line-height" select="'1.7'"/>
    </xsl:if>
  </xsl:template>

  <!-- Whether a link target is set in the same layout as the link: always, unless the book is set
       in parts and the target is in another part. Links to such a target stay unresolved in their
       part's layout; the renderer points them at the target's page when it joins the parts. -->
  <xsl:function name="tkfo:local-target" as="xs:boolean">
    <xsl:param name="target" as="xs:string"/>
    <xsl:sequence select="$tk:part = 'whole' or $target = ('tk-contents', 'tk-introduction', 'tk-conventions')"/>
  </xsl:function>

</xsl:stylesheet>
