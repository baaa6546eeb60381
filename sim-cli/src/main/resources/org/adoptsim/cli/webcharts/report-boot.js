// report.html's interactive charts: reads the tables written into the page, draws the shared chart
// specifications (charts.js) and lets the reader hide or show strategies. Hovering shows values.
'use strict';

(function () {
  const data = JSON.parse(document.getElementById('adoptsim-data').textContent);
  const shown = new Set(data.strategies);
  const rows = () => ({
    weekly: data.weekly.filter((r) => shown.has(r.strategy)),
    paired: data.paired.filter((r) => shown.has(r.strategy)),
    ledger: (data.ledger || []).filter((r) => shown.has(r.strategy)),
    events: (data.events || []).filter((r) => shown.has(r.strategy)),
    baseline: data.baseline,
    reasonLabels: data.reasonLabels,
  });
  let views = null;
  const box = document.getElementById('adoptsim-shown');
  for (const s of data.strategies) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = true;
    input.addEventListener('change', () => {
      if (input.checked) { shown.add(s); } else { shown.delete(s); }
      if (views) { adoptsimCharts.update(views, rows(), true); }
    });
    label.append(input, ' ' + s + ' ');
    box.append(label);
  }
  adoptsimCharts.embed('adoptsim-chart-', rows(), data.weeks, data.strategies).then((v) => {
    views = v;
    window.adoptsimReport = { views, data };
  });
}());
