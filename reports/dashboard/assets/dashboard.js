// envcloud dashboard: shows the figures of the unit chosen in the filter and draws the bar charts.
// The data comes from data.js (window.ENVCLOUD_DASHBOARD), so the page works from file:// with no server.
(function () {
  'use strict';
  var data = window.ENVCLOUD_DASHBOARD;
  if (!data) return;

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

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.setAttribute('class', className);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // entries: [label, value] or [label, planned, achieved]; with an achieved value the bar is the plan
  // (pale) with the achieved part drawn over it, labelled "achieved / planned". The chart is a CSS grid
  // (label, bar, value) sized to its container: long labels wrap instead of being cut or overlapping.
  function barChart(container, entries) {
    var max = 1;
    entries.forEach(function (entry) { if (entry[1] > max) max = entry[1]; });
    var width = function (value) { return (Math.round((value / max) * 10000) / 100) + '%'; };
    var chart = element('div', 'bars');
    chart.setAttribute('role', 'img');
    entries.forEach(function (entry) {
      var paired = entry.length > 2;
      chart.appendChild(element('span', 'bar-label', entry[0]));
      var track = element('span', 'bar-track');
      var bar = element('span', paired ? 'bar planned' : 'bar');
      bar.setAttribute('style', 'width:' + width(entry[1]));
      track.appendChild(bar);
      if (paired && entry[2] > 0) {
        var done = element('span', 'bar achieved');
        done.setAttribute('style', 'width:' + width(entry[2]));
        track.appendChild(done);
      }
      chart.appendChild(track);
      var value = element('span', 'bar-value', paired ? entry[2] + ' / ' + entry[1] : String(entry[1]));
      value.setAttribute('data-value', String(entry[1]));
      if (paired) value.setAttribute('data-achieved', String(entry[2]));
      chart.appendChild(value);
    });
    container.textContent = '';
    container.appendChild(chart);
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
