package org.adoptsim.cli.output;

import org.adoptsim.cli.text.Num;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.RunResult;

/**
 * runs.csv: one row per strategy × replicate, streamed as results arrive, in replicate order then
 * strategy order. Columns: {@code strategy, replicate, seed}, the headline metrics, honest adoption at
 * the checkpoint weeks, then every other {@link RunMetrics} field in its declaration order (so a new
 * core metric appears without a change here), all in snake_case. A milestone or event week that did
 * not happen (−1 in the core) and a mean over no teams (NaN) are empty cells. {@code last_three_times}
 * is spread over three columns, empty where fewer than three teams finished; the ledger over the
 * catalogue's {@link #LEDGER_COLUMNS} (forced at shutdown, the six entries, net hours and FTE, and the
 * break-even week against the baseline's run on the same replicate, empty without a baseline, for the
 * baseline itself, and when the run never stays above it). Not thread-safe.
 */
public final class RunsCsv {
    /** The headline columns, right after strategy, replicate and seed, in this order. */
    static final List<String> HEADLINE = List.of("weeksTo50", "weeksTo90", "weeksTo100", "finalDoneShare",
            "finalStartedShare", "finalDualShare", "neverStartedShare", "dualTeamWeeks", "meanResentment",
            "incidentRateBefore", "incidentRateAfter", "championRatio", "shutdownWeek");
    private static final String LAST_THREE = "lastThreeTimes";
    private static final String LEDGER = "ledger";
    /** Where the ledger component stands: the catalogue's ledger metrics, read against the baseline's run. */
    static final List<String> LEDGER_COLUMNS = List.of("forced_at_shutdown", "hours_migration", "hours_dual",
            "hours_platform", "hours_incidents", "hours_staying", "hours_gain", "net_hours", "net_fte",
            "break_even_week");

    private final Csv csv;
    private final int[] checkpoints;
    private final List<RecordComponent> components;
    private final List<Metric> ledger;
    private final int baseline;
    private final int startWeek;

    /** A runs.csv without a baseline: {@code break_even_week} is empty. */
    public RunsCsv(java.io.Writer out, int weeks) throws IOException {
        this(out, weeks, -1);
    }

    /**
     * @param baseline index of the baseline strategy in each replicate's results (for
     *                 {@code break_even_week}), or −1 when none is compared
     */
    public RunsCsv(java.io.Writer out, int weeks, int baseline) throws IOException {
        this(out, weeks, baseline, 0);
    }

    /**
     * @param startWeek the calendar week of the runs' week 0 (a scenario {@code start}), 0 without one:
     *                  with a calendar, every milestone and event week column is followed by
     *                  {@code <column>_calendar}, the calendar week in which it happened (empty when it did not)
     */
    public RunsCsv(java.io.Writer out, int weeks, int baseline, int startWeek) throws IOException {
        this.startWeek = startWeek;
        this.csv = new Csv(out);
        this.checkpoints = MetricCatalog.checkpoints(weeks);
        this.components = orderedComponents();
        MetricCatalog catalog = new MetricCatalog(weeks);
        this.ledger = LEDGER_COLUMNS.stream().map(catalog::get).toList();
        this.baseline = baseline;
        csv.row(header());
    }

    /** The header of a runs.csv for this horizon. */
    public List<String> header() {
        List<String> h = new ArrayList<>(List.of("strategy", "replicate", "seed"));
        for (RecordComponent c : components) {
            if (c.getName().equals(LAST_THREE)) {
                h.addAll(List.of("last_three_time_1", "last_three_time_2", "last_three_time_3"));
            } else if (c.getName().equals(LEDGER)) {
                h.addAll(LEDGER_COLUMNS);
            } else {
                h.add(snake(c.getName()));
                if (startWeek > 0 && isWeek(c.getName())) {
                    h.add(snake(c.getName()) + "_calendar");
                }
            }
            if (c.getName().equals(HEADLINE.get(HEADLINE.size() - 1))) {
                for (int w : checkpoints) {
                    h.add(MetricCatalog.honestAt(w));
                }
            }
        }
        return h;
    }

    /** Appends the rows of one replicate. */
    public void accept(List<RunResult> replicate) {
        try {
            RunResult base = baseline >= 0 && replicate.size() > 1 ? replicate.get(baseline) : null;
            for (RunResult r : replicate) {
                row(r, base);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(RunResult r, RunResult base) throws IOException {
        csv.cell(r.strategy()).cell(r.replicate()).cell(r.seed());
        RunMetrics m = r.metrics();
        for (RecordComponent c : components) {
            Object v = value(c, m);
            if (c.getName().equals(LEDGER)) {
                for (Metric l : ledger) {
                    csv.cell(l.of(r, base));
                }
            } else if (v instanceof int[] times) {
                for (int i = 0; i < 3; i++) {
                    csv.cell(i < times.length ? Integer.toString(times[i]) : "");
                }
            } else {
                csv.cell(cell(c.getName(), v));
                if (startWeek > 0 && isWeek(c.getName())) {
                    int week = (Integer) v;
                    int elapsed = c.getName().startsWith("weeksTo") ? 1 : 0;
                    csv.cell(week < 0 ? "" : Integer.toString(startWeek + week - elapsed));
                }
            }
            if (c.getName().equals(HEADLINE.get(HEADLINE.size() - 1))) {
                for (int w : checkpoints) {
                    csv.cell(r.series().doneShare(w - 1));
                }
            }
        }
        csv.end();
    }

    /** A milestone (weeks elapsed, {@code weeksTo…}) or an event week index ({@code …Week}). */
    private static boolean isWeek(String name) {
        return name.startsWith("weeksTo") || name.endsWith("Week");
    }

    private static String cell(String name, Object v) {
        if (v instanceof Double d) {
            return Num.csv(d);
        }
        if (v instanceof Integer i && i < 0 && (name.startsWith("weeksTo") || name.endsWith("Week"))) {
            return "";
        }
        return String.valueOf(v);
    }

    private static Object value(RecordComponent c, RunMetrics m) {
        try {
            return c.getAccessor().invoke(m);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read RunMetrics." + c.getName(), e);
        }
    }

    private static List<RecordComponent> orderedComponents() {
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent c : RunMetrics.class.getRecordComponents()) {
            byName.put(c.getName(), c);
        }
        List<RecordComponent> out = new ArrayList<>();
        for (String h : HEADLINE) {
            RecordComponent c = byName.remove(h);
            if (c == null) {
                throw new IllegalStateException("RunMetrics has no component " + h);
            }
            out.add(c);
        }
        out.addAll(byName.values());
        return out;
    }

    /** camelCase to snake_case, digits kept with their word: weeksTo50 → weeks_to_50. */
    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean boundary = i > 0 && (Character.isUpperCase(c)
                    || Character.isDigit(c) && !Character.isDigit(camel.charAt(i - 1)));
            if (boundary) {
                b.append('_');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
