<?xml version="1.0" encoding="UTF-8"?>
<!--
  Who is responsible for an intervention (add, del, subst, supplied, unclear, corr, handShift,
  a reading of an apparatus, a note), web and print alike: the hand that made it (@hand, a
  handShift's @new) named as a hand ("hand A", "hand 2"), then the people its @resp names by
  their sigla ("ed." for the edition's own editors, tk:siglum-of decides). An emendation or a
  conjecture that names no one is the edition's: "ed.". Pointers resolve as tk:pointed does, in
  the document and in edition.xml; an id is never shown when something declared has a siglum.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- Reading types that are the editors' own when they name no one responsible. -->
  <xsl:variable name="tk:editorial-types" as="xs:string*" select="('emendation', 'conjecture')"/>

  <!-- The pointers to the hand that made an intervention: its @hand, or a handShift's @new. -->
  <xsl:function name="tk:hand-pointers" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/@hand, $e/self::tei:handShift/@new)[normalize-space()]"/>
  </xsl:function>

  <!-- The hand that made an intervention, named as a hand ("hand A"); none when it names none. -->
  <xsl:function name="tk:responsible-hand" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tk:sigla(tk:hand-pointers($e))[. ne ''] ! tk:hand-name(.)"/>
  </xsl:function>

  <!-- The sigla of the people responsible (@resp), or "ed." for an unattributed emendation. -->
  <xsl:function name="tk:responsible-people" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@resp[normalize-space()]) then tk:pointer-sigla($e/@resp)
        else if (tokenize(lower-case($e/@type)) = $tk:editorial-types) then tk:label('ed')
        else ()"/>
  </xsl:function>

  <!-- The hand, then the people responsible for an intervention, each a siglum. -->
  <xsl:function name="tk:responsible" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tk:responsible-hand($e), tk:responsible-people($e)"/>
  </xsl:function>

  <!-- Who is responsible, as both editions print it: "hand A", "ed.", "hand B, ed."; '' for no one. -->
  <xsl:function name="tk:responsibility" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tk:sigla-list(tk:responsible($e))"/>
  </xsl:function>

  <!--
    The same in words, for a tooltip or a reader's note: the hand with its description ("hand 2:
    The hand that wrote the list"), then the people responsible; '' for no one.
  -->
  <xsl:function name="tk:responsibility-description" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string-join((tk:hand-pointers($e) ! tk:hand-description(.),
        tk:responsible-people($e)), '; ')"/>
  </xsl:function>

  <!--
    Who wrote a note, when it is not the edition's editors (whose notes are the default, unsigned):
    its hand, or someone else its @resp names ("Schröder"); '' for the editors' own.
  -->
  <xsl:function name="tk:note-responsibility" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="tk:sigla-list(tk:responsible($note)[. ne tk:label('ed')])"/>
  </xsl:function>
</xsl:stylesheet>
