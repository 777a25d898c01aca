// envcloud dashboard: shows the figures of the unit chosen in the filter and draws the charts as SVG.
// The data comes from data.js (window.ENVCLOUD_DASHBOARD), so the page works from file:// with no server.
(function () {
  'use strict';
  var data = window.ENVCLOUD_DASHBOARD;
  if (!data) return;
  var SVG = 'http://www.w3.org/2000/svg';

  function figuresFor(unit) {
    if (!unit) return data.metrics.overall;
    for (var i = 0; i < data.metrics.byUnit.length; i++) if (data.metrics.byUnit[i].unit === unit) return data.metrics.byUnit[i];
    return data.metrics.overall;
  }

  // The value each card shows, by its data-metric name: one place, so the page and metrics.json agree.
  function metricValue(figures, name) {
    switch (name) {
      case 'systems': return figures.systems;
      case 'integrated-planned': return figures.integrated.planned;
      case 'integrated-completed': return figures.integrated.completed;
      case 'information-items': return figures.informationItems.total;
      case 'information-shared': return figures.informationItems.shared;
      case 'collaborative-applications': return figures.collaborativeApplications.total;
      case 'connectivity': return figures.connectivity.anyPortalOrResourceCenter.percent + '%';
      case 'overdue': return figures.progress.overdue.length;
      default: return '';
    }
  }

  function barChart(container, entries) {
    var width = 380, rowHeight = 22, labelWidth = 150;
    var max = 1;
    entries.forEach(function (entry) { if (entry[1] > max) max = entry[1]; });
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(entries.length * rowHeight + 4));
    svg.setAttribute('role', 'img');
    entries.forEach(function (entry, index) {
      var y = index * rowHeight + 2;
      var label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', '0');
      label.setAttribute('y', String(y + 15));
      label.textContent = entry[0];
      var bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('x', String(labelWidth));
      bar.setAttribute('y', String(y + 3));
      bar.setAttribute('height', '14');
      bar.setAttribute('width', String(Math.max(1, Math.round((entry[1] / max) * (width - labelWidth - 40)))));
      var value = document.createElementNS(SVG, 'text');
      value.setAttribute('x', String(labelWidth + Math.round((entry[1] / max) * (width - labelWidth - 40)) + 4));
      value.setAttribute('y', String(y + 15));
      value.setAttribute('data-value', String(entry[1]));
      value.textContent = String(entry[1]);
      svg.appendChild(label);
      svg.appendChild(bar);
      svg.appendChild(value);
    });
    container.textContent = '';
    container.appendChild(svg);
  }

  function show(unit) {
    var figures = figuresFor(unit);
    var cards = document.querySelectorAll('[data-metric]');
    for (var i = 0; i < cards.length; i++) cards[i].textContent = String(metricValue(figures, cards[i].getAttribute('data-metric')));
    var labels = data.labels;
    barChart(document.getElementById('chart-sharing'), Object.keys(figures.informationItems.bySharingType).map(function (type) {
      return [labels.sharing[type], figures.informationItems.bySharingType[type]];
    }));
    barChart(document.getElementById('chart-business'), Object.keys(figures.collaborativeApplications.byBusinessSystem).map(function (system) {
      return [labels.businessSystems[system], figures.collaborativeApplications.byBusinessSystem[system]];
    }));
    barChart(document.getElementById('chart-status'), Object.keys(labels.status).map(function (status) {
      return [labels.status[status], figures.progress.byStatus[status] || 0];
    }));
    var rows = document.querySelectorAll('#systems tbody tr');
    for (var r = 0; r < rows.length; r++) rows[r].hidden = Boolean(unit) && rows[r].getAttribute('data-unit') !== unit;
  }

  var filter = document.getElementById('unit-filter');
  filter.addEventListener('change', function () { show(filter.value); });
  show(filter.value);
})();
