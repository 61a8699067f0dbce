<?xml version="1.0" encoding="UTF-8"?>
<!--
  Interface labels, by key and language; English is the fallback for a language or a key the
  map does not have. The web edition speaks English; the print edition the book's language.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
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
        'rights': 'Rights', 'about': 'About this document', 'participants': 'Participants', 'languages': 'Languages',
        'source-of-text': 'Source', 'source-first-edition': 'First edition', 'source-digital-source': 'Digital source',
        'source-copy-text': 'Copy text', 'source-print-source': 'Print source',
        'index': 'Index', 'index-title': 'Index of persons, places and organisations',
        'document': 'Document', 'translated-by': 'Translated by', 'built-with': 'Built with teikit on',
        'conventions-intro': 'The text is given as the source transmits it, with the editors&#8217; interventions marked as follows.',
        'conventions-tooltips': 'Every mark has a tooltip that says what it is.',
        'conv-page-breaks': 'Page breaks',
        'conv-page-breaks-text': 'A bar in the text where a new page or folio of the source begins, its number in the margin.',
        'conv-forme-work': 'Forme work',
        'conv-forme-work-text': 'Running heads, page numbers, catchwords, registry and reference numbers of the source are set apart, in smaller type.',
        'conv-stamps': 'Stamps',
        'conv-stamps-text': 'Stamps on the source are set apart, in smaller type.',
        'conv-line-numbers': 'Line numbers',
        'conv-line-numbers-text': 'Each line of the source begins a line of the text, its number before it.',
        'conv-additions': 'Additions',
        'conv-additions-text': 'Text added to the source is marked as added; added in another hand, with that hand.',
        'conv-deletions': 'Deletions',
        'conv-deletions-text': 'Text struck out in the source is struck through.',
        'conv-unclear': 'Unclear text',
        'conv-unclear-text': 'Text the editors could not read with certainty is followed by a question mark.',
        'conv-gaps': 'Gaps',
        'conv-gaps-text': 'Text the editors could not read, or that is missing, is shown as […], with the reason and extent when known.',
        'conv-supplied': 'Supplied text',
        'conv-supplied-text': 'Text the editors supply is in square brackets.',
        'conv-unclear-leiden': 'Unclear letters',
        'conv-unclear-leiden-text': 'In an inscription&#8217;s text, a letter the editors could not read with certainty has a dot under it.',
        'conv-gaps-leiden': 'Gaps in an inscription',
        'conv-gaps-leiden-text': 'In an inscription&#8217;s text, lost letters are shown in square brackets, a dot for each when their number is known, […] when it is not; illegible letters as dots without brackets.',
        'conv-supplied-omitted': 'Omitted letters',
        'conv-supplied-omitted-text': 'Letters the source left out and the editors supply are in angle brackets.',
        'conv-corrections': 'Corrections',
        'conv-corrections-text': 'Where the editors correct an error of the source, the text gives the corrected reading, marked, and the transmitted reading with it.',
        'conv-regularisations': 'Regularised spellings',
        'conv-regularisations-text': 'Where the editors regularise a spelling, the text gives the regular form.',
        'conv-abbreviations': 'Abbreviations',
        'conv-abbreviations-text': 'Abbreviations of the source are expanded.',
        'conv-text-switch': 'Transmitted and corrected text',
        'conv-text-switch-text': 'The Text switch above a document shows the whole text as transmitted (errors and original spellings, marked) or corrected.',
        'conv-notes': 'Notes',
        'conv-notes-text': 'Numbered markers point to the editors&#8217; notes, numbered per document.',
        'conv-apparatus': 'Apparatus',
        'conv-apparatus-text': 'Lettered markers point to the apparatus of variant readings: the reading of the text, a bracket, then the other readings with the sigla of their witnesses.',
        'conv-apparatus-lines': 'Apparatus',
        'conv-apparatus-lines-text': 'The text carries no marks: under the page, the apparatus is keyed to the numbers of lines or sections, each entry the reading of the text, a bracket, then the other readings (or the source&#8217;s reading of a corrected word) with the sigla of their witnesses; entries run on, &#8214; between them. The sources quoted or cited follow in a tier of their own; the editors&#8217; notes keep their numbered markers.',
        'conv-sigla': 'Sigla',
        'conv-sigla-text': 'Witnesses and hands are named by their sigla, which the key under a document&#8217;s heading explains.',
        'conv-names': 'Names',
        'conv-names-text': 'Persons, places and organisations named in the text have entries in the index, which give the regular form of the name and every mention.',
        'conv-parallel': 'Original and translation',
        'conv-parallel-text': 'Documents with a translation give the original and the translation paragraph by paragraph, side by side or one after the other.',
        'conv-markers-web': 'Activate a marker (click, or Tab to it and press Enter) to open the note in place; all notes are also listed after the text, each with a link back to its place.',
        'conv-names-web': 'Each name links to its entry, which also gives other spellings, dates and an authority record.',
        'conv-parallel-web': 'Choose the original, the translation or both side by side above the text; the choice is remembered. On a narrow screen the two are stacked.'
      },
      'fr': map {
        'home': 'Accueil', 'documents': 'Documents', 'persons': 'Personnes', 'places': 'Lieux',
        'orgs': 'Organisations', 'search': 'Recherche', 'conventions': 'Conventions éditoriales',
        'editors': 'Édité par', 'authors': 'Par', 'general-editors': 'Direction', 'licence': 'Licence',
        'introduction': 'Introduction', 'date': 'Date', 'title': 'Titre', 'archive': 'Archives',
        'language': 'Langue originale', 'translator': 'Traduction', 'summary': 'Résumé',
        'original': 'Original', 'translation': 'Traduction', 'notes': 'Notes', 'apparatus': 'Apparat critique',
        'note': 'Note', 'contents': 'Table des matières', 'page': 'Page', 'folio': 'folio',
        'undated': 'sans date', 'unclear': 'incertain', 'gap': 'texte manquant', 'added': 'ajouté',
        'hand': 'main', 'witness': 'témoin', 'ed': 'éd.', 'sigla': 'Sigles', 'deleted': 'supprimé', 'stamp': 'tampon',
        'index': 'Index', 'index-title': 'Index des personnes, des lieux et des organisations',
        'document': 'Document', 'translated-by': 'Traduit par', 'built-with': 'Produit avec teikit le',
        'conventions-intro': 'Le texte est donné tel que la source le transmet ; les interventions des éditeurs sont marquées comme suit.',
        'conventions-tooltips': 'Chaque marque a une infobulle qui dit ce qu&#8217;elle est.',
        'conv-page-breaks': 'Changements de page',
        'conv-page-breaks-text': 'Une barre dans le texte là où commence une nouvelle page ou un nouveau folio de la source, son numéro en marge.',
        'conv-forme-work': 'Éléments de mise en page',
        'conv-forme-work-text': 'Titres courants, numéros de page, réclames, numéros d&#8217;enregistrement et de référence de la source sont mis à part, en plus petit.',
        'conv-stamps': 'Tampons',
        'conv-stamps-text': 'Les tampons de la source sont mis à part, en plus petit.',
        'conv-line-numbers': 'Numéros de ligne',
        'conv-line-numbers-text': 'Chaque ligne de la source commence une ligne du texte, précédée de son numéro.',
        'conv-additions': 'Ajouts',
        'conv-additions-text': 'Le texte ajouté à la source est marqué comme ajout ; ajouté d&#8217;une autre main, avec cette main.',
        'conv-deletions': 'Suppressions',
        'conv-deletions-text': 'Le texte barré dans la source est barré.',
        'conv-unclear': 'Lecture incertaine',
        'conv-unclear-text': 'Le texte que les éditeurs n&#8217;ont pu lire avec certitude est suivi d&#8217;un point d&#8217;interrogation.',
        'conv-gaps': 'Lacunes',
        'conv-gaps-text': 'Le texte illisible ou manquant est indiqué par […], avec la raison et l&#8217;étendue quand elles sont connues.',
        'conv-supplied': 'Texte restitué',
        'conv-supplied-text': 'Le texte restitué par les éditeurs est entre crochets.',
        'conv-unclear-leiden': 'Lettres incertaines',
        'conv-unclear-leiden-text': 'Dans le texte d&#8217;une inscription, une lettre que les éditeurs n&#8217;ont pu lire avec certitude porte un point souscrit.',
        'conv-gaps-leiden': 'Lacunes d&#8217;une inscription',
        'conv-gaps-leiden-text': 'Dans le texte d&#8217;une inscription, les lettres perdues sont entre crochets, un point pour chacune quand leur nombre est connu, […] sinon ; les lettres illisibles sont des points sans crochets.',
        'conv-supplied-omitted': 'Lettres omises',
        'conv-supplied-omitted-text': 'Les lettres que la source omet et que les éditeurs restituent sont entre crochets obliques.',
        'conv-corrections': 'Corrections',
        'conv-corrections-text': 'Là où les éditeurs corrigent une erreur de la source, le texte donne la leçon corrigée, marquée, et avec elle la leçon transmise.',
        'conv-regularisations': 'Graphies régularisées',
        'conv-regularisations-text': 'Là où les éditeurs régularisent une graphie, le texte donne la forme régulière.',
        'conv-abbreviations': 'Abréviations',
        'conv-abbreviations-text': 'Les abréviations de la source sont développées.',
        'conv-text-switch': 'Texte transmis et texte corrigé',
        'conv-text-switch-text': 'Le sélecteur Texte au-dessus d&#8217;un document montre tout le texte tel que transmis (erreurs et graphies originales, marquées) ou corrigé.',
        'conv-notes': 'Notes',
        'conv-notes-text': 'Des appels numérotés renvoient aux notes des éditeurs, numérotées par document.',
        'conv-apparatus': 'Apparat critique',
        'conv-apparatus-text': 'Des appels en lettres renvoient à l&#8217;apparat des variantes : la leçon du texte, un crochet, puis les autres leçons avec les sigles de leurs témoins.',
        'conv-apparatus-lines': 'Apparat critique',
        'conv-apparatus-lines-text': 'Le texte ne porte pas d&#8217;appels : en bas de page, l&#8217;apparat renvoie aux numéros des lignes ou des sections, chaque entrée donnant la leçon du texte, un crochet, puis les autres leçons (ou la leçon de la source d&#8217;un mot corrigé) avec les sigles de leurs témoins ; les entrées se suivent, séparées par &#8214;. Les sources citées suivent dans un étage à part ; les notes des éditeurs gardent leurs appels numérotés.',
        'conv-sigla': 'Sigles',
        'conv-sigla-text': 'Les témoins et les mains sont désignés par leurs sigles, que la clé sous le titre d&#8217;un document explique.',
        'conv-names': 'Noms',
        'conv-names-text': 'Les personnes, lieux et organisations nommés dans le texte ont une entrée dans l&#8217;index, qui donne la forme régulière du nom et chaque mention.',
        'conv-parallel': 'Original et traduction',
        'conv-parallel-text': 'Les documents traduits donnent l&#8217;original et la traduction paragraphe par paragraphe, côte à côte ou l&#8217;un après l&#8217;autre.'
      },
      'ru': map {
        'home': 'Главная', 'documents': 'Документы', 'persons': 'Лица', 'places': 'Места',
        'orgs': 'Организации', 'search': 'Поиск', 'conventions': 'Условные обозначения',
        'editors': 'Под редакцией', 'authors': 'Автор', 'licence': 'Лицензия', 'introduction': 'Введение',
        'date': 'Дата', 'title': 'Заглавие', 'archive': 'Архив', 'language': 'Язык оригинала',
        'translator': 'Перевод', 'summary': 'Краткое содержание',
        'original': 'Оригинал', 'translation': 'Перевод', 'notes': 'Примечания', 'apparatus': 'Аппарат',
        'note': 'Примечание', 'contents': 'Содержание', 'page': 'Страница', 'folio': 'лист',
        'undated': 'без даты', 'unclear': 'неразборчиво', 'gap': 'пропуск', 'added': 'вписано',
        'hand': 'рука', 'witness': 'список', 'ed': 'ред.', 'sigla': 'Сиглы', 'deleted': 'зачёркнуто', 'stamp': 'штамп',
        'index': 'Указатель', 'index-title': 'Указатель имён, мест и организаций',
        'document': 'Документ', 'translated-by': 'Перевод:', 'built-with': 'Собрано teikit'
      }
    }"/>

  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="tk:label($key, 'en')"/>
  </xsl:function>

  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <!-- by the language's primary subtag: 'fr-CA' reads the French labels -->
    <xsl:variable name="primary" select="if (map:contains($tk:labels, $lang)) then $lang
        else lower-case(substring-before($lang || '-', '-'))"/>
    <xsl:sequence select="($tk:labels($primary)?($key), $tk:labels('en')($key),
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
