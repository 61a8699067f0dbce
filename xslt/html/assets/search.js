/* teikit search, offline and from file://. search-index.js (window.TEIKIT_SEARCH) holds the
   documents, the first term of each term shard and the entities; the rest comes by the piece, as
   scripts that call TEIKIT_SEARCH_SHARD: the term shards a query's words fall in, the text shards
   of the results shown, the Snowball stemmers of the edition's languages. A word is found by its
   key, the Snowball stem of its folded form in the language of the text (as teikit's Terms makes
   it); a name finds the entities that bear it in any script, and the passages that mention them.
   Results are built as DOM text, never as HTML. */
(function () {
  'use strict';
  var INDEX = window.TEIKIT_SEARCH;
  /* The interface words, which the page carries in the edition's language (site.xsl,
     tkh:script-labels): t('search-unreadable', message) fills {1}, {2}...; counts() picks
     the plural form of a count by the language's plural rules. */
  var LABELS = JSON.parse((document.getElementById('results') || document.body).getAttribute('data-labels') || '{}');
  function t(key) {
    var text = LABELS[key] !== undefined ? LABELS[key] : key;
    for (var i = 1; i < arguments.length; i++) { text = text.split('{' + i + '}').join(String(arguments[i])); }
    return text;
  }
  var PLURALS = new Intl.PluralRules(LABELS.lang || 'en');
  function plural(n, what) {
    var form = LABELS['count-' + what + '-' + PLURALS.select(n)];
    return (form !== undefined ? form : t('count-' + what + '-other')).split('{n}').join(String(n));
  }
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  var PAGE = 20;
  var K1 = 1.2;
  var B = 0.75;
  var HEAD_BOOST = 2;
  var NAME_BOOST = 2;

  /* As Terms.fold in teikit: accents, stress marks and breathings off (every combining mark but
     the breve of й), lower case, ё as е, final ς as σ. */
  var MARKS = /([иИ]\u0306)|\p{M}/gu;
  function fold(word) {
    return word.normalize('NFD').replace(MARKS, '$1').normalize('NFC').toLowerCase()
      .replace(/ё/g, 'е').replace(/ς/g, 'σ');
  }
  function words(text) { return text.match(WORD) || []; }
  window.teikitNormalize = fold;

  /* ---- loading by the piece ---- */
  var shards = { t: Object.create(null), s: Object.create(null) };
  window.TEIKIT_SEARCH_SHARD = function (kind, n, data) { shards[kind][n] = data; };
  var scripts = Object.create(null);
  function script(src) {
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = src;
        s.onload = resolve;
        s.onerror = function () { reject(new Error('cannot load ' + src)); };
        document.head.appendChild(s);
      });
    }
    return scripts[src];
  }
  function shard(kind, n) {
    return script('search/' + kind + '/' + n + '.js').then(function () { return shards[kind][n]; });
  }
  /* The last shard whose first item is at most `item`, by binary search. */
  function shardOf(firsts, item) {
    var lo = 0;
    var hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= item) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  /* ---- stemming: the same Snowball algorithms as the index, per language ---- */
  var stemmers = Object.create(null);
  var ready = null;
  function loadStemmers() {
    if (ready) { return ready; }
    var algorithms = Object.keys(INDEX.langs).map(function (tag) { return INDEX.langs[tag]; })
      .filter(function (a, i, all) { return all.indexOf(a) === i; });
    ready = algorithms.length === 0 ? Promise.resolve() : script('search/snowball/base.js').then(function () {
      return Promise.all(algorithms.map(function (a) {
        return script('search/snowball/' + a + '.js').then(function () {
          stemmers[a] = new window.TEIKIT_SNOWBALL.stemmers[a]();
        });
      }));
    });
    return ready;
  }
  var STEMS = Object.create(null);
  function stem(folded, algorithm) {
    var s = stemmers[algorithm];
    if (!s) { return folded; }
    var k = algorithm + ':' + folded;
    if (!(k in STEMS)) {
      s.setCurrent(folded);
      s.stem();
      STEMS[k] = s.getCurrent();
    }
    return STEMS[k];
  }
  /* The key of a word of text in a language tag, as the index made it. */
  function keyIn(word, tag) {
    var a = INDEX.langs[tag];
    var f = fold(word);
    return a ? stem(f, a) : f;
  }
  /* The keys a query word may have in the index: its stem in each of the edition's languages, and
     itself for the texts in a language without a stemmer. */
  function keysOf(word) {
    var f = fold(word);
    var keys = [f];
    Object.keys(INDEX.langs).forEach(function (tag) {
      var k = stem(f, INDEX.langs[tag]);
      if (keys.indexOf(k) < 0) { keys.push(k); }
    });
    return keys;
  }

  /* A term's postings: segment to [weight, positions]. */
  function decode(entry, into) {
    var seg = 0;
    for (var i = 1; i < entry.length;) {
      seg += entry[i];
      var weight = entry[i + 1];
      var n = entry[i + 2];
      var hit = into[seg] || (into[seg] = { w: weight, p: [] });
      for (var j = 0; j < n; j++) { hit.p.push(entry[i + 3 + j]); }
      i += 3 + n;
    }
    return into;
  }
  function term(key) {
    return shard('t', shardOf(INDEX.terms, key)).then(function (data) {
      return data && Object.prototype.hasOwnProperty.call(data, key) ? [key, data[key]] : null;
    });
  }
  /* Every term that starts with `prefix`: the shards from the prefix's to the one past it. */
  function prefixTerms(prefix) {
    var from = shardOf(INDEX.terms, prefix);
    var to = shardOf(INDEX.terms, prefix + '\uffff');
    var loads = [];
    for (var n = from; n <= to; n++) { loads.push(shard('t', n)); }
    return Promise.all(loads).then(function (all) {
      var found = [];
      all.forEach(function (data) {
        Object.keys(data || {}).forEach(function (k) { if (k.lastIndexOf(prefix, 0) === 0) { found.push([k, data[k]]); } });
      });
      return found;
    });
  }
  /* A clause's hits (segment to weight and positions) from the terms that matched it. */
  function hitsOf(terms, matched) {
    var hits = Object.create(null);
    terms.forEach(function (t) { if (t) { decode(t[1], hits); matched[t[0]] = t[1][0]; } });
    return hits;
  }

  /* ---- the query: words, "phrases" and prefix* words, all required ---- */
  function parse(query) {
    var clauses = [];
    var re = /"([^"]*)"?|(\S+)/g;
    var m;
    while ((m = re.exec(query)) !== null) {
      if (m[1] !== undefined) {
        var ws = words(m[1]);
        if (ws.length === 1) { clauses.push({ kind: 'word', words: ws }); }
        if (ws.length > 1) { clauses.push({ kind: 'phrase', words: ws }); }
      } else {
        var tw = words(m[2]);
        if (tw.length === 1 && /\*$/.test(m[2])) {
          clauses.push({ kind: 'prefix', words: tw });
        } else {
          tw.forEach(function (w) { clauses.push({ kind: 'word', words: [w] }); });
        }
      }
    }
    return clauses;
  }

  function wordHits(word, matched) {
    return Promise.all(keysOf(word).map(term)).then(function (terms) {
      var found = terms.some(Boolean);
      return { hits: hitsOf(terms, matched), found: found, unknown: found ? [] : [word] };
    });
  }

  function clauseHits(clause, matched) {
    if (clause.kind === 'prefix') {
      return prefixTerms(fold(clause.words[0])).then(function (terms) {
        return { hits: hitsOf(terms, matched), found: terms.length > 0, unknown: [] };
      });
    }
    if (clause.kind === 'word') { return wordHits(clause.words[0], matched); }
    var local = Object.create(null);
    return Promise.all(clause.words.map(function (w) { return wordHits(w, local); })).then(function (each) {
      /* a phrase: its words at consecutive positions */
      var hits = Object.create(null);
      Object.keys(each[0].hits).forEach(function (seg) {
        var first = each[0].hits[seg];
        var starts = first.p.filter(function (p) {
          return each.every(function (e, i) { var h = e.hits[seg]; return h && h.p.indexOf(p + i) >= 0; });
        });
        if (starts.length) { hits[seg] = { w: first.w, p: starts }; }
      });
      var found = Object.keys(hits).length > 0;
      if (found) { Object.keys(local).forEach(function (k) { matched[k] = local[k]; }); }
      var unknown = [];
      each.forEach(function (e) { unknown = unknown.concat(e.unknown); });
      return { hits: hits, found: found, unknown: unknown };
    });
  }

  /* The entities every query word names: one of their names' or mentions' forms. */
  var byForm = null;
  function entitiesNamed(clauses) {
    if (!byForm) {
      byForm = Object.create(null);
      INDEX.entities.forEach(function (e, i) {
        e[4].forEach(function (f) { (byForm[f] = byForm[f] || []).push(i); });
      });
    }
    var ws = [];
    clauses.forEach(function (c) { if (c.kind !== 'prefix') { ws = ws.concat(c.words); } });
    if (ws.length === 0 || ws.every(function (w) { return common(fold(w)); })) { return []; }
    var sets = ws.map(function (w) { return byForm[fold(w)] || []; });
    return sets[0].filter(function (i) { return sets.every(function (s) { return s.indexOf(i) >= 0; }); })
      .map(function (i) { return INDEX.entities[i]; });
  }
  /* A word many entities' names share ("of", "committee") or an initial: it names none of them. */
  function common(form) {
    var n = (byForm[form] || []).length;
    return form.length <= 2 || n > Math.max(2, INDEX.entities.length / 50);
  }

  /* The passages that mention the entities: every form of their names, in every language. */
  function nameHits(entities, matched) {
    var keys = [];
    entities.forEach(function (e) {
      e[4].forEach(function (f) {
        if (!common(f)) { keysOf(f).forEach(function (k) { if (keys.indexOf(k) < 0) { keys.push(k); } }); }
      });
    });
    return Promise.all(keys.map(term)).then(function (terms) { return hitsOf(terms, matched); });
  }

  function bm25(tf, weight, df) {
    var idf = Math.log(1 + (INDEX.count - df + 0.5) / (df + 0.5));
    var len = weight >> 1;
    var s = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len / INDEX.avg));
    return (weight & 1) ? s * HEAD_BOOST : s;
  }

  /* Every segment that meets every clause (or mentions a named entity), ranked: BM25 with
     headings and names weighed more, ties in document order. */
  function search(query) {
    var clauses = parse(query);
    if (clauses.length === 0) {
      return Promise.resolve({ clauses: clauses, entities: [], ranked: [], matched: {}, missing: [] });
    }
    return loadStemmers().then(function () {
      var matched = Object.create(null);
      var entities = entitiesNamed(clauses);
      return Promise.all([Promise.all(clauses.map(function (c) { return clauseHits(c, matched); })),
        entities.length && entities.length <= 5 ? nameHits(entities, matched) : Promise.resolve(null)]).then(function (r) {
        var each = r[0];
        var names = r[1];
        var scores = Object.create(null);
        var first = each[0].hits;
        Object.keys(first).forEach(function (seg) {
          if (!each.every(function (e) { return e.hits[seg]; })) { return; }
          scores[seg] = each.reduce(function (sum, e) {
            return sum + bm25(e.hits[seg].p.length, e.hits[seg].w, Object.keys(e.hits).length);
          }, 0);
        });
        if (names) {
          var df = Object.keys(names).length;
          Object.keys(names).forEach(function (seg) {
            scores[seg] = (scores[seg] || 0) + NAME_BOOST * bm25(names[seg].p.length, names[seg].w, df);
          });
        }
        var ranked = Object.keys(scores).map(Number).sort(function (a, b) {
          return scores[b] - scores[a] || a - b;
        });
        /* the words the edition does not have, for which a suggestion is looked for */
        var missing = [];
        each.forEach(function (e) { missing = missing.concat(e.unknown); });
        return { clauses: clauses, entities: entities, ranked: ranked, matched: matched, missing: missing };
      });
    });
  }

  /* ---- what a segment is: its document, part and date, from the runs ---- */
  function placeOf(seg) {
    var runs = INDEX.runs;
    var lo = 0;
    var hi = runs.length / 3 - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (runs[mid * 3] <= seg) { lo = mid; } else { hi = mid - 1; }
    }
    var doc = runs[lo * 3 + 1];
    var part = runs[lo * 3 + 2];
    var dates = INDEX.dates[doc];
    return { doc: doc, part: part, date: (part >= 0 && dates[part + 1]) || dates[0] };
  }
  /* "document" for a passage of a document of its own (a FRUS volume's numbered documents),
     "other" for the rest (front and back matter, a document that has no parts). */
  function kindOf(seg) {
    var p = placeOf(seg);
    return p.part >= 0 && INDEX.kinds[p.doc][p.part] === 1 ? 'document' : 'other';
  }
  var KINDS = { document: 'search-kind-document', other: 'search-kind-other' };

  function dateNumber(text, end) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec((text || '').trim());
    if (!m) { return 0; }
    return +m[1] * 10000 + (m[2] ? +m[2] : (end ? 99 : 0)) * 100 + (m[3] ? +m[3] : (end ? 99 : 0));
  }

  /* ---- suggestions: the nearest terms of the edition and forms of its names ---- */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) { return limit + 1; }
    var prev2 = null;
    var prev = [];
    var i;
    var j;
    for (j = 0; j <= b.length; j++) { prev.push(j); }
    for (i = 1; i <= a.length; i++) {
      var cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { d = Math.min(d, prev2[j - 2] + 1); }
        cur.push(d);
        best = Math.min(best, d);
      }
      if (best > limit) { return limit + 1; }
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }
  function suggest(word) {
    var f = fold(word);
    var limit = f.length <= 4 ? 1 : 2;
    var n = shardOf(INDEX.terms, f);
    var around = [n - 1, n, n + 1].filter(function (i) { return i >= 0 && i < INDEX.terms.length; });
    return Promise.all(around.map(function (i) { return shard('t', i); })).then(function (all) {
      var best = null;
      function consider(form, weight) {
        if (form === f) { return; }
        var d = distance(f, form, limit);
        if (d <= limit && (!best || d < best.d || (d === best.d && weight > best.w) ||
            (d === best.d && weight === best.w && form < best.form))) {
          best = { form: form, d: d, w: weight };
        }
      }
      all.forEach(function (data) {
        Object.keys(data || {}).forEach(function (k) { consider(data[k][0], data[k].length); });
      });
      INDEX.entities.forEach(function (e) { e[4].forEach(function (form) { consider(form, 1e9 + e[3]); }); });
      return best ? best.form : null;
    });
  }

  /* ---- the page ---- */
  function el(name, className, text) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  /* The text around the first hit, with every word whose key matched marked. */
  function snippet(text, lang, matched) {
    var parts = [];
    var m;
    var re = new RegExp(WORD.source, 'gu');
    while ((m = re.exec(text)) !== null) {
      if (matched[keyIn(m[0], lang)] !== undefined || matched[fold(m[0])] !== undefined) {
        parts.push([m.index, m.index + m[0].length]);
      }
    }
    var first = parts.length ? parts[0][0] : 0;
    var from = Math.max(0, first - 80);
    var to = Math.min(text.length, first + 200);
    var span = el('span', 'context');
    var at = from;
    if (from > 0) { span.appendChild(document.createTextNode('… ')); }
    parts.forEach(function (p) {
      if (p[0] < at || p[1] > to) { return; }
      span.appendChild(document.createTextNode(text.slice(at, p[0])));
      span.appendChild(el('mark', '', text.slice(p[0], p[1])));
      at = p[1];
    });
    span.appendChild(document.createTextNode(text.slice(at, to)));
    if (to < text.length) { span.appendChild(document.createTextNode(' …')); }
    return span;
  }

  /* Where a result is: its part's label ("No. 5. Memorandum ..., 21 May 1976") and its document. */
  function label(doc, part) {
    var d = INDEX.docs[doc];
    return part >= 0 && d[2] && d[2][part] ? [d[2][part], d[1]] : [d[1], ''];
  }

  var state = { q: '', vol: '', type: '', who: '', from: '', to: '', page: 1 };
  var form = document.querySelector('form.search-form');
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');
  var controls = null;

  function readAddress() {
    var p = new URLSearchParams(window.location.search);
    state = { q: p.get('q') || '', vol: p.get('vol') || '', type: p.get('type') || '', who: p.get('who') || '', from: p.get('from') || '', to: p.get('to') || '',
      page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1) };
  }
  function writeAddress() {
    var p = new URLSearchParams();
    ['q', 'vol', 'type', 'who', 'from', 'to'].forEach(function (k) { if (state[k]) { p.set(k, state[k]); } });
    if (state.page > 1) { p.set('page', String(state.page)); }
    try { history.replaceState(null, '', '?' + p.toString()); } catch (e) { /* some browsers refuse it on file:// */ }
  }

  /* The filters: volume (with counts), date range. */
  function filterControls() {
    if (controls) { return controls; }
    var box = el('div', 'search-filters');
    /* a labelled control: its label, then itself */
    function field(tag, id, text) {
      var label = el('label', '', text);
      var control = el(tag);
      control.id = id;
      label.htmlFor = id;
      if (tag === 'input') { control.placeholder = t('search-date-format'); control.size = 12; }
      box.appendChild(label);
      box.appendChild(control);
      return control;
    }
    var vol = field('select', 'search-vol', t('search-volume'));
    var type = field('select', 'search-type', t('search-type'));
    var who = field('select', 'search-who', t('search-mentioning'));
    var from = field('input', 'search-from', t('search-from'));
    var to = field('input', 'search-to', t('search-to'));
    form.appendChild(box);
    vol.addEventListener('change', function () { state.vol = vol.value; state.page = 1; run(); });
    type.addEventListener('change', function () { state.type = type.value; state.page = 1; run(); });
    who.addEventListener('change', function () { state.who = who.value; state.page = 1; run(); });
    [from, to].forEach(function (i) {
      i.addEventListener('change', function () { state.from = from.value; state.to = to.value; state.page = 1; run(); });
    });
    controls = { vol: vol, type: type, who: who, from: from, to: to };
    return controls;
  }

  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }

  /* The persons, places and organisations mentioned in the part (or the document) a segment is in,
     each as "type:name" (one key for the entity every volume declares again). */
  var atPlace = null;
  function mentionedAt(seg) {
    if (!atPlace) {
      atPlace = Object.create(null);
      INDEX.entities.forEach(function (e) {
        var key = e[2] + ':' + e[0];
        e[5].forEach(function (c) {
          var l = atPlace[c] || (atPlace[c] = []);
          if (l.indexOf(key) < 0) { l.push(key); }
        });
      });
    }
    var p = placeOf(seg);
    return atPlace[p.doc * 100000 + p.part + 1] || [];
  }

  /* The entities the passages mention, the most mentioned first, with their counts. */
  function showMentioned(byWho) {
    var select = filterControls().who;
    clear(select);
    var all = el('option', '', t('search-anyone'));
    all.value = '';
    select.appendChild(all);
    Object.keys(byWho).sort(function (a, b) { return byWho[b] - byWho[a] || (a < b ? -1 : 1); })
      .filter(function (k, i) { return i < 40 || k === state.who; }).forEach(function (k) {
        var o = el('option', '', k.slice(k.indexOf(':') + 1) + ' (' + byWho[k] + ')');
        o.value = k;
        select.appendChild(o);
      });
    select.value = state.who;
  }

  function showFilters(byDoc, byKind) {
    var c = filterControls();
    clear(c.type);
    var any = el('option', '', t('search-any'));
    any.value = '';
    c.type.appendChild(any);
    Object.keys(KINDS).forEach(function (k) {
      if (!byKind[k] && k !== state.type) { return; }
      var o = el('option', '', t(KINDS[k]) + ' (' + (byKind[k] || 0) + ')');
      o.value = k;
      c.type.appendChild(o);
    });
    c.type.value = state.type;
    clear(c.vol);
    var all = el('option', '', t('search-all-volumes'));
    all.value = '';
    c.vol.appendChild(all);
    INDEX.docs.forEach(function (d, i) {
      if (!byDoc[i] && String(i) !== state.vol) { return; }
      var o = el('option', '', d[1] + ' (' + (byDoc[i] || 0) + ')');
      o.value = String(i);
      c.vol.appendChild(o);
    });
    c.vol.value = state.vol;
    c.from.value = state.from;
    c.to.value = state.to;
  }

  var runs = 0;
  function run() {
    var mine = ++runs;
    writeAddress();
    input.value = state.q;
    if (!INDEX) { status.textContent = t('search-missing'); return Promise.resolve(); }
    status.textContent = t('search-searching');
    return search(state.q).then(function (found) {
      if (mine !== runs) { return null; }
      var from = dateNumber(state.from, false);
      var to = dateNumber(state.to, true);
      var byDoc = Object.create(null);
      var byKind = Object.create(null);
      var inRange = found.ranked.filter(function (seg) {
        var p = placeOf(seg);
        if ((from && !(p.date >= from)) || (to && !(p.date && p.date <= to))) { return false; }
        byDoc[p.doc] = (byDoc[p.doc] || 0) + 1;
        byKind[kindOf(seg)] = (byKind[kindOf(seg)] || 0) + 1;
        return true;
      });
      var inVolume = inRange.filter(function (seg) {
        return (state.vol === '' || String(placeOf(seg).doc) === state.vol) && (state.type === '' || kindOf(seg) === state.type);
      });
      var byWho = Object.create(null);
      inVolume.forEach(function (seg) { mentionedAt(seg).forEach(function (k) { byWho[k] = (byWho[k] || 0) + 1; }); });
      var shown = state.who === '' ? inVolume : inVolume.filter(function (seg) { return mentionedAt(seg).indexOf(state.who) >= 0; });
      showFilters(byDoc, byKind);
      showMentioned(byWho);
      var pages = Math.max(1, Math.ceil(shown.length / PAGE));
      state.page = Math.min(state.page, pages);
      writeAddress();
      var onPage = shown.slice((state.page - 1) * PAGE, state.page * PAGE);
      var needed = [];
      onPage.forEach(function (seg) {
        var n = shardOf(INDEX.shards, seg);
        if (needed.indexOf(n) < 0) { needed.push(n); }
      });
      var suggestions = Promise.all(found.missing.map(suggest));
      return Promise.all([Promise.all(needed.map(function (n) { return shard('s', n); })), suggestions]).then(function (r) {
        if (mine !== runs) { return; }
        render(found, shown, onPage, pages, r[1]);
        /* when the first results stood on the page, for bench/search.sh */
        if (window.performance && performance.mark && !performance.getEntriesByName('teikit-search-results').length) {
          performance.mark('teikit-search-results');
        }
      });
    }, function (error) {
      status.textContent = t('search-unreadable', error.message);
    });
  }

  function segment(seg) {
    var n = shardOf(INDEX.shards, seg);
    return shards.s[n][seg - INDEX.shards[n]];
  }

  function render(found, shown, onPage, pages, suggestions) {
    clear(list);
    var hint = document.getElementById('search-suggestion');
    clear(hint);
    var better = state.q;
    var changed = false;
    found.missing.forEach(function (w, i) {
      if (suggestions[i]) { better = better.split(w).join(suggestions[i]); changed = true; }
    });
    if (changed) {
      /* the words around {1} in 'search-did-you-mean', with the link in its place */
      var around = t('search-did-you-mean').split('{1}');
      hint.appendChild(document.createTextNode(around[0]));
      var a = el('a', 'suggestion', better);
      a.href = '?q=' + encodeURIComponent(better);
      a.addEventListener('click', function (event) {
        event.preventDefault();
        state = { q: better, vol: '', type: '', who: '', from: '', to: '', page: 1 };
        run();
      });
      hint.appendChild(a);
      hint.appendChild(document.createTextNode(around.slice(1).join('')));
    }
    /* an entity each volume declares again (FRUS's Kissinger in each) is one line, its counts summed */
    var once = [];
    found.entities.forEach(function (e) {
      var same = once.filter(function (o) { return o[0] === e[0] && o[2] === e[2]; })[0];
      if (same) { same[3] += e[3]; } else { once.push([e[0], e[1], e[2], e[3]]); }
    });
    once.forEach(function (e) {
      var item = el('li', 'result entity-result');
      var head = el('a', 'result-entity', e[0]);
      head.href = e[1];
      item.appendChild(head);
      item.appendChild(document.createTextNode(' — ' + t(e[2] === 'place' ? 'search-in-places'
        : e[2] === 'org' ? 'search-in-orgs' : 'search-in-persons', plural(e[3], 'mentions'))));
      list.appendChild(item);
    });
    onPage.forEach(function (seg) {
      var s = segment(seg);
      var li = el('li', 'result text-result');
      if (s[2]) { li.lang = s[2]; }
      var a = el('a', 'result-link');
      a.href = s[1];
      var where = label(s[0], s.length > 4 ? s[4] : -1);
      var title = el('span', 'result-doc', where[0]);
      title.lang = 'en';
      a.appendChild(title);
      if (where[1]) {
        var of = el('span', 'result-volume', where[1]);
        of.lang = 'en';
        a.appendChild(of);
      }
      a.appendChild(snippet(s[3], s[2], found.matched));
      li.appendChild(a);
      list.appendChild(li);
    });
    pagination(pages);
    var parts = [];
    if (shown.length) { parts.push(plural(shown.length, 'passages')); }
    if (once.length) { parts.push(plural(once.length, 'entries')); }
    status.textContent = parts.length === 0 ? t('no-results') : pages > 1
      ? t('search-page-of', parts.join(', '), state.page, pages) : t('search-found', parts.join(', '));
  }

  function pagination(pages) {
    var nav = document.getElementById('search-pages');
    clear(nav);
    if (pages <= 1) { return; }
    function go(page, text, current) {
      var b = el('button', current ? 'page current' : 'page', text);
      b.type = 'button';
      if (current) { b.setAttribute('aria-current', 'page'); }
      b.addEventListener('click', function () {
        state.page = page;
        run().then(function () { var f = list.querySelector('a'); if (f) { f.focus(); } });
      });
      nav.appendChild(b);
    }
    if (state.page > 1) { go(state.page - 1, t('previous'), false); }
    for (var p = Math.max(1, state.page - 4); p <= Math.min(pages, state.page + 4); p++) { go(p, String(p), p === state.page); }
    if (state.page < pages) { go(state.page + 1, t('next'), false); }
  }

  /* Arrow keys move between results; Escape returns to the search box. */
  function keyboard(event) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && (at >= 0 || document.activeElement === input) && links.length) {
      event.preventDefault();
      links[Math.min(links.length - 1, at + 1)].focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) { input.focus(); } else { links[at - 1].focus(); }
    } else if (event.key === 'Escape' && at >= 0) {
      input.focus();
    }
  }

  if (form && input && list && status) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      state.q = input.value;
      state.page = 1;
      run();
    });
    document.addEventListener('keydown', keyboard);
    readAddress();
    if (INDEX) { filterControls(); loadStemmers(); }
    if (state.q) { run(); }
  }
  window.teikitSearch = { search: search, keysOf: keysOf, ready: loadStemmers, stem: stem };
}());
