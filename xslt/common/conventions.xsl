<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which editorial conventions an edition uses: the web's conventions page and print's conventions
  section explain those, and only those, in the words of the labels 'conv-KEY' (the convention's
  name) and 'conv-KEY-text' (what it means), whatever the medium shows it with.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <!-- Every convention, in the order a reader is told them. -->
  <xsl:variable name="tk:convention-keys" as="xs:string+" select="('page-breaks', 'forme-work', 'stamps',
      'line-numbers', 'additions', 'deletions', 'unclear', 'gaps', 'supplied', 'corrections',
      'regularisations', 'abbreviations', 'text-switch', 'notes', 'apparatus', 'sigla', 'names', 'parallel')"/>

  <!--
    The conventions the documents use (keys of tk:convention-keys, in that order): those whose
    marks occur in their texts. 'text-switch' is the choice between the transmitted and the
    corrected text (any choice); 'sigla' a key of witnesses or hands; 'names' names that point to
    an entry of an index; 'parallel' a group of an original and its translation.
  -->
  <xsl:function name="tk:conventions" as="xs:string*">
    <xsl:param name="documents" as="node()*"/>
    <xsl:variable name="tei" select="$documents/descendant-or-self::tei:TEI"/>
    <xsl:variable name="used" as="xs:string*" select="distinct-values($tei/tei:text/descendant::*/local-name())"/>
    <xsl:variable name="present" as="map(xs:string, xs:boolean)" select="map {
        'page-breaks': $used = 'pb', 'forme-work': $used = 'fw', 'stamps': $used = 'stamp',
        'line-numbers': exists($tei/tei:text//tei:ab//tei:lb[@n]),
        'additions': $used = ('add', 'addSpan'), 'deletions': $used = ('del', 'delSpan'),
        'unclear': $used = 'unclear', 'gaps': $used = 'gap', 'supplied': $used = 'supplied',
        'corrections': $used = ('sic', 'corr'), 'regularisations': $used = ('orig', 'reg'),
        'abbreviations': $used = ('abbr', 'expan', 'ex'), 'text-switch': $used = 'choice',
        'notes': $used = 'note', 'apparatus': $used = 'app',
        'sigla': exists($tei ! tk:sigla-key(.)),
        'names': exists($tei/tei:text//*[tk:is-name(.)][exists(tk:entity-keys(.))]),
        'parallel': exists($tei ! tk:translation-text(.)) }"/>
    <xsl:sequence select="$tk:convention-keys[$present(.)]"/>
  </xsl:function>
</xsl:stylesheet>
