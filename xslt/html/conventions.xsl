<?xml version="1.0" encoding="UTF-8"?>
<!-- The "Editorial conventions" page: each convention with an example set as in the text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="tk:conventions">
    <xsl:call-template name="tk:page">
      <xsl:with-param name="href" select="'conventions.html'"/>
      <xsl:with-param name="title" select="tk:label('conventions')"/>
      <xsl:with-param name="current" select="'conventions'"/>
      <xsl:with-param name="body-class" select="'conventions-page reading-edited'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="tk:label('conventions')"/></h1>
        <p>The text is given as the source transmits it, with the editors' interventions marked as follows.
          Every mark has a tooltip that says what it is.</p>
        <dl class="conventions">
          <dt>Page breaks</dt>
          <dd>A bar in the text where a new page of the source begins, its page or folio number in the margin:
            <span class="example">… end of one page <span class="pb" role="note" aria-label="Page 2"><span class="pb-mark" aria-hidden="true">|</span><span class="folio">2</span></span>start of the next …</span></dd>
          <dt>Forme work, stamps and reference numbers</dt>
          <dd>Running heads, page numbers, registry and reference numbers and stamps are set apart in a frame, in smaller type:
            <span class="example"><span class="tei-fw apart" title="forme work">Исх. № 250</span> <span class="tei-stamp apart" title="stamp">РАСЕКРЕЧЕНО</span></span></dd>
          <dt>Additions</dt>
          <dd>Text added to the source is underlined; added in another hand, it is set in a different colour and its tooltip names the hand:
            <span class="example"><ins class="tei-add other-hand" title="added, hand B" data-hand="B">added text</ins></span></dd>
          <dt>Deletions</dt>
          <dd>Text struck out in the source is struck through: <span class="example"><del class="tei-del" title="deleted">deleted</del></span></dd>
          <dt>Unclear text</dt>
          <dd>Text the editors could not read with certainty is underlined with dots and followed by a question mark:
            <span class="example"><span class="tei-unclear" title="unclear">uncertain</span></span></dd>
          <dt>Gaps</dt>
          <dd>Text the editors could not read or that is missing is shown as <span class="example"><span class="tei-gap" role="img" aria-label="text missing" title="text missing">[…]</span></span>; its tooltip gives the reason and extent when known.</dd>
          <dt>Supplied text</dt>
          <dd>Text the editors supply is in square brackets: <span class="example"><span class="tei-supplied">supplied</span></span></dd>
          <dt>Corrections</dt>
          <dd>Where the editors correct an error of the source, the corrected reading is shown, marked by a dotted outline;
            its tooltip gives the transmitted reading. The <em>Text</em> switch above a document shows the whole text
            <em>as transmitted</em> (errors and original spellings, marked) or <em>corrected</em>.
            <span class="example"><span class="tei-choice"><span class="reading-edited" title="As transmitted: Chevornenko"><span class="tei-corr">Chervonenko</span></span><span class="reading-transmitted" title="Corrected: Chervonenko"><span class="tei-sic">Chevornenko</span></span></span></span></dd>
          <dt>Notes and apparatus</dt>
          <dd>Numbered markers point to the editors' notes, lettered markers to the apparatus of variant readings.
            Activate a marker (click, or Tab to it and press Enter) to open the note in place; all notes are also listed after the text,
            each with a link back to its place.</dd>
          <dt>Names</dt>
          <dd>Persons, places and organisations named in the text are links to their entries in the indexes,
            which give the normalised name, other spellings, dates, an authority record and every mention.</dd>
          <dt>Original and translation</dt>
          <dd>Documents with a translation can be read in the original, in translation, or side by side, paragraph by paragraph;
            the choice is remembered. On a narrow screen the two are stacked.</dd>
        </dl>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
