<?xml version="1.0" encoding="UTF-8"?>
<!--
  Citable parts of a document: the divisions a reader cites on their own, as FRUS's documents
  (div type="document" n="5") inside a volume. A part's identity is decided here, once: its
  number, its title, its date and its citation; the web edition (split pages, search labels,
  index mentions, the home page's dates of a volume) and the print edition (headings and
  bookmarks) show what these functions return. Any division can be asked for its number, title
  and date (a novel's chapter on a page of its own); tk:is-part says which divisions are parts.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- A division that is a document of its own inside a bigger one (a volume's documents). -->
  <xsl:function name="tk:is-part" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="exists($div[self::tei:div][@type = 'document'])"/>
  </xsl:function>

  <!-- The parts of a document's texts, in document order. -->
  <xsl:function name="tk:parts" as="element()*">
    <xsl:param name="texts" as="element()*"/>
    <xsl:sequence select="$texts//tei:div[@type = 'document']"/>
  </xsl:function>

  <!-- The innermost part a node is in, if any. -->
  <xsl:function name="tk:part-of" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::tei:div[@type = 'document'][1]"/>
  </xsl:function>

  <!-- A division's number as the edition gives it (@n: "5"), if any; an identifier in @n (PTA's
       "urn:cts:pta:...") is no number. -->
  <xsl:function name="tk:part-number" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="tk:citable-number($div/@n)"/>
  </xsl:function>

  <!--
    A division's heading as it reads: its heads as the reading text reads them (notes left out:
    a FRUS head holds its source note), run together as a chapter's number and title are
    ("CHAPTER III. JOHN BARTON'S GREAT TROUBLE."); without a head, its type and number as words
    ("Chapter 3"), else nothing.
  -->
  <xsl:function name="tk:part-heading" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$div/accumulator-before('tk:part-heading')"/>
  </xsl:function>

  <!-- Every division's heading (tk:division-heading), worked out once per document: a split
       volume's page, panel, citation, contents and search labels each ask for it, and reading a
       FRUS head (its notes left out) is the costly part. -->
  <xsl:accumulator name="tk:part-heading" as="xs:string?" initial-value="()">
    <xsl:accumulator-rule match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7"
        phase="start" select="tk:division-heading(.)"/>
  </xsl:accumulator>

  <xsl:function name="tk:division-heading" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="heads" select="$div/tei:head ! tk:reading-text(.)[. ne '']"/>
    <xsl:variable name="head" select="string-join(for $i in 1 to count($heads) return
        (if ($i gt 1) then (if (matches($heads[$i - 1], '[.:;!?]$')) then ' ' else ': ') else '') || $heads[$i])"/>
    <xsl:variable name="type" select="$div/@type[normalize-space()] ! translate(normalize-space(.), '-_', '  ')
        ! (upper-case(substring(., 1, 1)) || substring(., 2))"/>
    <!-- without a head: its number as tk:section-label gives it ("Section 5"), else its type and
         number as words ("Chapter 3", "Titlepage") -->
    <xsl:sequence select="if ($head) then $head
        else if (exists(tk:section-label($div))) then tk:section-label($div)
        else if ($type or $div/@n) then string-join(($type, tk:part-number($div)), ' ')
        else ()"/>
  </xsl:function>

  <!--
    A division's title: its heading without the number it opens with when that is its own
    number (FRUS heads read "5. Memorandum From ..." or, in older volumes, "No. 5. Mr. Seat to
    Mr. Gresham."; the number is shown as a number) and without its final full stop.
  -->
  <xsl:function name="tk:part-title" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="heading" select="tk:part-heading($div)"/>
    <xsl:variable name="n" select="tk:part-number($div)"/>
    <xsl:variable name="prefix" select="($n ! (. || '.', 'No. ' || . || '.', 'No.' || . || '.'))[starts-with($heading, .)][1]"/>
    <xsl:variable name="rest" select="$prefix ! normalize-space(substring-after($heading, .))"/>
    <!-- without the full stop that ends the head ("Mr. Seat to Mr. Gresham."): a label or a
         citation goes on after the title -->
    <xsl:sequence select="(if ($rest) then $rest else $heading) ! replace(., '([^.])\.$', '$1')"/>
  </xsl:function>

  <!--
    The element that dates a division (ISO value first): a FRUS cataloguer's
    frus:doc-dateTime-min, else the first date of its dateline (also in its opener or closer),
    not one of a part inside it.
  -->
  <xsl:function name="tk:part-dating" as="node()?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="(
        $div/@*[local-name() = 'doc-dateTime-min'][namespace-uri() = 'http://history.state.gov/ns/1.0'][matches(., '^-?\d{4}')],
        ($div/(tei:dateline, tei:opener/tei:dateline, tei:closer/tei:dateline)//tei:date)[exists(tk:iso-date(.))])[1]"/>
  </xsl:function>

  <!-- A division's date, ISO ("1976-05-21"), for sorting and <time datetime>. -->
  <xsl:function name="tk:part-date" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="dating" select="tk:part-dating($div)"/>
    <xsl:sequence select="if ($dating instance of attribute()) then replace($dating, 'T.*$', '')
        else $dating ! tk:iso-date(.)"/>
  </xsl:function>

  <!-- The same date as a reader reads it ("21 May 1976"). -->
  <xsl:function name="tk:part-date-text" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="dating" select="tk:part-dating($div)"/>
    <xsl:sequence select="if ($dating instance of attribute()) then tk:format-date(replace($dating, 'T.*$', ''))
        else $dating ! tk:date-text(.)"/>
  </xsl:function>

  <!-- "No. 5" for a numbered division, else nothing. -->
  <xsl:function name="tk:part-number-text" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="tk:part-number($div) ! (tk:label('number') || ' ' || .)"/>
  </xsl:function>

  <!-- How a part is named in lists, search results and bookmarks: "No. 5. Memorandum From ...". -->
  <xsl:function name="tk:part-label" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="string-join((tk:part-number-text($div), tk:part-title($div)), '. ')"/>
  </xsl:function>

  <!-- The label with the date: "No. 5. Memorandum From ..., 21 May 1976". -->
  <xsl:function name="tk:part-line" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="string-join((tk:part-label($div), tk:part-date-text($div)), ', ')"/>
  </xsl:function>

  <!--
    How to cite a part, in the shape of a document's citation (tk:citation): "“Memorandum From
    ...”, 21 May 1976. In: Foreign Relations ..., No. 5. doc/frus1977-80v01.d5.html#d5." $within is
    the title of the document the part is in; $address its stable address.
  -->
  <xsl:function name="tk:part-citation" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:param name="within" as="xs:string"/>
    <xsl:param name="address" as="xs:string?"/>
    <!-- a title that ends its own sentence ("OLD ALICE'S BAIRN.") takes no second full stop -->
    <xsl:sequence select="replace(string-join((
          string-join((tk:part-title($div) ! ('“' || . || '”'), tk:part-date-text($div)), ', '),
          tk:label-with('cite-in', string-join(($within, tk:part-number-text($div)), ', ')),
          $address[normalize-space()])[. ne ''], '. ') || '.',
        '([.!?]”)\. ', '$1 ')"/>
  </xsl:function>

  <!--
    The span of dates a document's parts cover, ISO, earliest and latest ("1969-01-20",
    "1972-12-31"); nothing when none is dated. A volume is dated by what it covers, not by when it
    was printed.
  -->
  <xsl:function name="tk:parts-coverage" as="xs:string*">
    <xsl:param name="parts" as="element()*"/>
    <xsl:variable name="dates" select="sort($parts ! tk:part-date(.))"/>
    <xsl:sequence select="$dates[1], $dates[last()]"/>
  </xsl:function>

  <!--
    The same span as a reader reads it ("29 July 1967 – 4 November 1972"): how both editions date
    a volume of parts (home page, print's heading and contents); nothing when no part is dated.
  -->
  <xsl:function name="tk:coverage-text" as="xs:string?">
    <xsl:param name="parts" as="element()*"/>
    <xsl:variable name="span" select="tk:parts-coverage($parts)"/>
    <xsl:sequence select="if (exists($span)) then string-join(distinct-values($span ! tk:format-date(.)), ' – ') else ()"/>
  </xsl:function>
</xsl:stylesheet>
