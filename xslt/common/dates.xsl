<?xml version="1.0" encoding="UTF-8"?>
<!-- Dates: ISO values from TEI attributes, and how they read. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- The months in the interface language: with a day ("1 March"), and alone ("March 1962"). -->
  <xsl:variable name="tk:months" as="xs:string+" select="(1 to 12) ! tk:label('month-' || .)"/>
  <xsl:variable name="tk:months-alone" as="xs:string+" select="(1 to 12) ! tk:label('month-alone-' || .)"/>

  <!-- The ISO value of a date element: @when, @from, @notBefore (or the ISO form of its text). -->
  <xsl:function name="tk:iso-date" as="xs:string?">
    <xsl:param name="date" as="element()?"/>
    <xsl:variable name="v" select="($date/@when, $date/@when-iso, $date/@from, $date/@notBefore,
        $date/@notAfter)[matches(., '^-?\d{4}')][1]"/>
    <xsl:sequence select="if ($v) then replace($v, 'T.*$', '')
        else if (matches(normalize-space($date), '^\d{4}(-\d\d(-\d\d)?)?$')) then normalize-space($date)
        else ()"/>
  </xsl:function>

  <!-- "1 March 1962", "March 1962" or "1962" for an ISO date ("401" for 0401); the value itself when not ISO. -->
  <xsl:function name="tk:format-date" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <!-- matches() and substring(), not xsl:analyze-string, which cost ten times as much: a
         split volume formats a date for every part on several of its pages -->
    <xsl:choose>
      <xsl:when test="matches($iso, '^\d{4}(-\d\d(-\d\d)?)?$')">
        <xsl:variable name="month" select="if (string-length($iso) ge 7) then xs:integer(substring($iso, 6, 2)) else 0"/>
        <xsl:sequence select="string-join((
            if (string-length($iso) eq 10) then string(xs:integer(substring($iso, 9, 2))) else (),
            if ($month ge 1 and $month le 12) then (if (string-length($iso) eq 10) then $tk:months else $tk:months-alone)[$month] else (),
            string(xs:integer(substring($iso, 1, 4)))), ' ')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$iso"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    A date element as a reader reads it: @when formatted; a range (@from/@to, @notBefore/@notAfter)
    as "from–to", "not before", "not after"; else the ISO form of its text, else the text.
  -->
  <xsl:function name="tk:date-text" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="iso" select="function($a) { $date/@*[local-name() = $a][matches(., '^-?\d{4}')] ! replace(., 'T.*$', '') }"/>
    <xsl:variable name="start" select="($iso('from'), $iso('notBefore'))[1]"/>
    <xsl:variable name="end" select="($iso('to'), $iso('notAfter'))[1]"/>
    <xsl:sequence select="
        if (exists($iso('when'))) then tk:format-date($iso('when'))
        else if (exists($start) and exists($end)) then tk:format-date($start) || '–' || tk:format-date($end)
        else if (exists($start)) then tk:label-with(if ($iso('from')) then 'date-from' else 'date-not-before', tk:format-date($start))
        else if (exists($end)) then tk:label-with(if ($iso('to')) then 'date-until' else 'date-not-after', tk:format-date($end))
        else (tk:iso-date($date) ! tk:format-date(.), normalize-space($date))[1]"/>
  </xsl:function>

  <!-- Life dates of a person entry: "1904–1997". -->
  <xsl:function name="tk:life-dates" as="xs:string?">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="b" select="($person/tei:birth/(@when, @notBefore, tei:date/@when), $person/tei:birth)[1]"/>
    <xsl:variable name="d" select="($person/tei:death/(@when, @notBefore, tei:date/@when), $person/tei:death)[1]"/>
    <xsl:variable name="by" select="if ($b) then replace(normalize-space($b), '^(-?\d{4}).*$', '$1') else ''"/>
    <xsl:variable name="dy" select="if ($d) then replace(normalize-space($d), '^(-?\d{4}).*$', '$1') else ''"/>
    <xsl:sequence select="if ($by or $dy) then $by || '–' || $dy
        else $person/(tei:floruit, tei:date)[1]!normalize-space()"/>
  </xsl:function>
</xsl:stylesheet>
