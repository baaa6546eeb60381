// adoptsim's Vega-Lite chart specifications, shared by the explore page and the interactive report.html:
// fan charts of honest adoption, done against started (vanity) adoption, paired differences from the
// baseline, laggard reasons, and the hours ledger. Data come by name: 'weekly' (rows of weekly.csv:
// strategy, week and every column), 'paired' (rows of paired.csv) and 'ledger' (summary.csv's ledger
// columns, one row per strategy and entry: strategy, entry, cost, mean, ci_low, ci_high) and 'events'
// (the mandates, deadlines, sunsets and shutdowns the PNG charts mark: strategy, week, label), with
// 'reasonLabels' (each reason column's words on the PNG charts, for the reasons chart). Numbers
// are in the raw units of those files. The charts that draw several weekly columns as series (adoption,
// reasons) get them as long rows made here in plain script ('adoption', 'reasons': strategy, week, the
// series and its value), not by Vega-Lite's fold, which copies every column of every row into each
// new row: with weekly.csv's fifty columns that copying was most of a redraw's time.
'use strict';

(function () {
  // Adoption series of weekly.csv drawn against each other; a series appears once its column exists.
  const ADOPTION_SERIES = [['honest_mean', 'done (honest)'], ['adopted_mean', 'adopted'], ['vanity_mean', 'started (vanity)']];
  const PAIRED_METRICS = ['honest_at_52', 'honest_at_104', 'never_started_share', 'dual_team_weeks', 'mean_resentment',
    'incidents'];

  const LEDGER_ENTRIES = ['gain', 'migration', 'dual', 'platform', 'incidents', 'staying', 'net'];
  // The data sets each chart draws, by chart name.
  const DATA = { fan: ['weekly'], adoption: ['adoption', 'events'], paired: ['paired'], reasons: ['reasons'],
    ledger: ['weekly', 'ledger', 'events'] };
  // The plot widths of the two charts that mark events, for placing their labels.
  const ADOPTION_WIDTH = 620;
  const NET_WIDTH = 380;

  const percent = { format: '.0%' };
  const hours = { format: ',.0f' };

  // Long rows of the weekly columns given as [column, series name]: one row per weekly row and column.
  function long(weekly, columns, seriesField, valueField) {
    const out = new Array(weekly.length * columns.length);
    let i = 0;
    for (const r of weekly) {
      for (const [column, name] of columns) {
        out[i++] = { strategy: r.strategy, week: r.week, [seriesField]: name, [valueField]: r[column] };
      }
    }
    return out;
  }

  // Where the event labels go on a plot `width` wide, in pixels from its top left corner: each label
  // (about 5.6 px a character at 10 px) starts just right of its line where it fits inside the plot and
  // ends just left of it where it does not, kept inside the plot as the PNG charts keep theirs, in the
  // first line of text at the top where it overlaps none of the labels already there, taken from left
  // to right. Per row: {x, y}, the start of the text and its baseline.
  function labelPlaces(rows, weeks, width) {
    const spans = rows.map((r, i) => {
      const line = r.week / weeks * width;
      const w = 5.6 * r.label.length;
      const start = line + 3 + w <= width ? line + 3 : line - 3 - w;
      const from = Math.max(2, Math.min(start, width - w));
      return { i, from, to: from + w };
    }).sort((a, b) => a.from - b.from || a.i - b.i);
    const ends = [];
    const places = new Array(rows.length);
    for (const s of spans) {
      let line = ends.findIndex((end) => end + 6 < s.from);
      if (line < 0) { line = ends.length; ends.push(s.to); } else { ends[line] = s.to; }
      places[s.i] = { x: s.from, y: 9 + 12 * line };
    }
    return places;
  }

  // The event rows with where their labels go on the adoption chart (labelX, labelY) and on the
  // narrower net-hours chart (labelXNet, labelYNet).
  function events(rows, weeks) {
    const wide = labelPlaces(rows, weeks, ADOPTION_WIDTH);
    const narrow = labelPlaces(rows, weeks, NET_WIDTH);
    return rows.map((r, i) => Object.assign({}, r, { labelX: wide[i].x, labelY: wide[i].y,
      labelXNet: narrow[i].x, labelYNet: narrow[i].y }));
  }

  // Every data set the charts draw, from the rows to show: {weekly, ledger} as given, paired.csv's rows
  // against data.baseline (those against the verdict's best, which follow in paired.csv, would draw a
  // second point per strategy on the same axis), and the long rows of the adoption series and of the
  // laggard reasons.
  function datasets(data) {
    const columns = Object.keys(data.weekly[0] || {});
    // With functions declared, reason_sign_off_<function>_mean split reason_sign_off_mean: stack the split.
    const allReasons = columns.filter((c) => c.startsWith('reason_') && c.endsWith('_mean'));
    const split = allReasons.some((c) => c.startsWith('reason_sign_off_') && c !== 'reason_sign_off_mean');
    // Each reason in the PNG charts' words (data.reasonLabels, from the server), else its column's name.
    const labels = data.reasonLabels || {};
    const reasons = (split ? allReasons.filter((c) => c !== 'reason_sign_off_mean') : allReasons)
      .map((c) => [c, labels[c] || c.slice('reason_'.length, -'_mean'.length)]);
    return {
      weekly: data.weekly, ledger: data.ledger || [],
      events: events(data.events || [], data.weekly.reduce((m, r) => Math.max(m, r.week), 1)),
      paired: data.baseline === undefined ? data.paired : data.paired.filter((r) => r.baseline === data.baseline),
      adoption: long(data.weekly, ADOPTION_SERIES.filter(([c]) => columns.includes(c)), 'measure', 'share'),
      reasons: long(data.weekly, reasons, 'reason', 'teams'),
    };
  }

  // Each chart's accessible name (Vega writes a spec's description as its aria-label; without one a
  // screen reader hears "Vega visualization") and its accessible description: what it shows.
  const NAMES = {
    fan: 'Honest adoption by week, per strategy',
    adoption: 'Done against started (vanity) adoption by week, per strategy',
    paired: 'Paired differences from the baseline, per strategy and metric',
    reasons: 'Why teams have not moved: teams by laggard reason and week, per strategy',
    ledger: 'The hours ledger: cumulative net engineer-hours by week, and each entry over the run, per strategy',
  };
  const DESCRIPTIONS = {
    fan: 'The share of teams with the old system off each week: the median over the replicates as a line, with'
      + ' bands holding the middle 50 % and 90 % of them.',
    adoption: 'Mean share of teams done (honest), adopted, and started (vanity) each week; the gap between'
      + ' started and done is work begun but not finished. Mandates, sunsets and shutdowns are marked.',
    paired: 'For each strategy and headline metric, the mean difference from the baseline over the same'
      + ' replicates, with its 95 % interval; an interval that crosses zero is no clear difference.',
    reasons: 'Mean number of teams not done each week by their laggard reason (still migrating and dual'
      + ' running included), stacked, one panel per strategy.',
    ledger: 'Left: cumulative net engineer-hours each week with 95 % intervals. Right: each ledger entry'
      + ' over the whole run, gains above zero and costs below, with 95 % intervals.',
  };

  // The five charts' specs, by name, for the horizon and the strategy order.
  function specs(weeks, order) {
    const all = chartSpecs(weeks, order);
    for (const [name, spec] of Object.entries(all)) { spec.description = NAMES[name]; }
    return all;
  }

  function chartSpecs(weeks, order) {
    const x = { field: 'week', type: 'quantitative', title: 'week', scale: { domain: [0, weeks], nice: false } };
    const color = { field: 'strategy', type: 'nominal', sort: null, title: 'strategy', legend: { labelLimit: 240 },
      scale: { domain: order } };
    const entry = { field: 'entry', type: 'nominal', sort: LEDGER_ENTRIES, title: null };
    const offset = { field: 'strategy', type: 'nominal', sort: order };
    // The events of the shown strategies as the PNG charts draw them: a dotted line in the strategy's
    // colour where the event's week starts (x = its week index), and its words at the top of the plot
    // where events() put them for this chart (the pixel fields xField and yField). They take the chart's own colour
    // encoding, so the legend stays the chart's.
    const eventLayers = (c, xField, yField) => [
      { data: { name: 'events' }, mark: { type: 'rule', strokeDash: [2, 4], strokeWidth: 1.2 },
        encoding: { x, color: c, tooltip: [{ field: 'strategy' }, { field: 'label', title: 'event' }] } },
      { data: { name: 'events' }, mark: { type: 'text', align: 'left', fontSize: 10 },
        encoding: { x: { field: xField, type: 'quantitative', scale: null }, y: { field: yField, type: 'quantitative', scale: null },
          text: { field: 'label' }, color: c } },
    ];
    // One legend for the ledger's bands, lines and bars, in full colour (the bands' opacity would pale it).
    const ledgerColor = Object.assign({}, color, { legend: { labelLimit: 240, symbolOpacity: 1, symbolType: 'square' } });
    return {
      fan: {
        data: { name: 'weekly' },
        facet: { field: 'strategy', type: 'nominal', sort: order, title: null },
        columns: 3,
        spec: {
          width: 230, height: 140,
          encoding: { x, color: Object.assign({}, color, { legend: null }) },
          layer: [
            { mark: { type: 'area', opacity: 0.15 }, encoding: { y: Object.assign({ field: 'honest_p05', type: 'quantitative', title: 'honest adoption', scale: { domain: [0, 1] } }, { axis: percent }), y2: { field: 'honest_p95' } } },
            { mark: { type: 'area', opacity: 0.3 }, encoding: { y: { field: 'honest_p25', type: 'quantitative' }, y2: { field: 'honest_p75' } } },
            { mark: 'line', encoding: { y: { field: 'honest_p50', type: 'quantitative' },
              tooltip: [{ field: 'strategy' }, { field: 'week' }, { field: 'honest_p50', format: '.1%', title: 'median' },
                { field: 'honest_p05', format: '.1%', title: '5 %' }, { field: 'honest_p95', format: '.1%', title: '95 %' }] } },
          ],
        },
      },
      adoption: {
        width: ADOPTION_WIDTH, height: 260,
        layer: [
          {
            data: { name: 'adoption' },
            mark: 'line',
            encoding: {
              x, color,
              y: { field: 'share', type: 'quantitative', title: 'share of teams', axis: percent, scale: { domain: [0, 1] } },
              strokeDash: { field: 'measure', type: 'nominal', title: 'adoption' },
              tooltip: [{ field: 'strategy' }, { field: 'measure' }, { field: 'week' }, { field: 'share', format: '.1%' }],
            },
          },
        ].concat(eventLayers(color, 'labelX', 'labelY')),
      },
      paired: {
        data: { name: 'paired' },
        transform: [{ filter: { field: 'metric', oneOf: PAIRED_METRICS } }],
        facet: { row: { field: 'metric', type: 'nominal', sort: PAIRED_METRICS, title: null, header: { labelAngle: 0, labelAlign: 'left' } } },
        resolve: { scale: { x: 'independent' } },
        spec: {
          width: 420, height: { step: 16 },
          layer: [
            { mark: { type: 'rule', color: '#999' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
            { mark: 'rule', encoding: { y: { field: 'strategy', type: 'nominal', sort: order, title: null }, x: { field: 'ci_low', type: 'quantitative', title: 'difference from the baseline' }, x2: { field: 'ci_high' }, color } },
            { mark: { type: 'point', filled: true }, encoding: { y: { field: 'strategy', type: 'nominal', sort: order }, x: { field: 'mean_diff', type: 'quantitative' }, color,
              tooltip: [{ field: 'strategy' }, { field: 'metric' }, { field: 'mean_diff', format: '.4~g', title: 'mean difference' },
                { field: 'ci_low', format: '.4~g' }, { field: 'ci_high', format: '.4~g' }, { field: 'p_better', format: '.0%', title: 'better in' }] } },
          ],
        },
      },
      reasons: {
        data: { name: 'reasons' },
        facet: { field: 'strategy', type: 'nominal', sort: order, title: null },
        columns: 3,
        spec: {
          width: 230, height: 140,
          mark: 'area',
          encoding: {
            x, y: { field: 'teams', type: 'quantitative', stack: 'zero', title: 'teams (mean)' },
            color: { field: 'reason', type: 'nominal', title: 'reason', scale: { scheme: 'tableau20' } },
            tooltip: [{ field: 'strategy' }, { field: 'week' }, { field: 'reason' }, { field: 'teams', format: '.2f' }],
          },
        },
      },
      // Cumulative net hours week by week (weekly.csv's net_hours_mean and its 95 % interval), beside
      // each entry over the whole run (summary.csv's hours_* and net_hours means with their intervals).
      // Costs are drawn below zero, as net subtracts them from the gain.
      ledger: {
        hconcat: [
          {
            data: { name: 'weekly' },
            width: NET_WIDTH, height: 260,
            layer: [
              { mark: { type: 'rule', color: '#999' }, encoding: { y: { datum: 0, type: 'quantitative' } } },
              { mark: { type: 'area', opacity: 0.15 }, encoding: { x, color: ledgerColor,
                y: { field: 'net_hours_ci_low', type: 'quantitative', title: 'net engineer-hours, cumulative', axis: hours },
                y2: { field: 'net_hours_ci_high' } } },
              { mark: 'line', encoding: { x, color: ledgerColor, y: { field: 'net_hours_mean', type: 'quantitative' },
                tooltip: [{ field: 'strategy' }, { field: 'week' }, { field: 'net_hours_mean', format: ',.0f', title: 'net hours' },
                  { field: 'net_hours_ci_low', format: ',.0f', title: '95 % low' }, { field: 'net_hours_ci_high', format: ',.0f', title: '95 % high' }] } },
            ].concat(eventLayers(ledgerColor, 'labelXNet', 'labelYNet')),
          },
          {
            data: { name: 'ledger' },
            transform: [
              { calculate: 'datum.cost ? -datum.mean : datum.mean', as: 'hours' },
              { calculate: 'datum.cost ? -datum.ci_high : datum.ci_low', as: 'low' },
              { calculate: 'datum.cost ? -datum.ci_low : datum.ci_high', as: 'high' },
            ],
            width: 300, height: 260,
            layer: [
              { mark: { type: 'rule', color: '#999' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
              { mark: 'bar', encoding: { y: entry, yOffset: offset, color: ledgerColor,
                x: { field: 'hours', type: 'quantitative', title: 'engineer-hours over the run (costs below 0)', axis: hours },
                tooltip: [{ field: 'strategy' }, { field: 'entry' }, { field: 'mean', format: ',.0f', title: 'hours' },
                  { field: 'ci_low', format: ',.0f', title: '95 % low' }, { field: 'ci_high', format: ',.0f', title: '95 % high' }] } },
              { mark: { type: 'rule', color: '#333' }, encoding: { y: entry, yOffset: offset,
                x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
            ],
          },
        ],
        resolve: { scale: { color: 'shared' } },
      },
    };
  }

  // Embeds the five charts into the elements '#' + prefix + name with the data sets {weekly, paired,
  // ledger, events} (the rows to show) and the baseline; returns the Vega views by chart name.
  async function embed(prefix, data, weeks, order) {
    const views = {};
    const sets = datasets(data);
    for (const [name, spec] of Object.entries(specs(weeks, order))) {
      spec.$schema = 'https://vega.github.io/schema/vega-lite/v6.json';
      spec.datasets = Object.fromEntries(DATA[name].map((set) => [set, sets[set]]));
      views[name] = (await vegaEmbed('#' + prefix + name, spec, { actions: false, renderer: 'canvas' })).view;
      // Vega puts the name on the chart's element or on one inside it: the description goes beside it.
      const named = document.querySelector('#' + prefix + name + '[aria-label], #' + prefix + name + ' [aria-label]')
        || document.getElementById(prefix + name);
      named.setAttribute('aria-description', DESCRIPTIONS[name]);
    }
    return views;
  }

  // The long rows each view draws now, by view and set: an update whose rows have the same series in
  // the same order writes the new values into these rows and reflows them (Vega re-encodes the marks it
  // has), instead of replacing every row (Vega removes and re-creates every mark), which halves the
  // reasons chart's redraw. The rows are this script's own (made by datasets()), never the caller's,
  // and are held from the first update on: Vega keeps the very objects view.data() is given.
  const held = new WeakMap();
  const IN_PLACE = { adoption: 'share', reasons: 'teams' };

  function sameSeries(old, rows, series) {
    if (!old || old.length !== rows.length) { return false; }
    for (let i = 0; i < rows.length; i++) {
      const a = old[i];
      const b = rows[i];
      if (a.strategy !== b.strategy || a.week !== b.week || a[series] !== b[series]) { return false; }
    }
    return true;
  }

  function put(view, set, rows) {
    const value = IN_PLACE[set];
    if (value === undefined) {
      view.data(set, rows);
      return;
    }
    const sets = held.get(view) || {};
    const old = sets[set];
    const series = set === 'adoption' ? 'measure' : 'reason';
    if (sameSeries(old, rows, series)) {
      for (let i = 0; i < rows.length; i++) { old[i][value] = rows[i][value]; }
      view.change(set, vega.changeset().reflow());
    } else {
      view.data(set, rows);
      sets[set] = rows;
      held.set(view, sets);
    }
  }

  // Replaces the charts' data sets (the long rows in place where they line up, see held) and redraws
  // them, one after the other; relayout when the strategies shown changed, so the facets' grid is
  // recomputed. Resolves to each chart's milliseconds, by name, and 'rows' for making the long rows.
  async function update(views, data, relayout) {
    const ms = {};
    let start = performance.now();
    const sets = datasets(data);
    ms.rows = Math.round(performance.now() - start);
    for (const [name, view] of Object.entries(views)) {
      start = performance.now();
      for (const set of DATA[name]) { put(view, set, sets[set]); }
      await (relayout ? view.resize() : view).runAsync();
      ms[name] = Math.round(performance.now() - start);
    }
    return ms;
  }

  window.adoptsimCharts = { specs, datasets, embed, update };
}());
