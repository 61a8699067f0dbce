<?xml version="1.0" encoding="UTF-8"?>
<!--
  Interface labels, by key and language, from the catalogues in labels/ (one file a language);
  English is the fallback for a language or a key a catalogue does not have. The web edition
  speaks the edition's interface language; the print edition the book's language.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- The languages teikit's interface speaks: one catalogue each in labels/, LANG.xml. -->
  <xsl:variable name="tk:interface-languages" as="xs:string+" select="'en', 'ru', 'de', 'fr', 'it'"/>

  <!-- Every catalogue, by language and key. -->
  <xsl:variable name="tk:labels" as="map(xs:string, map(xs:string, xs:string))" select="map:merge(
      $tk:interface-languages ! map:entry(., map:merge(
        doc(resolve-uri('labels/' || . || '.xml', static-base-uri()))/labels/label ! map:entry(string(@key), string(.)))))"/>

  <!-- The language of the interface words tk:label#1 gives: English here; the web edition sets
       it from the edition's settings (html/edition.xsl). -->
  <xsl:variable name="tk:interface-language" as="xs:string" select="'en'"/>

  <!--
    The value of one of teikit's settings in an edition's header (README, "Settings"):
    encodingDesc/appInfo/application[@ident='teikit']/label[@type=$name]; empty when it has none.
  -->
  <xsl:function name="tk:setting" as="xs:string?" visibility="public">
    <xsl:param name="edition" as="document-node()?"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="($edition/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:appInfo
        /tei:application[@ident eq 'teikit']/tei:label[@type eq $name])[1] ! normalize-space()"/>
  </xsl:function>

  <!-- The interface languages an edition declares (setting interface-language: one language, or
       several apart by spaces, the first the default), English when it declares none. -->
  <xsl:function name="tk:edition-languages" as="xs:string+">
    <xsl:param name="edition" as="document-node()?"/>
    <xsl:variable name="langs" select="tokenize(string(tk:setting($edition, 'interface-language')))"/>
    <xsl:sequence select="if (empty($langs)) then 'en'
        else distinct-values($langs) ! (if (. = $tk:interface-languages) then .
            else error(xs:QName('tk:E0002'), 'interface-language ' || . || ' is not one of '
                || string-join($tk:interface-languages, ', ')))"/>
  </xsl:function>

  <!-- The interface language an edition chooses (the first it declares), English by default. -->
  <xsl:function name="tk:interface-language" as="xs:string">
    <xsl:param name="edition" as="document-node()?"/>
    <xsl:sequence select="tk:edition-languages($edition)[1]"/>
  </xsl:function>

  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="tk:label($key, $tk:interface-language)"/>
  </xsl:function>

  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <!-- by the language's primary subtag: 'fr-CA' reads the French labels -->
    <xsl:variable name="primary" select="if (map:contains($tk:labels, $lang)) then $lang
        else lower-case(substring-before($lang || '-', '-'))"/>
    <xsl:sequence select="($tk:labels($primary)?($key), $tk:labels('en')($key),
        error(xs:QName('tk:E0001'), 'no label for key ' || $key))[1]"/>
  </xsl:function>

  <!-- A label with its places {1}, {2}... filled by $args in order. -->
  <xsl:function name="tk:label-with" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="args" as="xs:string*"/>
    <xsl:sequence select="fold-left(1 to count($args), tk:label($key), function ($text, $i) {
        replace($text, '\{' || $i || '\}', replace($args[$i], '[$\\]', '\\$0')) })"/>
  </xsl:function>

  <!--
    The heading of a division that has no head of its own but a type that names it (EpiDoc's
    edition, translation, commentary, apparatus, bibliography), with its subtype; none when it
    has a head, another type, or no text (an empty commentary gets no heading over nothing).
  -->
  <xsl:function name="tk:division-label" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="label" select="if (map:contains($tk:labels('en'), 'div-' || $div/@type))
        then tk:label('div-' || $div/@type) else ()"/>
    <xsl:if test="exists($label) and empty($div/tei:head) and normalize-space($div)">
      <xsl:sequence select="$label || $div/@subtype[normalize-space()] ! (' (' || translate(normalize-space(.), '-_', '  ') || ')')"/>
    </xsl:if>
  </xsl:function>

  <!-- The name of a language given by its BCP 47 tag, in the interface language (lang-XX
       in the catalogues); the tag itself for a language they do not name. -->
  <xsl:function name="tk:language-name" as="xs:string">
    <xsl:param name="tag" as="xs:string"/>
    <xsl:variable name="key" select="'lang-' || lower-case(substring-before($tag || '-', '-'))"/>
    <xsl:sequence select="if (map:contains($tk:labels('en'), $key)) then tk:label($key) else $tag"/>
  </xsl:function>
</xsl:stylesheet>
