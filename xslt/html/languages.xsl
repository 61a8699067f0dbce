<?xml version="1.0" encoding="UTF-8"?>
<!--
  The switch between the interface languages an edition declares (setting interface-language
  with several languages, README "Interface language"). The first language's site is the
  edition's folder; each other language's is a full copy in the folder LANG/ inside it, with the
  same pages at the same paths, so that a page's twin in another language is found by its path.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:tkh="https://teikit.org/ns/xslt/html"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The languages the edition declares, the default first. -->
  <xsl:variable name="tkh:languages" as="xs:string+" select="tk:edition-languages($tk:edition)"/>

  <!-- How this copy's root reaches the edition's folder: '../' from a LANG/ copy, else ''. -->
  <xsl:variable name="tkh:language-up" as="xs:string"
      select="if ($tk:interface-language = $tkh:languages[1]) then '' else '../'"/>

  <!--
    The switch in the banner: each declared language by its own name, in its own language,
    linking to the page at $href (relative to this copy's root, which is $root from the page);
    the current one marked, not linked. Nothing when the edition declares one language.
  -->
  <xsl:template name="tkh:language-switch">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="root" as="xs:string"/>
    <xsl:if test="count($tkh:languages) gt 1">
      <nav class="languages" aria-label="{tk:label('interface-language')}">
        <ul>
          <xsl:for-each select="$tkh:languages">
            <xsl:variable name="name" select="tk:label('lang-' || ., .)"/>
            <li lang="{.}">
              <xsl:choose>
                <xsl:when test=". = $tk:interface-language">
                  <span aria-current="true"><xsl:value-of select="tkh:capitalized($name)"/></span>
                </xsl:when>
                <xsl:otherwise>
                  <a href="{$root}{$tkh:language-up}{if (. = $tkh:languages[1]) then '' else . || '/'}{$href}"
                      hreflang="{.}"><xsl:value-of select="tkh:capitalized($name)"/></a>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- A language's name as a menu item: with its first letter upper-case (русский → Русский). -->
  <xsl:function name="tkh:capitalized" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="upper-case(substring($name, 1, 1)) || substring($name, 2)"/>
  </xsl:function>
</xsl:stylesheet>
