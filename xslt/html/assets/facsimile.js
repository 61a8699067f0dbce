/*
 * teikit: the page images beside the text (xslt/html/facsimile.xsl). OpenSeadragon shows the page
 * being read, the last page break above the reading line, and follows the scroll; a page mark
 * opens its page; a zone on the image and the line of text it carries light each other. All it
 * needs is in the page (#tk-facsimile-data): a page opened from disk may load images, not fetch files.
 */
(function () {
  'use strict';
  var pane = document.querySelector('.tk-facsimile');
  var dataNode = document.getElementById('tk-facsimile-data');
  if (!pane || !dataNode || !window.OpenSeadragon) return;
  var data = JSON.parse(dataNode.textContent);
  var surfaces = data.surfaces;
  var index = new Map(surfaces.map(function (s, i) { return [s.id, i]; }));
  var label = pane.querySelector('.tk-facsimile-label');
  var text = document.getElementById('text');
  // what carries each zone in the text: a line's mark (lb/@facs), or an element (l, p, seg … with @facs)
  var lines = new Map();
  if (text) text.querySelectorAll('[data-zone]').forEach(function (el) { lines.set(el.dataset.zone, el); });
  var viewer = OpenSeadragon({
    element: document.getElementById('tk-facsimile-viewer'),
    prefixUrl: data.prefix,
    tileSources: surfaces.map(function (s) { return s.tiles.charAt(0) === '{' ? JSON.parse(s.tiles) : s.tiles; }),
    sequenceMode: true,
    drawer: 'canvas',
    crossOriginPolicy: false,
    showNavigator: false,
    gestureSettingsMouse: { clickToZoom: false }
  });
  window.tkFacsimile = viewer; // an edition's own script (and the tests) may drive it
  var current = 0;

  function open(i) {
    if (i !== undefined && i !== current) {
      current = i;
      viewer.goToPage(i);
    }
  }

  viewer.addHandler('open', function () {
    label.textContent = surfaces[current].label;
    pane.dataset.surface = surfaces[current].id;
    drawZones();
  });

  // page marks: a click (or Enter) opens the page; the scroll opens the page read
  var marks = data.pages.map(function (p) {
    return { el: document.getElementById(p.pb), surface: index.get(p.surface) };
  }).filter(function (m) { return m.el; });
  marks.forEach(function (m) {
    m.el.classList.add('tk-facs-pb');
    m.el.tabIndex = 0;
    m.el.addEventListener('click', function () { open(m.surface); });
    m.el.addEventListener('keydown', function (e) { if (e.key === 'Enter') open(m.surface); });
  });

  /** Where the reader reads: a third down the window, or below the pane where it stands above the text. */
  function readingLine() {
    var r = pane.getBoundingClientRect();
    var stacked = r.width > window.innerWidth * 0.8 && r.top < 2;
    return stacked ? r.bottom + (window.innerHeight - r.bottom) * 0.3 : window.innerHeight * 0.3;
  }

  function follow() {
    if (!marks.length) return;
    var line = readingLine();
    var at = marks[0].surface;
    for (var i = 0; i < marks.length; i++) {
      if (marks[i].el.getBoundingClientRect().top > line) break;
      at = marks[i].surface;
    }
    open(at);
  }
  var pending = false;
  window.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; follow(); });
  }, { passive: true });
  follow();

  // zones: a box over the image for each; it and its line light each other
  function toViewport(surface, box) {
    var item = viewer.world.getItemAt(0);
    var size = item.getContentSize();
    var b = surface.box.length === 4 ? surface.box : [0, 0, size.x, size.y];
    var fx = size.x / (b[2] - b[0]);
    var fy = size.y / (b[3] - b[1]);
    return item.imageToViewportRectangle((box[0] - b[0]) * fx, (box[1] - b[1]) * fy, box[2] * fx, box[3] * fy);
  }

  function drawZones() {
    viewer.clearOverlays();
    if (!viewer.world.getItemAt(0)) return;
    var surface = surfaces[current];
    surface.zones.forEach(function (z) {
      var el = document.createElement('div');
      el.className = 'tk-zone';
      el.dataset.zone = z.id;
      var target = z.points && z.points.length >= 6 ? outline(el, z) : el;
      target.addEventListener('mouseenter', function () { light(z.id); });
      target.addEventListener('mouseleave', function () { light(null); });
      viewer.addOverlay({ element: el, location: toViewport(surface, z.box) });
    });
  }

  var SVG = 'http://www.w3.org/2000/svg';

  /**
   * A zone given by its points drawn as their polygon, in an SVG filling its box (the box's
   * coordinates as the viewBox, so the polygon scales with the image); the polygon, not the box,
   * is what the pointer finds and what lights. Returns the polygon.
   */
  function outline(el, z) {
    el.classList.add('tk-zone-polygon');
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', z.box.join(' '));
    svg.setAttribute('preserveAspectRatio', 'none');
    var polygon = document.createElementNS(SVG, 'polygon');
    var pairs = [];
    for (var i = 0; i + 1 < z.points.length; i += 2) pairs.push(z.points[i] + ',' + z.points[i + 1]);
    polygon.setAttribute('points', pairs.join(' '));
    polygon.setAttribute('vector-effect', 'non-scaling-stroke');
    svg.appendChild(polygon);
    el.appendChild(svg);
    return polygon;
  }

  var highlights = window.CSS && CSS.highlights && window.Highlight;

  /** The text a zone carries: an element's whole content, or a line's (lineRange). */
  function textRange(carrier) {
    if (!carrier.classList.contains('tk-zone-line')) {
      var range = document.createRange();
      range.selectNodeContents(carrier);
      return range;
    }
    return lineRange(carrier);
  }

  /** The text of a line: from its mark to the next line's mark, or to the end of its block. */
  function lineRange(mark) {
    var range = document.createRange();
    range.setStartAfter(mark);
    var block = mark.closest('p, div, li, td') || mark.parentNode;
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = mark;
    var next = walker.nextNode();
    while (next && !next.classList.contains('tk-zone-line')) next = walker.nextNode();
    if (next) range.setEndBefore(next); else range.setEnd(block, block.childNodes.length);
    return range;
  }

  function light(id) {
    pane.querySelectorAll('.tk-zone.lit').forEach(function (e) { e.classList.remove('lit'); });
    if (highlights) CSS.highlights.delete('tk-line');
    if (!id) return;
    pane.querySelectorAll('.tk-zone').forEach(function (e) { if (e.dataset.zone === id) e.classList.add('lit'); });
    var mark = lines.get(id);
    if (mark && highlights) CSS.highlights.set('tk-line', new Highlight(textRange(mark)));
  }

  /**
   * The zone under the pointer, the innermost that carries it: the element around it with a zone
   * (a seg, a verse line) when no line mark is inside that element, else its line's (lineZone).
   */
  function zoneAt(x, y) {
    var caret = document.caretRangeFromPoint && document.caretRangeFromPoint(x, y);
    if (!caret || !text || !text.contains(caret.startContainer)) return null;
    var node = caret.startContainer.nodeType === 1 ? caret.startContainer : caret.startContainer.parentElement;
    var carrier = node && node.closest('[data-zone]:not(.tk-zone-line)');
    if (carrier && !text.contains(carrier)) carrier = null;
    if (carrier && !carrier.querySelector('.tk-zone-line')) return carrier.dataset.zone;
    return lineZone(caret) || (carrier && carrier.dataset.zone);
  }

  /** The zone of the line under the caret: the nearest line mark before it in its block. */
  function lineZone(caret) {
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = caret.startContainer;
    for (var n = walker.previousNode(); n; n = walker.previousNode()) {
      if (n.classList.contains('tk-zone-line')) return n.dataset.zone;
      if (/^(P|DIV|LI|TD)$/.test(n.tagName) && !n.contains(caret.startContainer)) return null;
    }
    return null;
  }
  if (text) {
    var last = null;
    text.addEventListener('mousemove', function (e) {
      var id = zoneAt(e.clientX, e.clientY);
      if (id !== last) { last = id; light(id); }
    });
    text.addEventListener('mouseleave', function () { last = null; light(null); });
  }
})();
