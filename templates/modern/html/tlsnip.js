// tlsnip docs, theme modern: language tabs (WAI-ARIA tabs pattern, the choice remembered across
// pages) and search over the prebuilt MiniSearch index (assets/search-index.js).
(function () {
  'use strict';
  var KEY = 'tlsnip.target';
  var root = document.body.getAttribute('data-root') || '';

  function remembered() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function remember(target) {
    try { localStorage.setItem(KEY, target); } catch (e) { /* storage off: the choice lasts the page */ }
  }

  function select(group, tab, focus) {
    var tabs = group.querySelectorAll('[role="tab"]');
    for (var i = 0; i < tabs.length; i++) {
      var on = tabs[i] === tab;
      tabs[i].setAttribute('aria-selected', on ? 'true' : 'false');
      tabs[i].tabIndex = on ? 0 : -1;
      document.getElementById(tabs[i].getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
  }

  // Under Jekyll the examples arrive as markdown made them (### Label, then the highlighted block):
  // they become the same tabs as --html writes.
  var examples = document.getElementById('examples');
  if (examples && examples.tagName === 'H2' && !document.querySelector('.tlsnip-tabs')) {
    var pairs = [];
    for (var el = examples.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
      if (el.tagName === 'H3' && el.nextElementSibling && /highlighter-rouge/.test(el.nextElementSibling.className)) pairs.push([el, el.nextElementSibling]);
    }
    if (pairs.length) {
      var box = document.createElement('div');
      box.className = 'tlsnip-tabs';
      var bar = document.createElement('div');
      bar.setAttribute('role', 'tablist');
      bar.setAttribute('aria-label', 'Examples');
      box.appendChild(bar);
      pairs[0][0].parentNode.insertBefore(box, pairs[0][0]);
      pairs.forEach(function (pair, i) {
        var label = pair[0].textContent;
        var tab = document.createElement('button');
        tab.type = 'button';
        tab.setAttribute('role', 'tab');
        tab.id = 'examples-tab-' + i;
        tab.setAttribute('aria-controls', 'examples-panel-' + i);
        tab.setAttribute('aria-selected', i === 0 ? 'true' : 'false');
        tab.tabIndex = i === 0 ? 0 : -1;
        tab.setAttribute('data-target', label);
        tab.textContent = label;
        bar.appendChild(tab);
        var panel = document.createElement('div');
        panel.setAttribute('role', 'tabpanel');
        panel.id = 'examples-panel-' + i;
        panel.setAttribute('aria-labelledby', tab.id);
        panel.tabIndex = 0;
        panel.hidden = i !== 0;
        panel.appendChild(pair[1]);
        box.appendChild(panel);
        pair[0].parentNode.removeChild(pair[0]);
      });
    }
  }

  var groups = document.querySelectorAll('.tlsnip-tabs');
  for (var g = 0; g < groups.length; g++) {
    (function (group) {
      var tabs = Array.prototype.slice.call(group.querySelectorAll('[role="tab"]'));
      var chosen = remembered();
      tabs.forEach(function (tab, i) {
        if (chosen && tab.getAttribute('data-target') === chosen) select(group, tab, false);
        tab.addEventListener('click', function () {
          select(group, tab, false);
          remember(tab.getAttribute('data-target'));
        });
        tab.addEventListener('keydown', function (e) {
          var to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
          if (to === undefined) return;
          e.preventDefault();
          var next = tabs[(to + tabs.length) % tabs.length];
          select(group, next, true);
          remember(next.getAttribute('data-target'));
        });
      });
    })(groups[g]);
  }

  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  if (!input || !list) return;
  // The index (about 1 MB) loads when the search box is first focused, not with every page.
  var engine = null;
  var loading = null;
  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = root + 'assets/search-index.js';
        script.onload = function () {
          engine = window.MiniSearch.loadJS(window.TLSNIP_SEARCH.index, window.TLSNIP_SEARCH.options);
          resolve(engine);
        };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  }
  window.tlsnipSearchReady = load;
  function search(q) {
    return engine.search(q, { prefix: true, fuzzy: 0.15, boost: { name: 4, words: 2 }, combineWith: 'AND' }).slice(0, 20);
  }
  function show(results) {
    list.textContent = '';
    results.forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + r.url;
      a.textContent = r.name;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = r.kind;
      a.appendChild(kind);
      if (r.summary) {
        var s = document.createElement('span');
        s.className = 'summary';
        s.textContent = r.summary;
        a.appendChild(s);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
  }
  function update() {
    var q = input.value.trim();
    if (!q) return show([]);
    if (engine) return show(search(q));
    load().then(update);
  }
  input.addEventListener('focus', load);
  input.addEventListener('input', update);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && list.firstChild) window.location.href = list.firstChild.firstChild.href;
    if (e.key === 'Escape') { input.value = ''; show([]); }
  });
})();
