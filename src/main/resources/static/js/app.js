/* Vínculos pages: enhancements only. Every page works without this file; it adds
   suggestions as you type (from /api/entities) and draws the graphs (Cytoscape.js + fcose). */
(function () {
  'use strict';

  // ---------------------------------------------------------------- suggestions
  function suggest(input) {
    var list = document.getElementById(input.getAttribute('data-suggest'));
    if (!list) return;
    var timer = null, last = '';
    input.addEventListener('input', function () {
      var q = input.value.trim();
      clearTimeout(timer);
      if (q.length < 2 || q === last) return;
      timer = setTimeout(function () {
        last = q;
        fetch('/api/entities?limit=8&q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            list.textContent = '';
            (data.results || []).forEach(function (hit) {
              var o = document.createElement('option');
              o.value = hit.name;
              o.label = hit.name + (hit.aliases && hit.aliases.length ? ' (' + hit.aliases.slice(0, 2).join(', ') + ')' : '');
              list.appendChild(o);
            });
          })
          .catch(function () { /* suggestions are a nicety: typing still works */ });
      }, 150);
    });
  }

  // ---------------------------------------------------------------- drawings
  var COLOURS = {
    City: '#1f77b4', Country: '#6a3d9a', Agency: '#2ca02c', Organization: '#d62728', Network: '#ff7f0e',
    Person: '#8c564b', Project: '#17becf', Event: '#b8860b'
  };

  function draw(box) {
    if (typeof window.cytoscape !== 'function') return;
    if (window.cytoscapeFcose && !draw.registered) { window.cytoscape.use(window.cytoscapeFcose); draw.registered = true; }
    var data = JSON.parse(box.getAttribute('data-graph'));
    var elements = [];
    data.nodes.forEach(function (n) {
      var short = n.label.length > 48 ? n.label.slice(0, 46).replace(/\s+\S*$/, '') + '…' : n.label;
      elements.push({ data: { id: n.id, label: n.label, short: short, type: n.type, role: n.role, rank: n.rank, hub: n.hub, url: n.url },
        classes: [n.role, n.hub ? 'hub' : ''].join(' ') });
    });
    data.edges.forEach(function (e, i) {
      elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } });
    });
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': function (n) { return COLOURS[n.data('type')] || '#777'; },
          'label': 'data(short)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 130,
          'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#222', 'width': 16, 'height': 16,
          'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1 } },
        { selector: 'node.connector', style: { 'width': 24, 'height': 24, 'font-size': 11, 'font-weight': 'bold', 'border-width': 2, 'border-color': '#fff' } },
        { selector: 'node.given', style: { 'width': 34, 'height': 34, 'font-size': 13, 'font-weight': 'bold', 'border-width': 4, 'border-color': '#111' } },
        { selector: 'node.hub', style: { 'background-color': '#bbb', 'width': 10, 'height': 10, 'font-size': 8, 'color': '#777', 'opacity': 0.75 } },
        { selector: 'edge', style: { 'width': 1.2, 'line-color': '#aaa', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 8, 'color': '#666', 'text-rotation': 'autorotate' } },
        { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0.15 } }
      ],
      layout: { name: window.cytoscapeFcose ? 'fcose' : 'cose', animate: false, randomize: true, nodeRepulsion: 9000,
        idealEdgeLength: 90, nodeSeparation: 90, padding: 20 }
    });
    cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('url'); });
    cy.on('mouseover', 'node', function () { box.style.cursor = 'pointer'; });
    cy.on('mouseout', 'node', function () { box.style.cursor = ''; });
    box.cy = cy;
    box.setAttribute('data-drawn', 'true');
    var section = box.closest('.drawing-box');
    var tools = section && section.querySelector('.drawing-tools');
    if (tools) {
      tools.hidden = false;
      var name = 'vinculos-' + (box.getAttribute('data-name') || 'red');
      tools.querySelector('.export-png').addEventListener('click', function () {
        download(cy.png({ full: true, scale: 2, bg: '#ffffff' }), name + '.png');
      });
      tools.querySelector('.export-svg').addEventListener('click', function () {
        var url = URL.createObjectURL(new Blob([svg(cy)], { type: 'image/svg+xml' }));
        download(url, name + '.svg');
        setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      });
    }
  }

  function download(href, file) {
    var a = document.createElement('a');
    a.href = href; a.download = file;
    document.body.appendChild(a); a.click(); a.remove();
  }

  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  /* The drawing as SVG from the laid-out positions (cytoscape-svg is GPL, so not vendored). */
  function svg(cy) {
    var bb = cy.elements().boundingBox({ includeLabels: true }), pad = 20;
    var out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + Math.ceil(bb.w + 2 * pad) + '" height="' + Math.ceil(bb.h + 2 * pad) +
      '" viewBox="' + (bb.x1 - pad) + ' ' + (bb.y1 - pad) + ' ' + (bb.w + 2 * pad) + ' ' + (bb.h + 2 * pad) + '" font-family="sans-serif">',
      '<rect x="' + (bb.x1 - pad) + '" y="' + (bb.y1 - pad) + '" width="' + (bb.w + 2 * pad) + '" height="' + (bb.h + 2 * pad) + '" fill="#fff"/>'];
    cy.edges().forEach(function (e) {
      var s = e.source().position(), t = e.target().position();
      out.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="#aaa" stroke-width="1.2"/>');
    });
    cy.nodes().forEach(function (n) {
      var p = n.position(), r = n.width() / 2;
      out.push('<circle cx="' + p.x + '" cy="' + p.y + '" r="' + r + '" fill="' + n.style('background-color') + '"' +
        (n.hasClass('given') ? ' stroke="#111" stroke-width="4"' : '') + '/>');
      out.push('<text x="' + p.x + '" y="' + (p.y + r + 12) + '" font-size="' + parseFloat(n.style('font-size')) +
        '" text-anchor="middle" fill="' + n.style('color') + '">' + esc(n.data('label')) + '</text>');
    });
    out.push('</svg>');
    return out.join('\n');
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), suggest);
    Array.prototype.forEach.call(document.querySelectorAll('.drawing[data-graph]'), function (box) {
      try { draw(box); } catch (e) { console.warn('drawing failed', e); }
    });
    // a form that takes long (drafting a report, publishing it) says so and cannot be sent twice;
    // the button is disabled after the form's data is taken, so its own value still goes
    Array.prototype.forEach.call(document.querySelectorAll('form[data-wait]'), function (f) {
      f.addEventListener('submit', function () {
        var b = f.querySelector('button[type=submit]');
        setTimeout(function () {
          if (b) { b.disabled = true; b.textContent = f.getAttribute('data-wait'); }
          f.setAttribute('aria-busy', 'true');
        }, 0);
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('button.print'), function (b) {
      b.hidden = false;
      b.addEventListener('click', function () { window.print(); });
    });
  });
})();
