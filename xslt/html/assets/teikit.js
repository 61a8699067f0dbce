/* teikit web edition: view switches (remembered) and notes that open in place.
   Plain JavaScript, no network, no innerHTML: text from the edition only ever becomes text. */
(function () {
  'use strict';
  var body = document.body;

  function load(key) {
    try { return window.localStorage.getItem('teikit.' + key); } catch (e) { return null; }
  }
  function store(key, value) {
    try { window.localStorage.setItem('teikit.' + key, value); } catch (e) { /* private mode */ }
  }
  function press(attr, value) {
    var buttons = document.querySelectorAll('button[' + attr + ']');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute(attr) === value));
    }
  }
  function setView(view) {
    if (!/^(original|translation|parallel)$/.test(view || '')) { return; }
    body.classList.remove('view-original', 'view-translation', 'view-parallel');
    body.classList.add('view-' + view);
    press('data-view', view);
    store('view', view);
  }
  function setReading(reading) {
    if (!/^(edited|transmitted)$/.test(reading || '')) { return; }
    body.classList.remove('reading-edited', 'reading-transmitted');
    body.classList.add('reading-' + reading);
    press('data-reading', reading);
    store('reading', reading);
  }

  /* A note opens after its marker, as a copy of its entry in the list after the text. */
  function toggleNote(marker) {
    var id = marker.getAttribute('data-note');
    var popId = 'pop-' + id;
    var open = document.getElementById(popId);
    if (open) {
      open.parentNode.removeChild(open);
      marker.setAttribute('aria-expanded', 'false');
      marker.removeAttribute('aria-controls');
      return;
    }
    var entry = document.getElementById(id);
    var content = entry && entry.querySelector('.note-body');
    if (!content) { return; }
    var pop = document.createElement('span');
    pop.className = 'note-popup';
    pop.id = popId;
    pop.setAttribute('role', 'note');
    if (entry.getAttribute('lang')) { pop.setAttribute('lang', entry.getAttribute('lang')); }
    var copy = content.cloneNode(true);
    var withIds = copy.querySelectorAll('[id]');
    for (var i = 0; i < withIds.length; i++) { withIds[i].removeAttribute('id'); }
    while (copy.firstChild) { pop.appendChild(copy.firstChild); }
    marker.parentNode.insertBefore(pop, marker.nextSibling);
    marker.setAttribute('aria-expanded', 'true');
    marker.setAttribute('aria-controls', popId);
  }

  if (body.classList.contains('has-translation')) { setView(load('view') || 'parallel'); }
  if (body.classList.contains('has-choice')) { setReading(load('reading') || 'edited'); }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var viewButton = target.closest('button[data-view]');
    if (viewButton) { setView(viewButton.getAttribute('data-view')); return; }
    var readingButton = target.closest('button[data-reading]');
    if (readingButton) { setReading(readingButton.getAttribute('data-reading')); return; }
    var marker = target.closest('a.noteref');
    if (marker) { event.preventDefault(); toggleNote(marker); }
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key === ' ' && target instanceof Element && target.matches('a.noteref')) {
      event.preventDefault();
      toggleNote(target);
    }
  });
}());
