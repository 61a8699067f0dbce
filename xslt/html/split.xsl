<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pages of a document. A document whose text is larger than $tk:split-threshold characters is
  split by its top-level divisions (children of front, body and back); a division that is itself
  that large and has divisions inside is split again, its own head and opening matter making a
  page of its own. Each such division is a chunk, written to doc/NAME.CHUNK.html (tk:chunk-name); everything
  else is on the document's page, doc/NAME.html, where the chunks appear as a table of contents.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The document being rendered; absent when the edition-wide pages are made. -->
  <xsl:param name="tk:source" as="document-node()?" select="()"/>

  <!-- The document's name: its file name without .xml. -->
  <xsl:variable name="tk:name" as="xs:string" select="replace(replace($tk:document-name, '\.xml$', ''), '[^A-Za-z0-9_.\-]', '_')"/>

  <xsl:variable name="tk:doc-href" as="xs:string" select="'doc/' || $tk:name || '.html'"/>

  <xsl:variable name="tk:split" as="xs:boolean"
      select="exists($tk:source) and tk:text-length($tk:source/*/tei:text) gt $tk:split-threshold"/>

  <!-- The chunks in document order. -->
  <xsl:variable name="tk:chunks" as="element()*"
      select="if ($tk:split) then $tk:source/*/tei:text/(tei:front, tei:body, tei:back, tei:group/tei:text/(tei:front, tei:body, tei:back))/tei:div ! tk:chunks-in(.) else ()"/>

  <!-- generate-id of each chunk to its page (ids are only compared within this run). -->
  <xsl:variable name="tk:chunk-pages" as="map(xs:string, xs:string)"
      select="map:merge($tk:chunks ! map:entry(generate-id(.), 'doc/' || $tk:name || '.' || tk:chunk-name(.) || '.html'))"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <!--
    A chunk's part of its page's file name, which links and bookmarks keep: its xml:id, else its
    place among the divisions ("body-3-2", the second division of the third in the body), which
    an edit of the text does not move, as it would move the element numbers of tk:id.
  -->
  <xsl:function name="tk:chunk-name" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="if ($div/@xml:id) then tk:id($div) else string-join((
        $div/ancestor::tei:text[parent::tei:group] ! ('text' || count(preceding-sibling::tei:text) + 1),
        ($div/ancestor::*[self::tei:front or self::tei:body or self::tei:back])[last()] ! local-name(),
        $div/ancestor-or-self::tei:div ! string(count(preceding-sibling::tei:div) + 1)), '-')"/>
  </xsl:function>

  <xsl:function name="tk:chunks-in" as="element()*">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$div,
        if ($div/tei:div and tk:text-length($div) gt $tk:split-threshold)
        then $div/tei:div ! tk:chunks-in(.) else ()"/>
  </xsl:function>

  <!--
    The length of the string value of the nodes, summed over their text nodes: the same number
    as string-length(string(.)) without building the string (megabytes for a FRUS volume).
  -->
  <xsl:function name="tk:text-length" as="xs:integer">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="sum($nodes/descendant-or-self::text() ! string-length(.))"/>
  </xsl:function>

  <xsl:function name="tk:is-chunk" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$tk:split and map:contains($tk:chunk-pages, generate-id($e))"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The page (path from the edition's root) a node of the document is shown on. -->
  <xsl:function name="tk:page-of" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if (not($tk:split)) then $tk:doc-href
        else (($node/ancestor-or-self::tei:div ! $tk:chunk-pages(generate-id(.)))[last()], $tk:doc-href)[1]"/>
  </xsl:function>

  <!-- A link from a page of this document to the element with this id, or nothing. -->
  <xsl:function name="tk:href-to-id" as="xs:string?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="target" select="key('tk:xml-id', $id, $context/root())[1]
        [ancestor::tei:text][not(self::tei:lb or self::tei:graphic or self::tei:media or self::tei:binaryObject
          or self::tei:lem or self::tei:rdg or self::tei:rdgGrp or self::tei:text)]"/>
    <xsl:sequence select="if ($target) then tk:local-href(tk:page-of($target), tk:id($target)) else ()"/>
  </xsl:function>

  <!-- A link from a document page (all in doc/) to a fragment of a page of the edition. -->
  <xsl:function name="tk:local-href" as="xs:string">
    <xsl:param name="page" as="xs:string"/>
    <xsl:param name="fragment" as="xs:string?"/>
    <xsl:sequence select="substring-after($page, 'doc/') || (if ($fragment) then '#' || $fragment else '')"/>
  </xsl:function>

  <!--
    The title of a chunk as it shows in tables of contents: its heads, as a novel's chapter has a
    number and a title ("CHAPTER III. JOHN BARTON'S GREAT TROUBLE.").
  -->
  <xsl:function name="tk:chunk-title" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="heads" select="$div/tei:head ! tk:head-text(.)[. ne '']"/>
    <xsl:variable name="head" select="string-join(for $i in 1 to count($heads) return
        (if ($i gt 1) then (if (matches($heads[$i - 1], '[.:;!?]$')) then ' ' else ': ') else '') || $heads[$i])"/>
    <!-- without a head: its number as tk:section-label gives it ("Section 5"), else its type and
         number as words ("Chapter 3", "Titlepage"), else its id -->
    <xsl:variable name="type" select="$div/@type[normalize-space()] ! translate(normalize-space(.), '-_', '  ')
        ! (upper-case(substring(., 1, 1)) || substring(., 2))"/>
    <xsl:sequence select="if ($head) then $head
        else if (exists(tk:section-label($div))) then tk:section-label($div)
        else if ($type or $div/@n) then string-join(($type, $div/@n[normalize-space()] ! string()), ' ')
        else tk:id($div)"/>
  </xsl:function>

  <!-- The text of a head without its notes. -->
  <xsl:function name="tk:head-text" as="xs:string">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($head//text()[not(ancestor::tei:note)]))"/>
  </xsl:function>
</xsl:stylesheet>
