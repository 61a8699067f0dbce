<?xml version="1.0" encoding="UTF-8"?>
<!--
  Diplomatic detail, shown by the conventions explained on conventions.html: page breaks as
  marks in the margin, forme work and stamps set apart, additions and their hands marked,
  unclear text and gaps marked, corrections shown with the transmitted text one toggle away.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- A page break, or several at one point (two editions' pages): one mark, their labels
       stacked in the margin, each with the siglum of its edition; the others keep their anchor. -->
  <xsl:template match="tei:pb" mode="tk:html">
    <xsl:variable name="labels" select="tk:page-breaks-at(.) ! tk:page-label(.)"/>
    <xsl:choose>
      <xsl:when test="empty($labels)">
        <span class="pb pb-joined" id="{tk:id(.)}"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="pb" id="{tk:id(.)}" role="note">
          <xsl:attribute name="aria-label" select="tk:label('page-break') || ': ' || string-join($labels, ', ')"/>
          <span class="pb-mark" aria-hidden="true">|</span>
          <span class="folio">
            <xsl:for-each select="$labels">
              <span class="folio-line"><xsl:value-of select="if (. = '') then '·' else ."/></span>
            </xsl:for-each>
          </span>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A numbered milestone (a face, a chapter of one edition): its label in the margin, as a
       page break's (tk:milestone-label); one without a number marks nothing. -->
  <xsl:template match="tei:milestone" mode="tk:html">
    <xsl:variable name="label" select="tk:milestone-label(.)"/>
    <span class="milestone" id="{tk:id(.)}">
      <xsl:choose>
        <xsl:when test="exists($label)">
          <xsl:attribute name="role" select="'note'"/>
          <xsl:attribute name="aria-label" select="$label"/>
          <span class="folio"><span class="folio-line"><xsl:value-of select="$label"/></span></span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="aria-hidden" select="'true'"/>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="tei:cb" mode="tk:html">
    <span class="{local-name()}" id="{tk:id(.)}" aria-hidden="true">
      <xsl:value-of select="@n"/>
    </span>
  </xsl:template>

  <!-- Forme work (running heads, folio numbers, catchwords) and stamps: set apart. -->
  <xsl:template match="tei:fw | tei:stamp" mode="tk:html">
    <xsl:element name="{if (tkh:has-block(.)) then 'div' else 'span'}">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="class" select="'apart', @type ! ('type-' || replace(., '[^A-Za-z0-9_\-]', '')),
            @place ! ('place-' || replace(., '[^A-Za-z0-9_\-]', ''))"/>
        <xsl:with-param name="id" select="true()"/>
      </xsl:call-template>
      <xsl:attribute name="title" select="string-join((if (self::tei:stamp) then tk:label('stamp') else tk:label('forme-work'), @type), ': ')"/>
      <xsl:apply-templates mode="tk:html"/>
    </xsl:element>
  </xsl:template>

  <!-- An addition; in another hand it says whose. -->
  <xsl:template match="tei:add" mode="tk:html">
    <xsl:variable name="hand" select="tk:sigla(@hand)"/>
    <xsl:element name="ins">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="class" select="if ($hand) then 'other-hand' else (),
            @place ! ('place-' || replace(., '[^A-Za-z0-9_\-]', ''))"/>
      </xsl:call-template>
      <xsl:call-template name="tk:responsibility-title">
        <xsl:with-param name="what" select="string-join((tk:label('added'), @place), ', ')"/>
      </xsl:call-template>
      <xsl:if test="$hand"><xsl:attribute name="data-hand" select="$hand"/></xsl:if>
      <xsl:apply-templates mode="tk:html"/>
      <!-- an addition of blocks (a list at the foot of a page) ends with its mark, on its last line -->
      <xsl:if test="tkh:has-block(.)"><xsl:call-template name="tk:responsibility-mark"/></xsl:if>
    </xsl:element>
    <xsl:if test="not(tkh:has-block(.))"><xsl:call-template name="tk:responsibility-mark"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:del | tei:surplus" mode="tk:html">
    <del>
      <xsl:call-template name="tk:attributes"/>
      <xsl:call-template name="tk:responsibility-title">
        <xsl:with-param name="what" select="tk:label('deleted')"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html"/>
    </del>
    <xsl:call-template name="tk:responsibility-mark"/>
  </xsl:template>

  <xsl:template match="tei:unclear" mode="tk:html">
    <span>
      <xsl:call-template name="tk:attributes"/>
      <xsl:call-template name="tk:responsibility-title">
        <xsl:with-param name="what" select="string-join((tk:label('unclear'), @reason), ': ')"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html"/>
    </span>
    <xsl:call-template name="tk:responsibility-mark"/>
  </xsl:template>

  <!--
    Who is responsible for an intervention (tk:responsibility), at the intervention: in its
    tooltip, after what it is ("added, margin; hand 2: The hand that wrote …"), and as a small
    siglum after its text, which print sets the same.
  -->
  <xsl:template name="tk:responsibility-title">
    <xsl:param name="what" as="xs:string?"/>
    <xsl:variable name="title" select="string-join(($what, tk:responsibility-description(.))[normalize-space()], '; ')"/>
    <xsl:if test="$title ne ''"><xsl:attribute name="title" select="$title"/></xsl:if>
  </xsl:template>

  <xsl:template name="tk:responsibility-mark">
    <xsl:for-each select="tk:responsibility(.)[. ne '']">
      <sup class="resp"><xsl:value-of select="."/></sup>
    </xsl:for-each>
  </xsl:template>

  <!-- A change of hand: from here on the hand it names writes, marked by that hand's siglum. -->
  <xsl:template match="tei:handShift" mode="tk:html">
    <span>
      <xsl:call-template name="tk:attributes"/>
      <xsl:call-template name="tk:responsibility-title">
        <xsl:with-param name="what" select="tk:label('hand-shift')"/>
      </xsl:call-template>
      <xsl:call-template name="tk:responsibility-mark"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:gap | tei:space | tei:damage[not(node())]" mode="tk:html">
    <xsl:variable name="what" select="string-join((tk:label('gap'), @reason,
        string-join((@quantity, @extent, @unit), ' ')[. ne '']), ', ')"/>
    <span>
      <xsl:call-template name="tk:attributes"/>
      <xsl:attribute name="title" select="$what"/>
      <xsl:attribute name="role" select="'img'"/>
      <xsl:attribute name="aria-label" select="$what"/>
      <xsl:text>[…</xsl:text>
      <xsl:if test="node()">
        <xsl:text> </xsl:text>
        <span class="gap-desc"><xsl:apply-templates mode="tk:html"/></span>
      </xsl:if>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:supplied | tei:damage | tei:restore | tei:secl" mode="tk:html">
    <span>
      <xsl:call-template name="tk:attributes"/>
      <xsl:call-template name="tk:responsibility-title">
        <xsl:with-param name="what" select="string(@reason)"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html"/>
    </span>
    <xsl:call-template name="tk:responsibility-mark"/>
  </xsl:template>

  <!--
    A choice shows both readings: the editorial one (class reading-edited) and the transmitted
    one (class reading-transmitted); the page's toggle decides which is visible.
  -->
  <xsl:template match="tei:choice" mode="tk:html">
    <xsl:variable name="edited" select="tk:editorial-reading(.)"/>
    <span>
      <xsl:call-template name="tk:attributes"/>
      <span class="reading-edited" title="{tk:label('transmitted')}: {tk:text(tk:transmitted-readings(.))}">
        <xsl:apply-templates select="$edited" mode="tk:reading"/>
      </span>
      <span class="reading-transmitted" title="{string-join((tk:label('corrected'),
          tk:responsibility($edited)[. ne ''] ! ('(' || . || ')')), ' ')}: {tk:text($edited)}">
        <xsl:apply-templates select="tk:transmitted-readings(.)" mode="tk:reading"/>
      </span>
    </span>
  </xsl:template>

  <xsl:mode name="tk:reading" on-no-match="fail"/>
  <xsl:template match="*" mode="tk:reading">
    <span>
      <xsl:call-template name="tk:attributes"/>
      <xsl:apply-templates mode="tk:html"/>
    </span>
  </xsl:template>

  <!-- sic or corr outside a choice: marked, the other reading is not known. -->
  <xsl:template match="tei:sic[not(parent::tei:choice)]" mode="tk:html">
    <span>
      <xsl:call-template name="tk:attributes"/>
      <xsl:attribute name="title" select="'sic'"/>
      <xsl:apply-templates mode="tk:html"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:corr[not(parent::tei:choice)]" mode="tk:html">
    <span>
      <xsl:call-template name="tk:attributes"/>
      <xsl:call-template name="tk:responsibility-title">
        <xsl:with-param name="what" select="tk:label('corrected')"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html"/>
    </span>
    <xsl:call-template name="tk:responsibility-mark"/>
  </xsl:template>

  <xsl:template match="tei:subst" mode="tk:html">
    <span>
      <xsl:call-template name="tk:attributes"/>
      <xsl:call-template name="tk:responsibility-title">
        <xsl:with-param name="what" select="tk:label('substituted')"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html"/>
    </span>
    <xsl:call-template name="tk:responsibility-mark"/>
  </xsl:template>
</xsl:stylesheet>
