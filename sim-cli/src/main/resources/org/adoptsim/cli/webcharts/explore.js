// adoptsim explore: the page's controls and charts. The server does every computation; this script
// only keeps the levers the user moved (edits), sends them, and shows the answer. Numbers are shown
// as the server sends them (raw units of summary.csv and weekly.csv).
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const state = {
    scenario: null,          // api/scenario's answer
    edits: { strategies: {}, uncertainties: {} },
    shown: new Set(),        // strategies drawn
    result: null,            // the last api/run answer
    runs: 0,                 // answers received (the browser test waits on it)
    timings: [],             // per answer: total, server, transfer and drawing milliseconds
    inFlight: false,
    pending: false,
    timeoutMs: 30000,        // how long a request may go unanswered before the page gives up on it
  };
  const views = {};
  const SUMMARY_METRICS = ['honest_at_52', 'honest_at_104', 'weeks_to_90', 'weeks_to_100', 'never_started_share',
    'dual_team_weeks', 'mean_resentment', 'incidents'];

  window.adoptsimExplore = { state, views };

  function setStatus(text, error) {
    const s = $('status');
    s.textContent = text;
    s.classList.toggle('error', !!error);
  }

  async function api(path, body) {
    const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    // A hung server would otherwise leave "running…" for ever: give up after state.timeoutMs.
    const abort = new AbortController();
    init.signal = abort.signal;
    const timer = setTimeout(() => abort.abort(), state.timeoutMs);
    let r;
    try {
      r = await fetch(path, init);
    } catch (e) {
      // fetch rejects only when no answer came at all: the server stopped, the network refused, or the
      // timeout above aborted it.
      throw new Error(abort.signal.aborted
        ? 'no answer from the adoptsim explore server in ' + state.timeoutMs / 1000 + ' s (is it busy'
          + ' or hung?); the charts show the last answer, not the levers as set'
        : 'no answer from the adoptsim explore server (has it stopped?); the charts show the last answer, not'
          + ' the levers as set');
    } finally {
      clearTimeout(timer);
    }
    if (r.status === 400) {
      const e = await r.json();
      throw new Error(e.error);
    }
    if (!r.ok) {
      throw new Error('the server answered ' + r.status + ': ' + (await r.text()));
    }
    return r;
  }

  // ---- levers -------------------------------------------------------------------------------------

  function current() { return $('strategy').value; }

  function initial(name) { return state.scenario.strategies.find((s) => s.name === name).levers; }

  function edited(name) { return state.edits.strategies[name] || {}; }

  function lever(name, field) {
    const e = edited(name);
    return field in e ? e[field] : initial(name)[field];
  }

  function setLever(field, value) {
    const name = current();
    state.edits.strategies[name] = Object.assign({}, edited(name), { [field]: value });
    schedule();
  }

  function bindSlider(id, onChange) {
    const input = $(id);
    const out = input.parentElement.querySelector('output');
    input.addEventListener('input', () => {
      if (out) { out.textContent = input.value; }
      onChange(Number(input.value));
    });
  }

  function showSlider(id, value) {
    const input = $(id);
    input.value = value;
    const out = input.parentElement.querySelector('output');
    if (out) { out.textContent = input.value; }
  }

  function triggerControls(kind, weeksName) {
    // kind: 'mandate' or 'sunset'; the trigger is sent whole whenever one of its controls moves.
    const send = () => {
      const on = $(kind + '-on').checked;
      const byWeek = $(kind + '-by-week').checked;
      $(kind).disabled = !on;
      showTriggerKind(kind, byWeek);
      setLever(kind, on ? {
        enabled: true,
        atWeek: byWeek ? Number($(kind + '-week').value) : null,
        atShare: byWeek ? null : Number($(kind + '-share').value),
        weeks: Number($(kind + '-' + weeksName).value),
      } : { enabled: false });
    };
    $(kind + '-on').addEventListener('change', send);
    $(kind + '-by-week').addEventListener('change', send);
    $(kind + '-by-share').addEventListener('change', send);
    for (const id of [kind + '-week', kind + '-share', kind + '-' + weeksName]) { bindSlider(id, send); }
  }

  // Only the slider of the chosen trigger (week or share) takes input; the other would change nothing.
  function showTriggerKind(kind, byWeek) {
    $(kind + '-week').disabled = !byWeek;
    $(kind + '-share').disabled = byWeek;
  }

  function showTrigger(kind, weeksName, t, fallbackWeeks) {
    $(kind + '-on').checked = t.enabled;
    $(kind).disabled = !t.enabled;
    const byWeek = t.atWeek !== null && t.atWeek !== undefined;
    $(kind + '-by-week').checked = byWeek || !(t.atShare !== null && t.atShare !== undefined);
    $(kind + '-by-share').checked = !$(kind + '-by-week').checked;
    showTriggerKind(kind, $(kind + '-by-week').checked);
    showSlider(kind + '-week', byWeek ? t.atWeek : 26);
    showSlider(kind + '-share', t.atShare !== null && t.atShare !== undefined ? t.atShare : 0.7);
    showSlider(kind + '-' + weeksName, t.weeks !== undefined && t.weeks !== null ? t.weeks : fallbackWeeks);
  }

  function showLevers() {
    const name = current();
    const info = state.scenario.strategies.find((s) => s.name === name);
    $('strategy-description').textContent = info.description || (info.preset ? 'preset ' + info.preset : 'from scratch');
    const base = initial(name);
    const m = lever(name, 'mandate');
    showTrigger('mandate', 'deadline', m.weeks === undefined ? Object.assign({}, base.mandate, m) : m, base.mandate.weeks);
    const s = lever(name, 'sunset');
    showTrigger('sunset', 'lead', s.weeks === undefined ? Object.assign({}, base.sunset, s) : s, base.sunset.weeks);
    showSlider('coalition-size', lever(name, 'coalitionSize'));
    const tools = lever(name, 'tooling');
    for (const t of state.scenario.tools) { $('tool-' + t).checked = tools.includes(t); }
    $('dashboard').checked = lever(name, 'dashboard');
    $('champions').checked = lever(name, 'champions');
    showSlider('office-hours', lever(name, 'officeHours'));
    showSlider('unblocks', lever(name, 'executiveUnblocksPerQuarter'));
    showFunctionLevers();
  }

  function buildControls() {
    const sc = state.scenario;
    $('scenario-name').textContent = sc.scenario;
    $('run-info').textContent = sc.replicates + ' replicates per change, seed ' + sc.seed + ', ' + sc.weeks
      + ' weeks, ' + sc.teams + ' teams. adoptsim compare on the saved scenario with --replicates '
      + sc.replicates + ' gives these numbers.';
    for (const s of sc.strategies) {
      $('strategy').add(new Option(s.name, s.name));
      const l = document.createElement('label');
      l.innerHTML = '<input type="checkbox" checked> ';
      l.append(s.name);
      l.firstChild.addEventListener('change', (ev) => {
        if (ev.target.checked) { state.shown.add(s.name); } else { state.shown.delete(s.name); }
        draw(true);
      });
      $('shown').append(l);
      state.shown.add(s.name);
    }
    for (const id of ['mandate-week', 'sunset-week']) { $(id).max = sc.weeks; }
    $('coalition-size').max = Math.min(sc.teams, 20);
    for (const t of sc.tools) {
      const l = document.createElement('label');
      l.innerHTML = '<input type="checkbox" id="tool-' + t + '"> ';
      l.append(t);
      $('tools').append(l);
      l.firstChild.addEventListener('change', () => {
        setLever('tooling', sc.tools.filter((x) => $('tool-' + x).checked));
      });
    }
    $('strategy').addEventListener('change', showLevers);
    triggerControls('mandate', 'deadline');
    triggerControls('sunset', 'lead');
    bindSlider('coalition-size', (v) => setLever('coalitionSize', v));
    $('dashboard').addEventListener('change', () => setLever('dashboard', $('dashboard').checked));
    $('champions').addEventListener('change', () => setLever('champions', $('champions').checked));
    bindSlider('office-hours', (v) => setLever('officeHours', v));
    bindSlider('unblocks', (v) => setLever('executiveUnblocksPerQuarter', v));
    buildFunctionLevers();
    buildUncertainties();
    $('reset').addEventListener('click', () => {
      state.edits = { strategies: {}, uncertainties: {} };
      $('uncertainties').textContent = '';
      buildUncertainties();
      showLevers();
      schedule();
    });
    $('save').addEventListener('click', save);
    showLevers();
  }

  function uncertaintySlider(id, label, value, min, max, step, onChange) {
    const div = document.createElement('div');
    div.className = 'slider';
    div.innerHTML = '<label for="' + id + '"></label><input type="range" id="' + id + '"><output></output>';
    div.querySelector('label').textContent = label;
    const input = div.querySelector('input');
    Object.assign(input, { min, max, step });
    $('uncertainties').append(div);
    showSlider(id, value);
    bindSlider(id, onChange);
  }

  function buildUncertainties() {
    const u = state.scenario.uncertainties;
    const set = (field, v) => { state.edits.uncertainties[field] = v; schedule(); };
    const round = (x) => Math.max(1, Math.round(x));
    if ('effortMedian' in u) {
      uncertaintySlider('u-effort', 'effort median (h)', u.effortMedian, round(u.effortMedian / 4),
        round(u.effortMedian * 4), 10, (v) => set('effortMedian', v));
    }
    for (const [archetype, mean] of Object.entries(u.thresholdMeans || {})) {
      uncertaintySlider('u-threshold-' + archetype, archetype + ' threshold mean', Math.round(mean * 100) / 100, 0.01,
        0.99, 0.01, (v) => {
          state.edits.uncertainties.thresholdMeans = Object.assign({}, state.edits.uncertainties.thresholdMeans,
            { [archetype]: v });
          schedule();
        });
    }
    if ('capacityMean' in u) {
      uncertaintySlider('u-capacity', 'capacity mean (h/week)', u.capacityMean, round(u.capacityMean / 4),
        round(u.capacityMean * 3), 1, (v) => set('capacityMean', v));
    }
    if ('teams' in u) {
      uncertaintySlider('u-teams', 'teams', u.teams, Math.max(2, Math.round(u.teams / 4)),
        Math.min(state.scenario.maxTeams, u.teams * 4), 1, (v) => set('teams', v));
    }
  }

  // ---- levers for the functions nobody commands -----------------------------------------------------
  // Only where the scenario declares functions (api/scenario's `functions`); otherwise nothing is added.
  // Each lever is sent whole, as the file format replaces it whole: { enabled, week, hours, … }.

  const PRACTICES = [['constraintMapping', 'constraint mapping'], ['decisionFeeds', 'decision feeds'],
    ['pilotFirst', 'pilot first']];

  function element(tag, props) { return Object.assign(document.createElement(tag), props || {}); }

  // A fieldset whose legend is the lever's on/off checkbox, as the mandate's and the sunset's.
  function leverSet(id, text) {
    const set = element('fieldset', { id });
    const label = element('label');
    label.append(element('input', { type: 'checkbox', id: id + '-on' }), ' ' + text);
    const legend = element('legend');
    legend.append(label);
    set.append(legend);
    return set;
  }

  function leverSlider(id, text, min, max, step) {
    const div = element('div', { className: 'slider' });
    div.append(element('label', { htmlFor: id, textContent: text }), element('input', { type: 'range', id, min, max, step }));
    const output = element('output');
    output.setAttribute('for', id);
    div.append(output);
    return div;
  }

  // A slider reaches at least its file value: a range's maximum would otherwise clip it.
  function showRange(id, value, max) {
    $(id).max = Math.max(max, value);
    showSlider(id, value);
  }

  function sendFunctionLevers(field) {
    const fns = state.scenario.functions;
    const value = (id) => Number($(id).value);
    if (field === 'liaisons') {
      const chosen = fns.filter((f, i) => $('fn-liaisons-' + i).checked);
      setLever('liaisons', { enabled: $('fn-liaisons-on').checked, week: value('fn-liaisons-week'),
        hoursPerWeek: value('fn-liaisons-hours'), functions: chosen.length === fns.length ? [] : chosen });
    } else if (field === 'mutualBenefit') {
      const contracts = {};
      fns.forEach((f, i) => {
        const id = 'fn-contract-' + i;
        contracts[f] = { enabled: $(id + '-on').checked, week: value(id + '-week'), hours: value(id + '-hours'),
          cut: value(id + '-cut'), alignmentGain: value(id + '-gain') };
      });
      setLever('mutualBenefit', contracts);
    } else {
      const id = 'fn-' + field;
      setLever(field, { enabled: $(id + '-on').checked, week: value(id + '-week'), hours: value(id + '-hours') });
    }
    showFunctionLevers();
  }

  function buildFunctionLevers() {
    const sc = state.scenario;
    if (!sc.functions) { return; }
    const all = element('fieldset', { id: 'functions' });
    all.append(element('legend', { textContent: 'Across functions' }));
    const bind = (set, field) => {
      for (const input of set.querySelectorAll('input')) {
        input.addEventListener(input.type === 'range' ? 'input' : 'change', () => sendFunctionLevers(field));
      }
      all.append(set);
    };
    for (const [field, text] of PRACTICES) {
      const set = leverSet('fn-' + field, text);
      set.append(leverSlider('fn-' + field + '-week', 'from week', 0, sc.weeks, 1),
        leverSlider('fn-' + field + '-hours', 'hours, once', 0, 400, 1));
      bind(set, field);
    }
    const liaisons = leverSet('fn-liaisons', 'liaisons');
    liaisons.append(leverSlider('fn-liaisons-week', 'from week', 0, sc.weeks, 1),
      leverSlider('fn-liaisons-hours', 'h/week each', 0, 40, 1));
    sc.functions.forEach((f, i) => {
      const label = element('label');
      label.append(element('input', { type: 'checkbox', id: 'fn-liaisons-' + i }), ' ' + f);
      liaisons.append(label);
    });
    bind(liaisons, 'liaisons');
    sc.functions.forEach((f, i) => {
      const id = 'fn-contract-' + i;
      const set = leverSet(id, 'contract with ' + f);
      set.append(leverSlider(id + '-week', 'from week', 0, sc.weeks, 1),
        leverSlider(id + '-hours', 'hours, once', 0, 1000, 10), leverSlider(id + '-cut', 'review time cut', 0, 0.99, 0.01),
        leverSlider(id + '-gain', 'alignment gain', 0, 1, 0.01));
      bind(set, 'mutualBenefit');
    });
    $('unblocks').closest('fieldset').after(all);
  }

  // The chosen strategy's function levers as edited, or as the file gives them.
  function showFunctionLevers() {
    const sc = state.scenario;
    if (!sc.functions) { return; }
    const name = current();
    const show = (id, l, hoursField, maxHours) => {
      $(id + '-on').checked = l.enabled;
      $(id).disabled = !l.enabled;
      showRange(id + '-week', l.week, sc.weeks);
      showRange(id + '-hours', l[hoursField], maxHours);
    };
    for (const [field] of PRACTICES) { show('fn-' + field, lever(name, field), 'hours', 400); }
    const l = lever(name, 'liaisons');
    show('fn-liaisons', l, 'hoursPerWeek', 40);
    const checked = sc.functions.map((f) => l.functions.length === 0 || l.functions.includes(f));
    // At least one function is liaised: an empty list means all of them in the file format.
    sc.functions.forEach((f, i) => {
      $('fn-liaisons-' + i).checked = checked[i];
      $('fn-liaisons-' + i).disabled = checked[i] && checked.filter((c) => c).length === 1;
    });
    const contracts = lever(name, 'mutualBenefit');
    sc.functions.forEach((f, i) => {
      const id = 'fn-contract-' + i;
      show(id, contracts[f], 'hours', 1000);
      showSlider(id + '-cut', contracts[f].cut);
      showSlider(id + '-gain', contracts[f].alignmentGain);
    });
  }

  // ---- running --------------------------------------------------------------------------------------

  // A change is sent at once when no answer is awaited; changes made while one is awaited are sent
  // together as soon as it arrives (the latest levers win). So a dragged slider never queues stale
  // requests, and a single change waits for nothing. changedAt: when the first change not yet sent
  // was made, the start of its round trip.
  let changedAt = null;

  function schedule() {
    if (changedAt === null) { changedAt = performance.now(); }
    if (state.inFlight) { state.pending = true; } else { run(); }
  }

  async function run() {
    state.inFlight = true;
    state.pending = false;
    const started = changedAt === null ? performance.now() : changedAt;
    changedAt = null;
    const sent = performance.now();
    setStatus('running…');
    try {
      const r = await api('api/run', state.edits);
      const text = await r.text();
      const received = performance.now();
      state.result = JSON.parse(text);
      const parsed = performance.now();
      await draw();
      // The charts' canvases are drawn; the next frame shows them.
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const done = performance.now();
      state.runs++;
      const timing = { total: Math.round(done - started), waited: Math.round(sent - started),
        server: state.result.elapsedMs, cpu: state.result.cpuMs,
        transfer: Math.round(received - sent) - state.result.elapsedMs, parse: Math.round(parsed - received),
        draw: Math.round(done - parsed), bytes: text.length, charts: state.chartMs };
      state.timings.push(timing);
      setStatus('answered in ' + timing.total + ' ms: ' + state.result.replicates + ' replicates in '
        + timing.server + ' ms, transfer ' + timing.transfer + ' ms, drawing ' + timing.draw + ' ms');
    } catch (e) {
      setStatus(e.message, true);
      state.runs++;
    } finally {
      state.inFlight = false;
      if (state.pending) { run(); }
    }
  }

  async function save() {
    try {
      const r = await api('api/save', state.edits);
      const blob = await r.blob();
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = state.scenario.savedName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    } catch (e) {
      setStatus(e.message, true);
    }
  }

  // ---- charts -----------------------------------------------------------------------------------------

  // The charts are embedded once, with the first answer's rows (so the facets' layout is computed from
  // real data); later answers replace the named data sets in place.
  async function draw(relayout) {
    const res = state.result;
    if (!res) { return; }
    const shown = (row) => state.shown.has(row.strategy);
    const weekly = res.weekly.filter(shown);
    const paired = res.paired.filter(shown);
    const ledger = res.ledger.filter(shown);
    const events = res.events.filter(shown);
    if (Object.keys(views).length === 0) {
      Object.assign(views, await adoptsimCharts.embed('chart-', { weekly, paired, ledger, events, baseline: res.baseline,
        reasonLabels: res.reasonLabels },
        res.weeks, state.scenario.strategies.map((s) => s.name)));
    } else {
      state.chartMs = await adoptsimCharts.update(views, { weekly, paired, ledger, events, baseline: res.baseline,
        reasonLabels: res.reasonLabels }, relayout);
    }
    summary(res);
  }

  // A mean for the table: whole numbers from 100 up, three significant digits below.
  function plain(x) {
    if (x === null) { return 'n/a'; }
    return Math.abs(x) >= 100 ? x.toFixed(0) : Number(x.toPrecision(3)).toString();
  }

  function summary(res) {
    const metrics = new Map(res.metrics.map((m) => [m.id, m]));
    const ids = SUMMARY_METRICS.filter((id) => metrics.has(id));
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    head.append(Object.assign(document.createElement('th'), { textContent: 'strategy' }));
    for (const id of ids) {
      const m = metrics.get(id);
      head.append(Object.assign(document.createElement('th'), { textContent: m.label, title: m.title + ' (' + m.unit + ')' }));
    }
    const body = table.createTBody();
    for (const row of res.summary) {
      const tr = body.insertRow();
      tr.insertCell().textContent = row.strategy;
      for (const id of ids) {
        const m = metrics.get(id);
        const v = row.values[id];
        tr.insertCell().textContent = m.censored
          ? (v.median === null ? 'beyond' : v.median) + ' (' + Math.round(v.reached_share * 100) + ' % reach)'
          : m.unit === '% of teams' ? (v.mean * 100).toFixed(1) + ' %' : plain(v.mean);
      }
    }
    $('summary').replaceChildren(table);
  }

  // ---- start --------------------------------------------------------------------------------------------

  async function start() {
    try {
      state.scenario = await (await api('api/scenario')).json();
      buildControls();
      await run();
    } catch (e) {
      setStatus(e.message, true);
    }
  }

  start();
}());
