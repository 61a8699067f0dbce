<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names and entities. A name in the text (persName, placeName, orgName, name, rs) points to an
  entity with @ref (or @corresp, as FRUS does). A pointer is '#id' (this document),
  'edition.xml#id' (the edition's shared lists), a prefix declared by prefixDef ('person:x'), or
  an external URI. Every pointer resolves to an entity key: 'file.xml#id' for entities declared
  in the edition, the URI itself for external ones.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- The file name of the document being processed, e.g. 'deng-1962-03-01.xml'. -->
  <xsl:param name="tk:document-name" as="xs:string" select="''"/>

  <!-- The file name of the document a node belongs to: tk:document-name, which the web edition
       gives for each document it transforms; else (the print edition holds all the documents in
       one transform) the file the node's tree was read from. -->
  <xsl:function name="tk:document-name" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if ($tk:document-name ne '') then $tk:document-name
        else string(tokenize(string(base-uri(root($node))), '/')[last()])"/>
  </xsl:function>

  <!-- The edition's edition.xml (shared lists, prefixDefs), if it has one. -->
  <xsl:param name="tk:edition" as="document-node()?" select="()"/>

  <xsl:key name="tk:prefix" match="tei:prefixDef" use="@ident"/>
  <xsl:key name="tk:xml-id" match="*[@xml:id]" use="@xml:id"/>

  <!-- Elements that name an entity in the text. -->
  <xsl:function name="tk:is-name" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/self::tei:persName or $e/self::tei:placeName or $e/self::tei:orgName
        or $e/self::tei:name or $e/self::tei:rs or $e/self::tei:geogName or $e/self::tei:settlement
        or $e/self::tei:country"/>
  </xsl:function>

  <!-- The entity keys a name points to (usually one). -->
  <xsl:function name="tk:entity-keys" as="xs:string*">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="pointers" select="tokenize(normalize-space(($name/@ref, $name/@corresp)[1]))"/>
    <xsl:sequence select="distinct-values($pointers ! tk:entity-key(., $name))"/>
  </xsl:function>

  <!-- Resolves one pointer met at $context to an entity key, or nothing. -->
  <xsl:function name="tk:entity-key" as="xs:string?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:sequence select="tk:resolve-pointer($pointer, $context, 0)"/>
  </xsl:function>

  <xsl:function name="tk:resolve-pointer" as="xs:string?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:param name="depth" as="xs:integer"/>
    <!-- '' when the pointer has no scheme or prefix ('file.xml#P_1' is not one, whatever its case) -->
    <xsl:variable name="scheme" select="if (matches($pointer, '^[A-Za-z][A-Za-z0-9+.\-]*:'))
        then lower-case(substring-before($pointer, ':')) else ''"/>
    <xsl:choose>
      <xsl:when test="starts-with($pointer, '#')">
        <xsl:sequence select="tk:document-name($context) || $pointer"/>
      </xsl:when>
      <xsl:when test="$scheme = ('http', 'https')">
        <xsl:sequence select="$pointer"/>
      </xsl:when>
      <xsl:when test="$scheme ne '' and $depth lt 5">
        <xsl:variable name="def" select="(key('tk:prefix', $scheme, $context/root()),
            if ($tk:edition) then key('tk:prefix', $scheme, $tk:edition) else ())[1]"/>
        <xsl:variable name="local" select="substring-after($pointer, ':')"/>
        <xsl:if test="$def and matches($local, $def/@matchPattern)">
          <xsl:sequence select="tk:resolve-pointer(
              replace($local, $def/@matchPattern, $def/@replacementPattern), $def, $depth + 1)"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="contains($pointer, '#')">
        <xsl:variable name="file" select="replace(substring-before($pointer, '#'), '^.*/', '')"/>
        <xsl:sequence select="(if ($file = '') then tk:document-name($context) else $file)
            || '#' || substring-after($pointer, '#')"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- The element that declares the entity with this key, if the edition has it. -->
  <xsl:function name="tk:entity" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="file" select="substring-before($key, '#')"/>
    <xsl:variable name="id" select="substring-after($key, '#')"/>
    <xsl:sequence select="
        if ($file = 'edition.xml' and exists($tk:edition)) then key('tk:xml-id', $id, $tk:edition)[1]
        else if ($file ne '' and $file = tk:document-name($context)) then key('tk:xml-id', $id, $context/root())[1]
        else ()"/>
  </xsl:function>

  <!-- Whether an element with an xml:id declares an entity a name may point to: an entry of
       listPerson, listPlace or listOrg, or a name, as FRUS declares its persons in a list of
       names (the elements the web edition's facts gather). -->
  <xsl:function name="tk:declares-entity" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/@xml:id) and exists($e/(self::tei:person | self::tei:personGrp
        | self::tei:place | self::tei:org | self::tei:persName | self::tei:placeName | self::tei:orgName))"/>
  </xsl:function>

  <!-- The index an entity type is listed in, as the key of its label (tk:label): web and print
       name their index sections alike. -->
  <xsl:function name="tk:index-section" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="map { 'person': 'persons', 'place': 'places', 'org': 'orgs' }($type)"/>
  </xsl:function>

  <!-- The type of entity a name points to: as declared, else as the name says. -->
  <xsl:function name="tk:mention-type" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="entity" select="tk:entity($key, $name)"/>
    <xsl:sequence select="tk:entity-type(if ($entity) then $entity else $name)"/>
  </xsl:function>

  <!-- person, place or org, from the declaring element or the name that points to it. -->
  <xsl:function name="tk:entity-type" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:variable name="n" select="local-name($e)"/>
    <xsl:variable name="t" select="lower-case($e/@type)"/>
    <xsl:sequence select="
        if ($n = ('person', 'persName', 'personGrp', 'persona')) then 'person'
        else if ($n = ('place', 'placeName', 'settlement', 'geogName', 'country', 'region')) then 'place'
        else if ($n = ('org', 'orgName')) then 'org'
        else if (starts-with($t, 'pers')) then 'person'
        else if (starts-with($t, 'place') or $t = ('country', 'city', 'settlement')) then 'place'
        else if (starts-with($t, 'org')) then 'org'
        else 'person'"/>
  </xsl:function>

  <!-- The normalised name of a declared entity: its first name child, or its own text. -->
  <xsl:function name="tk:entity-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="names" select="tk:entity-names($entity)"/>
    <!-- a name wholly in parentheses (FRUS's "(Teng Hsiao-p’ing)", an entity of its own) is
         listed under its first letter, not under "(" before every other -->
    <xsl:sequence select="replace(($names[1], tk:text($entity))[1], '^\((.+)\)$', '$1')"/>
  </xsl:function>

  <!-- All the names of a declared entity, the normalised one first. -->
  <xsl:function name="tk:entity-names" as="xs:string*">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="children" select="$entity/(tei:persName, tei:placeName, tei:orgName,
        tei:name, tei:geogName, tei:settlement, tei:country)"/>
    <xsl:variable name="preferred" select="($children[@type = ('main', 'reg', 'standard', 'normalized')],
        $children[not(@xml:lang) or @xml:lang = 'en'], $children)[1]"/>
    <xsl:sequence select="if (empty($children)) then tk:text($entity)
        else distinct-values(($preferred, $children) ! tk:text(.))[. ne '']"/>
  </xsl:function>
</xsl:stylesheet>
