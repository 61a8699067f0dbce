<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pages of a document. A document whose text is larger than $tk:split-threshold characters is
  split by its top-level divisions (children of front, body and back); a division that is itself
  that large and has divisions inside is split again, its own head and opening matter making a
  page of its own. Each such division is a chunk, written to doc/NAME.CHUNK.html (tkh:chunk-name); everything
  else is on the document's page, doc/NAME.html, where the chunks appear as a table of contents.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The document being rendered; absent when the edition-wide pages are made. -->
  <xsl:param name="tk:source" as="document-node()?" select="()"/>

  <!-- The document's name: its file name without .xml. -->
  <xsl:variable name="tk:name" as="xs:string" select="replace(replace($tk:document-name, '\.xml$', ''), '[^A-Za-z0-9_.\-]', '_')"/>

  <xsl:variable name="tk:doc-href" as="xs:string" select="'doc/' || $tk:name || '.html'"/>

  <xsl:variable name="tk:split" as="xs:boolean"
      select="exists($tk:source) and tkh:text-length($tk:source/*/tei:text) gt $tk:split-threshold"/>

  <!-- The chunks in document order. -->
  <xsl:variable name="tk:chunks" as="element()*"
      select="if ($tk:split) then $tk:source/*/tei:text/(tei:front, tei:body, tei:back, tei:group/tei:text/(tei:front, tei:body, tei:back))/tei:div ! tkh:chunks-in(.) else ()"/>

  <!-- generate-id of each chunk to its page (ids are only compared within this run). -->
  <xsl:variable name="tk:chunk-pages" as="map(xs:string, xs:string)"
      select="map:merge($tk:chunks ! map:entry(generate-id(.), 'doc/' || $tk:name || '.' || tkh:chunk-name(.) || '.html'))"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <!--
    A chunk's part of its page's file name, which links and bookmarks keep: its xml:id, else its
    place among the divisions ("body-3-2", the second division of the third in the body), which
    an edit of the text does not move, as it would move the element numbers of tk:id.
  -->
  <xsl:function name="tkh:chunk-name" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="if ($div/@xml:id) then tk:id($div) else string-join((
        $div/ancestor::tei:text[parent::tei:group] ! ('text' || count(preceding-sibling::tei:text) + 1),
        ($div/ancestor::*[self::tei:front or self::tei:body or self::tei:back])[last()] ! local-name(),
        $div/ancestor-or-self::tei:div ! string(count(preceding-sibling::tei:div) + 1)), '-')"/>
  </xsl:function>

  <xsl:function name="tkh:chunks-in" as="element()*">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$div,
        if ($div/tei:div and tkh:text-length($div) gt $tk:split-threshold)
        then $div/tei:div ! tkh:chunks-in(.) else ()"/>
  </xsl:function>

  <!--
    The length of the string value of the nodes, summed over their text nodes: the same number
    as string-length(string(.)) without building the string (megabytes for a FRUS volume).
  -->
  <xsl:function name="tkh:text-length" as="xs:integer">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="sum($nodes/descendant-or-self::text() ! string-length(.))"/>
  </xsl:function>

  <xsl:function name="tkh:is-chunk" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$tk:split and map:contains($tk:chunk-pages, generate-id($e))"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The page (path from the edition's root) a node of the document is shown on. -->
  <xsl:function name="tkh:page-of" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if (not($tk:split)) then $tk:doc-href
        else (($node/ancestor-or-self::tei:div ! $tk:chunk-pages(generate-id(.)))[last()], $tk:doc-href)[1]"/>
  </xsl:function>

  <!-- A link from a page of this document to the element with this id, or nothing. -->
  <xsl:function name="tkh:href-to-id" as="xs:string?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="target" select="key('tk:xml-id', $id, $context/root())[1]
        [ancestor::tei:text][not(self::tei:lb or self::tei:graphic or self::tei:media or self::tei:binaryObject
          or self::tei:lem or self::tei:rdg or self::tei:rdgGrp or self::tei:text)]"/>
    <xsl:sequence select="if ($target) then tkh:local-href(tkh:page-of($target), tk:id($target)) else ()"/>
  </xsl:function>

  <!-- A link from a document page (all in doc/) to a fragment of a page of the edition. -->
  <xsl:function name="tkh:local-href" as="xs:string">
    <xsl:param name="page" as="xs:string"/>
    <xsl:param name="fragment" as="xs:string?"/>
    <xsl:sequence select="substring-after($page, 'doc/') || (if ($fragment) then '#' || $fragment else '')"/>
  </xsl:function>

  <!--
    The title of a chunk as it shows in tables of contents: its heading (tk:part-heading), as a
    novel's chapter has a number and a title ("CHAPTER III. JOHN BARTON'S GREAT TROUBLE."), else its id.
  -->
  <xsl:function name="tkh:chunk-title" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="(tk:part-heading($div), tk:id($div))[1]"/>
  </xsl:function>

  <!--
    The stable address of a division, from the edition's root: its page and its anchor; a chunk
    without an xml:id is its page alone (its anchor would be an element number, which an edit of
    the text moves, where its page's name does not).
  -->
  <xsl:function name="tkh:part-address" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="tkh:page-of($div) || (if ($div/@xml:id or not(tkh:is-chunk($div))) then '#' || tk:id($div) else '')"/>
  </xsl:function>

  <!--
    What a chunk's page says about the part it shows (the part it is in, else the chunk itself):
    number, title, date, how to cite it and its permanent link, in the document page's metadata
    and citation panels.
  -->
  <xsl:template name="tk:part-about">
    <xsl:param name="chunk" as="element()"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="part" select="(tk:part-of($chunk), $chunk)[1]"/>
    <xsl:variable name="address" select="tkh:part-address($part)"/>
    <xsl:variable name="permalink" select="$tk:base-url || $address"/>
    <div class="doc-about part-about">
      <!-- the document page's panel (tk:metadata): its classes, a data-key per fact -->
      <section class="metadata" aria-label="{tk:label('about-part')}">
        <dl class="tk-metadata">
          <xsl:call-template name="tk:meta-rows">
            <xsl:with-param name="rows" select="tk:row('number', tk:part-number($part)), tk:row('title', tk:part-title($part))"/>
          </xsl:call-template>
          <xsl:for-each select="tk:part-date($part)">
            <div class="meta-date" data-key="date"><dt><xsl:value-of select="tk:label('date')"/></dt>
              <dd><time datetime="{.}"><xsl:value-of select="tk:part-date-text($part)"/></time></dd></div>
          </xsl:for-each>
          <div class="meta-part" data-key="part"><dt><xsl:value-of select="tk:label('part')"/></dt>
            <dd><a href="{tkh:local-href($tk:doc-href, ())}"><xsl:value-of select="$title"/></a></dd></div>
        </dl>
      </section>
      <aside class="cite" aria-labelledby="cite-heading">
        <h2 id="cite-heading"><xsl:value-of select="tk:label('cite')"/></h2>
        <p class="citation"><xsl:value-of select="tk:part-citation($part, $title, $permalink)"/></p>
        <p class="permalink">
          <xsl:value-of select="tk:label('permalink')"/>: 
          <a href="{if ($tk:base-url) then $permalink else tkh:local-href($address, ())}"><xsl:value-of select="$permalink"/></a>
        </p>
      </aside>
    </div>
  </xsl:template>
</xsl:stylesheet>
