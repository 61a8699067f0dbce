<?xml version="1.0" encoding="UTF-8"?>
<!--
  What teikit does not render: the elements of a document's text that have no rule of their own
  in the web edition (print sets a few of them, such as speaker and address, but no more). Their text is still shown, but not what the element means (a metamark, a
  feature structure, an element of another vocabulary), so the build reports them, counted,
  for the editor to know (org.teikit.publish.html.Unrendered). What lies outside the text
  (teiHeader, facsimile, standOff, sourceDoc) is not counted: the README says what of it is shown.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!--
    The TEI elements of the text that have a rule of their own: every element a template of the
    web's mode tk:html matches (UnrenderedTest keeps this list and those templates in step),
    and the parts of an apparatus entry and a table that their entry's or row's rule sets.
    Lists of persons, places and organisations in a text are what the indexes show: not counted.
  -->
  <xsl:variable name="tk:rendered-elements" as="map(xs:string, xs:boolean)" select="map:merge((
      'ab', 'abbr', 'add', 'affiliation', 'app', 'argument', 'author', 'back', 'bibl', 'binaryObject',
      'body', 'byline', 'c', 'castList', 'cb', 'choice', 'cit', 'closer', 'corr', 'country', 'damage', 'date',
      'dateline', 'del', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'docAuthor',
      'docDate', 'docImprint', 'docTitle', 'emph', 'epigraph', 'expan', 'figDesc', 'figure',
      'floatingText', 'foreign', 'front', 'fw', 'g', 'gap', 'geogName', 'gloss', 'graphic', 'group',
      'handShift', 'head', 'hi', 'idno', 'item', 'l', 'label', 'lb', 'letter', 'lg', 'link', 'list', 'listApp',
      'listBibl', 'measure', 'media', 'mentioned', 'milestone', 'name', 'note', 'num', 'opener',
      'orgName', 'orig', 'p', 'pb', 'pc', 'persName', 'placeName', 'postscript', 'ptr', 'q', 'quote',
      'ref', 'reg', 'restore', 'roleName', 'row', 'rs', 'said', 'salute', 'secl', 'seg', 'settlement',
      'sic', 'signed', 'soCalled', 'sp', 'space', 'stamp', 'subst', 'supplied', 'surplus', 'table',
      'term', 'text', 'time', 'title', 'titlePage', 'titlePart', 'trailer', 'unclear', 'w',
      (: set by the rule of their apparatus entry or table row :)
      'lem', 'rdg', 'rdgGrp', 'wit', 'witDetail', 'cell'
      ) ! map { .: true() })"/>

  <!--
    The elements of a document's text that have no rule of their own, by name ('tei:metamark',
    or the name as written for another vocabulary's), each with how often it occurs.
  -->
  <xsl:function name="tk:unrendered" as="map(xs:string, xs:integer)">
    <xsl:param name="tei" as="element()"/>
    <xsl:map>
      <xsl:for-each-group select="$tei/tei:text/descendant::*[not(self::tei:* and map:contains($tk:rendered-elements, local-name()))]
          [not(ancestor-or-self::*[self::tei:listPerson or self::tei:listPlace or self::tei:listOrg])]"
          group-by="if (self::tei:*) then 'tei:' || local-name() else name()">
        <xsl:map-entry key="current-grouping-key()" select="count(current-group())"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>
</xsl:stylesheet>
