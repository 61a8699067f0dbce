<?xml version="1.0" encoding="UTF-8"?>
<!--
  Page design: a 170 × 240 mm page with a wider outer margin for the original's page numbers,
  running heads (document title on the right, edition title on the left), page numbers outside,
  footnotes under a short rule. Bookmarks mirror the table of contents.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkfo="https://teikit.org/ns/xslt/fo"
    exclude-result-prefixes="#all">

  <xsl:template name="tkfo:layout-masters">
    <fo:layout-master-set>
      <!-- mirrored margins: the wider one, where the original's page numbers stand, is outside
           (right on odd pages, left on even ones), as the conventions page says -->
      <!-- a page sequence's first page without running head: on an odd page or an even one
           (first-even), whose wider margin is the left, as for the other even pages -->
      <xsl:for-each select="'odd', 'even', 'first', 'first-even'">
        <fo:simple-page-master master-name="tk-{.}" page-width="{$tkfo:page-size[1]}" page-height="{$tkfo:page-size[2]}"
            margin-top="{$tkfo:margins[1]}" margin-bottom="{$tkfo:margins[3]}"
            margin-left="{if (ends-with(., 'even')) then $tkfo:margins[2] else $tkfo:margins[4]}" margin-right="{if (ends-with(., 'even')) then $tkfo:margins[4] else $tkfo:margins[2]}">
          <fo:region-body margin-top="12mm" margin-bottom="10mm"/>
          <fo:region-before region-name="tk-head-{replace(., '-even$', '')}" extent="8mm"/>
          <fo:region-after region-name="tk-foot-{replace(., '-even$', '')}" extent="6mm"/>
        </fo:simple-page-master>
      </xsl:for-each>
      <fo:page-sequence-master master-name="tk-book">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="tk-first-even" page-position="first" odd-or-even="even"/>
          <fo:conditional-page-master-reference master-reference="tk-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="tk-odd" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="tk-even" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- Static content of a page sequence: running heads with the section's title, page numbers. -->
  <xsl:template name="tkfo:static">
    <xsl:param name="title" as="xs:string"/>
    <fo:static-content flow-name="tk-head-odd">
      <fo:block font-size="8pt" font-style="italic" text-align="end" border-bottom="0.4pt solid #888"
          padding-bottom="1pt" text-align-last="justify">
        <fo:inline><xsl:value-of select="tkfo:running-head($title, 'odd')"/></fo:inline>
        <fo:leader leader-pattern="space"/>
        <fo:inline font-style="normal"><fo:page-number/></fo:inline>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="tk-head-even">
      <fo:block font-size="8pt" font-style="italic" text-align-last="justify"
          border-bottom="0.4pt solid #888" padding-bottom="1pt">
        <fo:inline font-style="normal"><fo:page-number/></fo:inline>
        <fo:leader leader-pattern="space"/>
        <fo:inline><xsl:value-of select="tkfo:running-head($title, 'even')"/></fo:inline>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="tk-foot-first">
      <fo:block font-size="8pt" text-align="center"><fo:page-number/></fo:block>
    </fo:static-content>
    <!-- The rule over the footnotes, 6 pt below the last line of text: padding, which FOP keeps at
         the top of the footnote area (a space-before there is discarded, and the rule touched the
         descenders of the line above it), then the rule as a leader. -->
    <fo:static-content flow-name="xsl-footnote-separator">
      <fo:block padding-top="6pt" padding-bottom="2pt" line-height="0.5pt" font-size="0.5pt">
        <fo:leader leader-pattern="rule" leader-length="25%" rule-thickness="0.5pt" rule-style="solid"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <xsl:function name="tkfo:short" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="if (string-length($s) le 80) then $s
        else replace(substring($s, 1, 78), '\s+\S*$', '') || ' …'"/>
  </xsl:function>

  <!--
    A document's outline under its bookmark: its divisions that have a head or a number
    (tk:section-label: "Section 12"), three levels deep (a FRUS volume: its compilation, sections
    and documents), folded; each goes to its number, else its head.
  -->
  <xsl:template match="*" mode="tkfo:bookmark">
    <xsl:param name="depth" as="xs:integer" select="1"/>
    <fo:bookmark internal-destination="{tkfo:division-id(.)}" starting-state="hide">
      <!-- a part (a volume's document) by its number, title and date, as the web edition names it;
           another division by its section label and head -->
      <fo:bookmark-title><xsl:value-of select="if (tk:is-part(.)) then string-join((tkfo:short(tk:part-label(.)), tk:part-date-text(.)), ', ')
          else tkfo:short(string-join((tk:section-label(.), tk:reading-text(tei:head[1])[. ne '']), '. '))"/></fo:bookmark-title>
      <xsl:if test="$depth lt 3">
        <xsl:apply-templates select="*[tkfo:outlined(.)]" mode="tkfo:bookmark">
          <xsl:with-param name="depth" select="$depth + 1"/>
        </xsl:apply-templates>
      </xsl:if>
    </fo:bookmark>
  </xsl:template>

  <xsl:function name="tkfo:outlined" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tkfo:is-division($e) and (exists(tk:section-label($e)) or tk:reading-text($e/tei:head[1]) ne '')"/>
  </xsl:function>

  <!-- The id of a division's first head, where its bookmark goes: unique in the book. -->
  <xsl:function name="tkfo:division-id" as="xs:string">
    <xsl:param name="division" as="element()"/>
    <xsl:sequence select="'tk-div-' || tkfo:place($division) || '-' || tk:id($division)"/>
  </xsl:function>

  <!-- The bookmarks of what this layout prints (a part of a parted book carries its own; the
       renderer joins them in book order). -->
  <xsl:template name="tkfo:bookmarks">
    <xsl:variable name="bookmarks" as="element(fo:bookmark)*">
      <xsl:if test="$tk:scope = 'edition' and $tk:part = ('whole', 'front')">
        <fo:bookmark internal-destination="tk-contents">
          <fo:bookmark-title><xsl:value-of select="tkfo:label('contents')"/></fo:bookmark-title>
        </fo:bookmark>
      </xsl:if>
      <xsl:for-each select="$tk:documents">
        <xsl:variable name="n" select="$tk:first-number + position() - 1"/>
        <xsl:if test="$tk:part = 'whole' or $n = $tk:part-number">
          <fo:bookmark internal-destination="{tkfo:doc-id($n)}">
            <fo:bookmark-title><xsl:value-of select="$n || '. ' || tkfo:short(tk:title(tkfo:tei(.)))"/></fo:bookmark-title>
            <xsl:apply-templates select="(tei:TEI, *)[1]/tei:text//(tei:front | tei:body | tei:back)
                /*[tkfo:outlined(.)]" mode="tkfo:bookmark"/>
          </fo:bookmark>
        </xsl:if>
      </xsl:for-each>
      <!-- the part first: the entries need every document, which a document's part does not -->
      <xsl:if test="$tk:part = ('whole', 'index') and exists($tkfo:index-entries)">
        <fo:bookmark internal-destination="tk-index">
          <fo:bookmark-title><xsl:value-of select="tkfo:label('index')"/></fo:bookmark-title>
        </fo:bookmark>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="exists($bookmarks)">
      <fo:bookmark-tree>
        <xsl:sequence select="$bookmarks"/>
      </fo:bookmark-tree>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
