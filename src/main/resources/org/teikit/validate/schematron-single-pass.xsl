<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit's fast path for ISO Schematron: compiles a schema into an XSLT 3.0 stylesheet that visits
  each node of the document once. Every rule becomes a template rule of one mode, its priority
  given by the order of patterns and rules; a template reports its assertions, then hands the node
  on with xsl:next-match, so that every pattern gets its turn. Within a pattern only the first
  matching rule fires: the patterns already fired travel along the next-match chain.

  The output is not SVRL but a flat list of tk:finding elements (the same facts: id, role, the
  pattern's id, the node's path, the message), which is all teikit reads.

  Supported: ns, let (schema, pattern, rule), pattern, rule, assert, report, name, value-of,
  emph/dir/span (as text). Schemas that use abstract patterns or rules, phases, includes or
  diagnostics are compiled with SchXslt instead (see SchematronCompiler).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    xmlns:out="urn:teikit:alias:xsl"
    xmlns:tk="https://teikit.org/ns/validate"
    exclude-result-prefixes="sch">

  <xsl:namespace-alias stylesheet-prefix="out" result-prefix="xsl"/>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="tk:message" on-no-match="shallow-skip"/>

  <!-- Rules in schema order, each paired with its pattern's number. -->
  <xsl:variable name="rules" as="element(sch:rule)*" select="//sch:pattern/sch:rule"/>

  <xsl:template match="/sch:schema">
    <out:stylesheet version="3.0" exclude-result-prefixes="#all">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="@uri"/>
      </xsl:for-each>
      <out:mode name="tk:check" on-no-match="shallow-skip" on-multiple-match="fail"/>
      <!-- The rules to compile (numbers in schema order), all by default: a validator for one
           document is compiled with only the rules that can fire in it (PrunedValidators.java). -->
      <out:param name="tk:rules" static="yes" as="xs:integer*" select="1 to {count($rules)}"/>
      <xsl:apply-templates select="sch:let" mode="tk:variable"/>
      <out:template match="/">
        <tk:findings>
          <out:apply-templates select="." mode="tk:check"/>
        </tk:findings>
      </out:template>
      <xsl:apply-templates select="$rules"/>
      <out:template match="document-node() | element()" mode="tk:check" priority="-1000">
        <out:apply-templates select="@* | node()" mode="tk:check"/>
      </out:template>
      <out:template match="attribute() | text() | comment() | processing-instruction()" mode="tk:check" priority="-1000"/>
    </out:stylesheet>
  </xsl:template>

  <xsl:template match="sch:rule">
    <xsl:variable name="order" as="xs:integer" select="count(preceding::sch:rule) + 1"/>
    <xsl:variable name="pattern" as="xs:integer" select="count(../preceding-sibling::sch:pattern) + 1"/>
    <out:template match="{@context}" mode="tk:check" priority="{count($rules) - $order}"
        use-when="$tk:rules = {$order}">
      <xsl:copy-of select="namespace::*[not(name() = ('', 'xml'))]"/>
      <out:param name="tk:fired" as="xs:integer*" select="()"/>
      <out:choose>
        <out:when test="$tk:fired = {$pattern}">
          <out:next-match><out:with-param name="tk:fired" select="$tk:fired"/></out:next-match>
        </out:when>
        <out:otherwise>
          <xsl:apply-templates select="../sch:let, sch:let" mode="tk:variable"/>
          <xsl:apply-templates select="sch:assert | sch:report"/>
          <out:next-match><out:with-param name="tk:fired" select="($tk:fired, {$pattern})"/></out:next-match>
        </out:otherwise>
      </out:choose>
    </out:template>
  </xsl:template>

  <xsl:template match="sch:let" mode="tk:variable">
    <out:variable name="{@name}" select="{(@value, '()')[1]}"/>
  </xsl:template>

  <!-- ISO Schematron evaluates a pattern's variables on the document, not on the rule's node. -->
  <xsl:template match="sch:pattern/sch:let" mode="tk:variable">
    <out:variable name="{@name}" select="root(.) ! ({(@value, '()')[1]})"/>
  </xsl:template>

  <xsl:template match="sch:assert | sch:report">
    <xsl:variable name="test" select="if (self::sch:assert) then 'not(' || @test || ')' else '(' || @test || ')'"/>
    <out:if test="{$test}">
      <tk:finding kind="{local-name()}" pattern="{../../@id}" location="{{path()}}">
        <xsl:copy-of select="@id, @role"/>
        <xsl:apply-templates mode="tk:message"/>
      </tk:finding>
    </out:if>
  </xsl:template>

  <!-- Whitespace-only text between message parts is dropped, as in any XSLT stylesheet. -->
  <xsl:template match="text()[normalize-space()]" mode="tk:message">
    <out:text><xsl:value-of select="."/></out:text>
  </xsl:template>

  <xsl:template match="sch:name" mode="tk:message">
    <out:value-of select="name({(@path, '.')[1]})"/>
  </xsl:template>

  <xsl:template match="sch:value-of" mode="tk:message">
    <out:value-of select="{@select}"/>
  </xsl:template>

  <xsl:template match="sch:emph | sch:dir | sch:span" mode="tk:message">
    <xsl:apply-templates mode="tk:message"/>
  </xsl:template>
</xsl:stylesheet>
