<?xml version="1.0" encoding="UTF-8"?>
<!-- Interface labels, by key and language; English is the fallback. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:labels" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'en': map {
        'home': 'Home', 'documents': 'Documents', 'persons': 'Persons', 'places': 'Places',
        'orgs': 'Organisations', 'search': 'Search', 'conventions': 'Editorial conventions',
        'editors': 'Edited by', 'authors': 'By', 'general-editors': 'General editor', 'licence': 'Licence', 'introduction': 'Introduction',
        'date': 'Date', 'title': 'Title', 'archive': 'Archive', 'identifiers': 'Identifiers',
        'language': 'Original language', 'translator': 'Translator', 'summary': 'Summary',
        'cite': 'How to cite', 'permalink': 'Permanent link', 'source': 'TEI source',
        'original': 'Original', 'translation': 'Translation', 'parallel': 'Side by side',
        'view': 'View', 'reading': 'Text', 'transmitted': 'As transmitted',
        'corrected': 'Corrected', 'notes': 'Notes', 'apparatus': 'Apparatus',
        'note': 'Note', 'back-to-text': 'Back to the text', 'contents': 'Contents',
        'previous': 'Previous', 'next': 'Next', 'page': 'Page', 'page-break': 'Page break', 'folio': 'folio',
        'mentions': 'Mentions', 'variants': 'Also written', 'authority': 'Authority record',
        'undated': 'undated', 'unclear': 'unclear', 'gap': 'text missing',
        'added': 'added', 'hand': 'hand', 'witness': 'witness', 'ed': 'ed.', 'sigla': 'Sigla', 'deleted': 'deleted', 'stamp': 'stamp',
        'search-placeholder': 'Search the edition', 'no-results': 'No results.',
        'editions': 'Editions', 'skip': 'Skip to the text', 'menu': 'Edition',
        'reading-text': 'Reading text', 'no-mentions': 'No mentions.',
        'documents-in': 'Documents in this edition',
        'number': 'No.', 'part': 'Part of', 'about-part': 'About this part',
        'part-section': 'Section', 'part-chapter': 'Chapter', 'part-book': 'Book', 'part-face': 'Face',
        'part-fragment': 'Fragment', 'part-column': 'Column', 'part-document': 'Document', 'part-poem': 'Poem',
        'div-edition': 'Edition', 'div-translation': 'Translation', 'div-commentary': 'Commentary',
        'div-apparatus': 'Apparatus', 'div-bibliography': 'Bibliography',
        'hand-shift': 'hand changes', 'substituted': 'substituted',
        'date-event': 'Date', 'date-writing': 'Written', 'date-first-edition': 'First edition',
        'date-source-edition': 'Edition used', 'date-publication': 'Published',
        'physical-description': 'Physical description', 'form': 'Form', 'support': 'Support',
        'extent': 'Extent', 'condition': 'Condition', 'layout': 'Layout', 'hands': 'Hands',
        'decoration': 'Decoration', 'additions': 'Additions and marks', 'binding': 'Binding', 'seals': 'Seals',
        'history': 'History', 'origin': 'Origin', 'provenance': 'Provenance', 'acquisition': 'Acquisition',
        'editorial-principles': 'Editorial principles', 'project': 'Project', 'sampling': 'Selection',
        'encoding': 'Encoding', 'principles': 'Principles', 'decl-correction': 'Correction',
        'decl-normalization': 'Normalisation', 'decl-hyphenation': 'Hyphenation',
        'decl-segmentation': 'Segmentation', 'decl-interpretation': 'Interpretation',
        'decl-quotation': 'Quotation', 'decl-punctuation': 'Punctuation', 'decl-stdVals': 'Standard values',
        'rights': 'Rights', 'participants': 'Participants', 'languages': 'Languages',
        'source-of-text': 'Source', 'source-first-edition': 'First edition', 'source-digital-source': 'Digital source',
        'source-copy-text': 'Copy text', 'source-print-source': 'Print source'
      },
      'ru': map {
        'original': 'Оригинал', 'translation': 'Перевод', 'search': 'Поиск'
      }
    }"/>

  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="tk:label($key, 'en')"/>
  </xsl:function>

  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="($tk:labels($lang)($key), $tk:labels('en')($key),
        error(xs:QName('tk:E0001'), 'no label for key ' || $key))[1]"/>
  </xsl:function>

  <!--
    The heading of a division that has no head of its own but a type that names it (EpiDoc's
    edition, translation, commentary, apparatus, bibliography), with its subtype; none when it
    has a head, another type, or no text (an empty commentary gets no heading over nothing).
  -->
  <xsl:function name="tk:division-label" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="label" select="$tk:labels('en')('div-' || $div/@type)"/>
    <xsl:if test="exists($label) and empty($div/tei:head) and normalize-space($div)">
      <xsl:sequence select="$label || $div/@subtype[normalize-space()] ! (' (' || translate(normalize-space(.), '-_', '  ') || ')')"/>
    </xsl:if>
  </xsl:function>

  <!-- The English name of a language given by its BCP 47 tag. -->
  <xsl:function name="tk:language-name" as="xs:string">
    <xsl:param name="tag" as="xs:string"/>
    <xsl:variable name="names" select="map {
        'ru': 'Russian', 'en': 'English', 'zh': 'Chinese', 'de': 'German', 'fr': 'French',
        'la': 'Latin', 'grc': 'Ancient Greek', 'el': 'Greek', 'it': 'Italian', 'es': 'Spanish',
        'uk': 'Ukrainian', 'ja': 'Japanese', 'sq': 'Albanian', 'pl': 'Polish' }"/>
    <xsl:sequence select="($names(lower-case(substring-before($tag || '-', '-'))), $tag)[1]"/>
  </xsl:function>
</xsl:stylesheet>
