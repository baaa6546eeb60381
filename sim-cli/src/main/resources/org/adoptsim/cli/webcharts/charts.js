// adoptsim's Vega-Lite chart specifications, shared by the explore page and the interactive report.html:
// fan charts of honest adoption, done against started (vanity) adoption, paired differences from the
// baseline, and laggard reasons. Data come by name: 'weekly' (rows of weekly.csv: strategy, week and
// every column) and 'paired' (rows of paired.csv). Numbers are in the raw units of those files.
'use strict';

(function () {
  // Adoption series of weekly.csv drawn against each other; a series appears once its column exists.
  const ADOPTION_SERIES = [['honest_mean', 'done (honest)'], ['adopted_mean', 'adopted'], ['vanity_mean', 'started (vanity)']];
  const PAIRED_METRICS = ['honest_at_52', 'honest_at_104', 'never_started_share', 'dual_team_weeks', 'mean_resentment',
    'incidents'];

  const percent = { format: '.0%' };

  // The four charts' specs, by name, for the weekly columns present, the horizon and the strategy order.
  function specs(weeklyColumns, weeks, order) {
    const series = ADOPTION_SERIES.filter(([c]) => weeklyColumns.includes(c));
    // With functions declared, reason_sign_off_<function>_mean split reason_sign_off_mean: stack the split.
    const allReasons = weeklyColumns.filter((c) => c.startsWith('reason_') && c.endsWith('_mean'));
    const split = allReasons.some((c) => c.startsWith('reason_sign_off_') && c !== 'reason_sign_off_mean');
    const reasons = split ? allReasons.filter((c) => c !== 'reason_sign_off_mean') : allReasons;
    const x = { field: 'week', type: 'quantitative', title: 'week', scale: { domain: [0, weeks], nice: false } };
    const color = { field: 'strategy', type: 'nominal', sort: null, title: 'strategy', legend: { labelLimit: 240 },
      scale: { domain: order } };
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
        data: { name: 'weekly' },
        width: 620, height: 260,
        transform: [{ fold: series.map(([c]) => c), as: ['series', 'share'] },
          { calculate: JSON.stringify(Object.fromEntries(series)) + '[datum.series]', as: 'measure' }],
        mark: 'line',
        encoding: {
          x, color,
          y: { field: 'share', type: 'quantitative', title: 'share of teams', axis: percent, scale: { domain: [0, 1] } },
          strokeDash: { field: 'measure', type: 'nominal', title: 'adoption' },
          tooltip: [{ field: 'strategy' }, { field: 'measure' }, { field: 'week' }, { field: 'share', format: '.1%' }],
        },
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
        data: { name: 'weekly' },
        transform: [{ fold: reasons, as: ['reason', 'teams'] },
          { calculate: "replace(replace(datum.reason, /^reason_/, ''), /_mean$/, '')", as: 'reason' }],
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
    };
  }

  // Embeds the four charts into the elements '#' + prefix + name with the data sets {weekly, paired}
  // (the rows to show); returns the Vega views by chart name.
  async function embed(prefix, data, weeks, order) {
    const views = {};
    for (const [name, spec] of Object.entries(specs(Object.keys(data.weekly[0] || {}), weeks, order))) {
      spec.$schema = 'https://vega.github.io/schema/vega-lite/v6.json';
      spec.datasets = data;
      views[name] = (await vegaEmbed('#' + prefix + name, spec, { actions: false, renderer: 'canvas' })).view;
    }
    return views;
  }

  // Replaces the charts' data sets in place (much faster than embedding again) and redraws them;
  // relayout when the strategies shown changed, so the facets' grid is recomputed.
  function update(views, data, relayout) {
    return Promise.all(Object.entries(views).map(([name, view]) => {
      const set = name === 'paired' ? 'paired' : 'weekly';
      view.data(set, data[set]);
      return (relayout ? view.resize() : view).runAsync();
    }));
  }

  window.adoptsimCharts = { specs, embed, update };
}());
