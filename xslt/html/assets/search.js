/* teikit search: runs on the index in search-index.js (window.TEIKIT_SEARCH), offline.
   Words match whatever their case and accents (ё = е, θεὸς = θεος); Russian words match in their inflected forms
   (Snowball Russian stemmer); a name matches the entities that bear it in any script, and
   finds all their mentions. Results are built as DOM text, never as HTML. */
(function () {
  'use strict';
  var INDEX = window.TEIKIT_SEARCH;
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  var CYRILLIC = /[\u0400-\u04FF]/;
  var MAX_RESULTS = 200;

  /* As SearchIndex.normalize in teikit: accents, stress marks and breathings off (every combining
     mark but the breve of й), lower case, ё as е, final ς as σ. */
  var MARKS = /([иИ]\u0306)|\p{M}/gu;
  function normalize(word) {
    return word.normalize('NFD').replace(MARKS, '$1').normalize('NFC').toLowerCase()
      .replace(/ё/g, 'е').replace(/ς/g, 'σ');
  }
  function words(text) { return (text.match(WORD) || []).map(normalize); }

  /* ---- Snowball Russian stemmer ---- */
  var VOWELS = 'аеиоуыэюя';
  function isVowel(c) { return VOWELS.indexOf(c) >= 0; }
  function byLength(list) { return list.slice().sort(function (a, b) { return b.length - a.length; }); }
  var PERFECTIVE1 = byLength(['в', 'вши', 'вшись']);
  var PERFECTIVE2 = byLength(['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись']);
  var ADJECTIVE = byLength(['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым',
    'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею']);
  var PARTICIPLE1 = byLength(['ем', 'нн', 'вш', 'ющ', 'щ']);
  var PARTICIPLE2 = byLength(['ивш', 'ывш', 'ующ']);
  var REFLEXIVE = byLength(['ся', 'сь']);
  var VERB1 = byLength(['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны',
    'ть', 'ешь', 'нно']);
  var VERB2 = byLength(['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл',
    'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь',
    'ую', 'ю']);
  var NOUN = byLength(['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией',
    'ей', 'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь',
    'ию', 'ью', 'ю', 'ия', 'ья', 'я']);
  var SUPERLATIVE = byLength(['ейш', 'ейше']);
  var DERIVATIONAL = byLength(['ост', 'ость']);

  /* Removes the longest ending of group1 (after а or я) or group2; returns null if none. */
  function strip(s, group1, group2) {
    var best = null;
    var i;
    for (i = 0; i < group1.length; i++) {
      var e = group1[i];
      var before = s.charAt(s.length - e.length - 1);
      if (s.length > e.length && s.slice(-e.length) === e && (before === 'а' || before === 'я')) {
        best = e; break;
      }
    }
    for (i = 0; i < group2.length; i++) {
      var f = group2[i];
      if (s.length >= f.length && s.slice(-f.length) === f && (best === null || f.length > best.length)) {
        best = f; break;
      }
    }
    return best === null ? null : s.slice(0, s.length - best.length);
  }

  function stem(word) {
    var w = normalize(word);
    var rv = -1;
    for (var i = 0; i < w.length; i++) { if (isVowel(w.charAt(i))) { rv = i + 1; break; } }
    if (rv < 0) { return w; }
    var r1 = w.length;
    for (var j = 1; j < w.length; j++) {
      if (!isVowel(w.charAt(j)) && isVowel(w.charAt(j - 1))) { r1 = j + 1; break; }
    }
    var r2 = w.length;
    for (var k = r1 + 1; k < w.length; k++) {
      if (!isVowel(w.charAt(k)) && isVowel(w.charAt(k - 1))) { r2 = k + 1; break; }
    }
    var head = w.slice(0, rv);
    var s = w.slice(rv);
    var t = strip(s, PERFECTIVE1, PERFECTIVE2);
    if (t !== null) {
      s = t;
    } else {
      t = strip(s, [], REFLEXIVE);
      if (t !== null) { s = t; }
      t = strip(s, [], ADJECTIVE);
      if (t !== null) {
        s = t;
        t = strip(s, PARTICIPLE1, PARTICIPLE2);
        if (t !== null) { s = t; }
      } else {
        t = strip(s, VERB1, VERB2);
        if (t !== null) {
          s = t;
        } else {
          t = strip(s, [], NOUN);
          if (t !== null) { s = t; }
        }
      }
    }
    if (s.slice(-1) === 'и') { s = s.slice(0, -1); }
    var r2InS = Math.max(0, r2 - rv);
    t = strip(s, [], DERIVATIONAL);
    if (t !== null && t.length >= r2InS) { s = t; }
    if (s.slice(-2) === 'нн') {
      s = s.slice(0, -1);
    } else {
      t = strip(s, [], SUPERLATIVE);
      if (t !== null) {
        s = t;
        if (s.slice(-2) === 'нн') { s = s.slice(0, -1); }
      } else if (s.slice(-1) === 'ь') {
        s = s.slice(0, -1);
      }
    }
    return head + s;
  }

  /* The key a word is matched by: the Russian stem, or the word without a possessive 's. */
  function key(word) {
    var w = normalize(word);
    if (CYRILLIC.test(w)) { return stem(w); }
    return w.length > 3 ? w.replace(/'s$/, '') : w;
  }
  window.teikitStem = stem;
  window.teikitNormalize = normalize;

  var byKey = null;
  function vocabulary() {
    if (byKey) { return byKey; }
    byKey = Object.create(null);
    Object.keys(INDEX.words).forEach(function (w) {
      var k = key(w);
      (byKey[k] = byKey[k] || []).push(w);
    });
    INDEX.entities.forEach(function (e) {
      e.keys = Object.create(null);
      [e.n].concat(e.v).forEach(function (name) {
        words(name).forEach(function (w) { e.keys[key(w)] = true; });
      });
    });
    return byKey;
  }

  function search(query) {
    var keys = words(query).map(key);
    if (keys.length === 0) { return { entities: [], segments: [] }; }
    var vocab = vocabulary();
    var matched = [];
    var sets = keys.map(function (k) {
      var set = Object.create(null);
      (vocab[k] || []).forEach(function (w) {
        matched.push(w);
        INDEX.words[w].forEach(function (s) { set[s] = true; });
      });
      return set;
    });
    var segments = Object.keys(sets[0]).map(Number).filter(function (s) {
      return sets.every(function (set) { return set[s]; });
    }).sort(function (a, b) { return a - b; });
    var entities = INDEX.entities.filter(function (e) {
      return keys.every(function (k) { return e.keys[k]; });
    });
    return { entities: entities, segments: segments, words: matched };
  }

  function el(name, className, text) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  /* The text around the first matched word, with the matched words marked. */
  function snippet(text, matched) {
    var wanted = Object.create(null);
    matched.forEach(function (w) { wanted[w] = true; });
    var parts = [];
    var first = -1;
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (wanted[normalize(m[0])]) {
        parts.push([m.index, m.index + m[0].length]);
        if (first < 0) { first = m.index; }
      }
    }
    var from = Math.max(0, first - 80);
    var to = Math.min(text.length, (first < 0 ? 0 : first) + 160);
    var span = el('span', 'context');
    var at = from;
    if (from > 0) { span.appendChild(document.createTextNode('… ')); }
    parts.forEach(function (p) {
      if (p[0] < from || p[1] > to) { return; }
      span.appendChild(document.createTextNode(text.slice(at, p[0])));
      span.appendChild(el('mark', '', text.slice(p[0], p[1])));
      at = p[1];
    });
    span.appendChild(document.createTextNode(text.slice(at, to)));
    if (to < text.length) { span.appendChild(document.createTextNode(' …')); }
    return span;
  }

  /* Where a result is: the part of the document ("No. 5. Memorandum ..., 21 May 1976 — Foreign
     Relations ..."), else the document. */
  function label(doc, part) {
    var d = INDEX.docs[doc];
    return part >= 0 && d[2] && d[2][part] ? d[2][part] + ' \u2014 ' + d[1] : d[1];
  }

  function show(query) {
    var list = document.getElementById('results');
    var status = document.getElementById('search-status');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!INDEX) { status.textContent = 'The search index is missing.'; return; }
    var found = search(query);
    var count = 0;
    found.entities.forEach(function (e) {
      var item = el('li', 'result entity-result');
      var head = el('a', 'result-entity', e.n);
      head.href = e.h;
      item.appendChild(head);
      item.appendChild(document.createTextNode(' — ' + e.m.length + ' mention' + (e.m.length === 1 ? '' : 's')));
      var mentions = el('ul', 'mentions');
      e.m.forEach(function (m) {
        var li = el('li', 'result mention-result');
        if (m[5]) { li.lang = m[5]; }
        var a = el('a', 'result-link');
        a.href = m[0];
        var title = el('span', 'result-doc', m[1] >= 0 ? label(m[1], m[8]) : m[0]);
        title.lang = 'en';
        a.appendChild(title);
        var ctx = el('span', 'context');
        ctx.appendChild(document.createTextNode('… ' + m[2] + (m[6] ? ' ' : '')));
        ctx.appendChild(el('mark', '', m[3]));
        ctx.appendChild(document.createTextNode((m[7] ? ' ' : '') + m[4] + ' …'));
        a.appendChild(ctx);
        li.appendChild(a);
        mentions.appendChild(li);
        count++;
      });
      item.appendChild(mentions);
      list.appendChild(item);
    });
    found.segments.slice(0, MAX_RESULTS).forEach(function (s) {
      var seg = INDEX.segs[s];
      var li = el('li', 'result text-result');
      if (seg[2]) { li.lang = seg[2]; }
      var a = el('a', 'result-link');
      a.href = seg[1];
      var doc = el('span', 'result-doc', label(seg[0], seg[4]));
      doc.lang = 'en';
      a.appendChild(doc);
      a.appendChild(snippet(seg[3], found.words));
      li.appendChild(a);
      list.appendChild(li);
      count++;
    });
    status.textContent = count === 0 ? 'No results.' :
        found.segments.length + ' passages' + (found.segments.length > MAX_RESULTS ? ' (first ' + MAX_RESULTS + ' shown)' : '') +
        (found.entities.length ? ', ' + found.entities.length + ' index entries' : '') + '.';
  }

  var form = document.querySelector('form.search-form');
  var input = document.getElementById('q');
  if (form && input) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      show(input.value);
      try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (e) { /* file:// */ }
    });
    var initial = new URLSearchParams(window.location.search).get('q');
    if (initial) { input.value = initial; show(initial); }
  }
}());
