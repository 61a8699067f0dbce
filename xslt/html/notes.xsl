<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes and apparatus. In the text, a numbered marker (a link to the note in the list after the
  text, which teikit.js turns into a toggle that opens the note in place); after the text, every
  note with a link back to its marker. Apparatus entries are lettered.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:note" mode="tk:html">
    <xsl:variable name="label" select="tk:note-label(.)"/>
    <a class="noteref" href="#{tk:id(.)}" id="ref-{tk:id(.)}" role="button" aria-expanded="false"
        data-note="{tk:id(.)}">
      <span class="visually-hidden"><xsl:value-of select="tk:label('note')"/><xsl:text> </xsl:text></span>
      <xsl:value-of select="$label"/>
    </a>
  </xsl:template>

  <!-- A note in the header (in a summary, say) or in an apparatus entry has no place in the
       list of notes: it shows in brackets where it is. -->
  <xsl:template match="tei:note[not(ancestor::tei:text)] | tei:app//tei:note" mode="tk:html" priority="2">
    <span class="tei-note inline-note" id="{tk:id(.)}"> [<xsl:apply-templates mode="tk:html"/>]</span>
  </xsl:template>

  <!-- A note inside a note's text (rare) stays where it is, in brackets. -->
  <xsl:template match="tei:note//tei:note" mode="tk:html" priority="1">
    <span class="tei-note nested"> [<xsl:apply-templates mode="tk:html"/>] </span>
  </xsl:template>

  <xsl:template match="tei:app" mode="tk:html">
    <xsl:variable name="lemma" select="tk:lemma(.)"/>
    <span>
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="id" select="true()"/>
      </xsl:call-template>
      <span class="lem"><xsl:apply-templates select="$lemma/node()" mode="tk:html"/></span>
      <a class="noteref appref" href="#app-{tk:id(.)}" id="ref-app-{tk:id(.)}" role="button"
          aria-expanded="false" data-note="app-{tk:id(.)}">
        <span class="visually-hidden"><xsl:value-of select="tk:label('apparatus')"/><xsl:text> </xsl:text></span>
        <xsl:value-of select="tk:app-label(.)"/>
      </a>
    </span>
  </xsl:template>

  <!--
    An apparatus given in place (EpiDoc's div type="apparatus"): its entries listed where it
    stands, not as markers; they refer to the text by line (@loc), not by position.
  -->
  <xsl:template match="tei:listApp" mode="tk:html">
    <xsl:apply-templates select="* except tei:app" mode="tk:html"/>
    <ul>
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="class" select="'app-list'"/>
      </xsl:call-template>
      <xsl:for-each select="tei:app">
        <li id="{tk:id(.)}" class="app-entry"><xsl:call-template name="tk:app-entry"/></li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!--
    An apparatus entry: "3 lemma witnesses] reading witnesses; ... notes", the line (@loc) when
    given, the lemma and its bracket only when the entry has one.
  -->
  <xsl:template name="tk:app-entry">
    <xsl:variable name="lemma" select="tk:lemma(.)"/>
    <xsl:variable name="variants" select="tk:variants(.)"/>
    <xsl:variable name="addition" select="tk:empty-lemma($lemma)"/>
    <xsl:for-each select="@loc[normalize-space()]">
      <span class="app-loc"><xsl:value-of select="normalize-space(.)"/></span>
      <xsl:text> </xsl:text>
    </xsl:for-each>
    <xsl:if test="exists($lemma) and not($addition)">
      <span class="lem">
        <xsl:choose>
          <!-- given in place, the entry is the only place the lemma shows -->
          <xsl:when test="parent::tei:listApp"><xsl:apply-templates select="$lemma/node()" mode="tk:html"/></xsl:when>
          <!-- words, not the lemma's markup again: the text has its ids, notes and entries already -->
          <xsl:otherwise><xsl:value-of select="tk:quoted-lemma(tk:reading-text($lemma))"/></xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:call-template name="tk:reading-sigla"><xsl:with-param name="reading" select="$lemma"/></xsl:call-template>
      <xsl:text>] </xsl:text>
    </xsl:if>
    <xsl:for-each select="$variants">
      <span class="rdg">
        <xsl:apply-templates mode="tk:html"/>
        <xsl:if test="not(normalize-space())"><em>om.</em></xsl:if>
      </span>
      <xsl:if test="$addition and normalize-space()"><xsl:text> </xsl:text><em><xsl:value-of select="tk:label('added-abbr')"/></em></xsl:if>
      <xsl:call-template name="tk:reading-sigla"/>
      <xsl:if test="position() ne last()"><xsl:text>; </xsl:text></xsl:if>
    </xsl:for-each>
    <xsl:for-each select="tei:note, tei:wit, tei:witDetail">
      <xsl:if test="position() gt 1 or exists($lemma) or exists($variants)"><xsl:text> </xsl:text></xsl:if>
      <span class="app-note" id="{tk:id(.)}">
        <!-- a witness's detail says which witness it is about -->
        <xsl:for-each select="self::tei:witDetail/tk:sigla(@wit)[. ne '']">
          <span class="wit"><xsl:value-of select="."/></span><xsl:text> </xsl:text>
        </xsl:for-each>
        <xsl:apply-templates mode="tk:html"/>
      </span>
    </xsl:for-each>
  </xsl:template>

  <!-- " A B ed.": the witnesses of a reading and who is responsible for it, when it names them. -->
  <xsl:template name="tk:reading-sigla">
    <xsl:param name="reading" as="element()" select="."/>
    <xsl:variable name="sigla" select="tk:reading-sigla($reading)"/>
    <xsl:if test="$sigla ne ''"><xsl:text> </xsl:text><span class="wit"><xsl:value-of select="$sigla"/></span></xsl:if>
  </xsl:template>

  <!-- The key to the document's sigla, witnesses and hands: "R  The Russian typescript …". -->
  <xsl:template name="tk:sigla-key">
    <xsl:variable name="key" select="tk:sigla-key(root(.))"/>
    <xsl:if test="exists($key)">
      <section class="notes sigla" aria-labelledby="sigla-heading">
        <h2 id="sigla-heading"><xsl:value-of select="tk:label('sigla')"/></h2>
        <dl class="sigla-key">
          <xsl:for-each select="$key">
            <div class="siglum-{?kind}">
              <dt><xsl:value-of select="?siglum"/></dt>
              <dd><xsl:value-of select="?description"/></dd>
            </div>
          </xsl:for-each>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <!--
    The name a screen reader gives a note's link back to its marker: the mark the reader sees is
    in it ("Note 1: back to the text"), as a link's visible text must be.
  -->
  <xsl:function name="tkh:back-label" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="mark" as="xs:string"/>
    <xsl:sequence select="tk:label($kind) || ' ' || $mark || ': ' || lower-case(tk:label('back-to-text'))"/>
  </xsl:function>

  <!-- The notes and apparatus entries shown on a page, after its text. -->
  <xsl:template name="tk:notes-section">
    <xsl:param name="notes" as="element()*"/>
    <xsl:param name="apps" as="element()*"/>
    <xsl:if test="exists($notes)">
      <section class="notes" aria-labelledby="notes-heading">
        <h2 id="notes-heading"><xsl:value-of select="tk:label('notes')"/></h2>
        <ol class="note-list">
          <xsl:for-each select="$notes">
            <li id="{tk:id(.)}" class="note">
              <xsl:if test="ancestor-or-self::*/@xml:lang">
                <xsl:attribute name="lang" select="ancestor-or-self::*[@xml:lang][1]/@xml:lang"/>
              </xsl:if>
              <a class="note-back" href="#ref-{tk:id(.)}" lang="en">
                <xsl:attribute name="aria-label" select="tkh:back-label('note', tk:note-label(.))"/>
                <xsl:value-of select="tk:note-label(.)"/>
              </a>
              <xsl:text> </xsl:text>
              <div class="note-body">
                <xsl:apply-templates mode="tk:html"/>
                <xsl:for-each select="tk:note-responsibility(.)[. ne '']">
                  <span class="note-resp"><xsl:text> — </xsl:text><xsl:value-of select="."/></span>
                </xsl:for-each>
              </div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
    <!-- the key on the document's page, and on each part's page that has an apparatus -->
    <xsl:if test="self::document-node() or exists($apps)">
      <xsl:call-template name="tk:sigla-key"/>
    </xsl:if>
    <xsl:if test="exists($apps)">
      <section class="notes apparatus" aria-labelledby="app-heading">
        <h2 id="app-heading"><xsl:value-of select="tk:label('apparatus')"/></h2>
        <ol class="note-list">
          <xsl:for-each select="$apps">
            <li id="app-{tk:id(.)}" class="note">
              <a class="note-back" href="#ref-app-{tk:id(.)}" lang="en">
                <xsl:attribute name="aria-label" select="tkh:back-label('apparatus', tk:app-label(.))"/>
                <xsl:value-of select="tk:app-label(.)"/>
              </a>
              <xsl:text> </xsl:text>
              <div class="note-body"><xsl:call-template name="tk:app-entry"/></div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
