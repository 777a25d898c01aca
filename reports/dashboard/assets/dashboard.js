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

  function percent(rate) { return rate.percent + '%'; }

  // The value each figure shows, by its data-metric name (`integrated.planned`, `integrated.achieved`, …):
  // one place here, mirrored by pages.ts for the page as first drawn; a test runs this against that.
  function metricValue(figures, name) {
    var parts = name.split('.');
    var which = parts[1];
    switch (parts[0]) {
      case 'systems': return figures.systems;
      case 'confirmed': return figures.confirmation.confirmed;
      case 'unconfirmed': return figures.confirmation.unconfirmed;
      case 'information-items': return figures.informationItems.total;
      case 'overdue': return figures.progress.overdue.length;
      case 'integrated': return figures.integrated[which];
      case 'information-shared': return figures.informationItems.shared[which];
      case 'collaborative-applications': return figures.collaborativeApplications[which];
      case 'connectivity': return percent(figures.connectivity.anyPortalOrResourceCenter[which]);
      case 'connectivity-extranet': return percent(figures.connectivity.extranetPortal[which]);
      case 'connectivity-internet': return percent(figures.connectivity.internetPortal[which]);
      case 'connectivity-resource-center': return percent(figures.connectivity.resourceCenter[which]);
      default: return '';
    }
  }

  // entries: [label, value] or [label, planned, achieved]; with an achieved value the bar is the plan
  // (pale) with the achieved part drawn over it, labelled "achieved / planned".
  function barChart(container, entries) {
    var width = 380, rowHeight = 22, labelWidth = 150, span = width - labelWidth - 60;
    var max = 1;
    entries.forEach(function (entry) { if (entry[1] > max) max = entry[1]; });
    var scale = function (value) { return Math.round((value / max) * span); };
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(entries.length * rowHeight + 4));
    svg.setAttribute('role', 'img');
    entries.forEach(function (entry, index) {
      var y = index * rowHeight + 2;
      var paired = entry.length > 2;
      var label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', '0');
      label.setAttribute('y', String(y + 15));
      label.textContent = entry[0];
      svg.appendChild(label);
      var bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('x', String(labelWidth));
      bar.setAttribute('y', String(y + 3));
      bar.setAttribute('height', '14');
      bar.setAttribute('width', String(Math.max(1, scale(entry[1]))));
      if (paired) bar.setAttribute('class', 'planned');
      svg.appendChild(bar);
      if (paired && entry[2] > 0) {
        var done = document.createElementNS(SVG, 'rect');
        done.setAttribute('x', String(labelWidth));
        done.setAttribute('y', String(y + 3));
        done.setAttribute('height', '14');
        done.setAttribute('width', String(scale(entry[2])));
        done.setAttribute('class', 'achieved');
        svg.appendChild(done);
      }
      var value = document.createElementNS(SVG, 'text');
      value.setAttribute('x', String(labelWidth + scale(entry[1]) + 4));
      value.setAttribute('y', String(y + 15));
      value.setAttribute('data-value', String(entry[1]));
      if (paired) value.setAttribute('data-achieved', String(entry[2]));
      value.textContent = paired ? entry[2] + ' / ' + entry[1] : String(entry[1]);
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
    var business = figures.collaborativeApplications.byBusinessSystem;
    barChart(document.getElementById('chart-business'), Object.keys(business.planned).map(function (system) {
      return [labels.businessSystems[system], business.planned[system], business.achieved[system] || 0];
    }));
    barChart(document.getElementById('chart-status'), Object.keys(labels.status).map(function (status) {
      return [labels.status[status], figures.progress.byStatus[status] || 0];
    }));
    var rows = document.querySelectorAll('#systems tbody tr');
    // data-units lists every unit of a system (a jointly managed one shows under each).
    for (var r = 0; r < rows.length; r++) rows[r].hidden = Boolean(unit) && JSON.parse(rows[r].getAttribute('data-units')).indexOf(unit) < 0;
  }

  var filter = document.getElementById('unit-filter');
  filter.addEventListener('change', function () { show(filter.value); });
  show(filter.value);
})();
