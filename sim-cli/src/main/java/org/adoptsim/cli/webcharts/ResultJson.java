package org.adoptsim.cli.webcharts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.adoptsim.cli.chart.ReasonLabels;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.EventWeeks;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.MilestoneSummary;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.results.SummaryRow;
import org.adoptsim.cli.results.WeeklyTable;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Proportion;
import org.adoptsim.cli.text.Num;
import org.adoptsim.core.config.RunSettings;
import org.adoptsim.core.result.LedgerEntry;

/**
 * The answer of {@code api/run}: the comparison's tables as JSON, with the same names and raw units as
 * summary.csv, paired.csv and weekly.csv (docs/outputs.md), so a value on the page is a value in those
 * files. Numbers are those files' cells: rounded as compare writes them ({@link Num#csv}, six
 * decimals), so the page shows the very numbers of compare's files and the answer is about half the
 * size it would be in full precision; a value that does not exist (NaN: a milestone's median beyond
 * the horizon, an interval over fewer than two replicates) is {@code null}. The weekly table is one
 * object per strategy and week carrying every column, so a column added to weekly.csv reaches the page
 * without a change here. The ledger ({@link #ledger}) is summary.csv's hours ledger as rows, one per
 * strategy and entry, for its chart; the events ({@link #events}) are the mandates, deadlines, sunsets
 * and shutdowns the time charts mark. Stateless.
 */
public final class ResultJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultJson() {
    }

    public static ObjectNode of(ComparisonTables tables, RunSettings run, long elapsedMillis) {
        MetricCatalog catalog = new MetricCatalog(run.weeks());
        ObjectNode o = NODES.objectNode();
        o.put("replicates", run.replicates());
        o.put("seed", run.seed());
        o.put("weeks", run.weeks());
        o.put("elapsedMs", elapsedMillis);
        ArrayNode strategies = o.putArray("strategies");
        tables.strategies().forEach(strategies::add);
        o.put("baseline", tables.baseline().orElse(tables.strategies().get(0)));
        o.set("metrics", metrics(catalog));
        o.set("summary", summary(tables, catalog));
        o.set("paired", paired(tables));
        o.set("weekly", weekly(tables.weekly()));
        o.set("ledger", ledger(tables));
        o.set("events", events(tables));
        o.set("reasonLabels", reasonLabels(tables.weekly()));
        return o;
    }

    /**
     * Each reason column of the weekly rows with the words the PNG charts give it ({@link ReasonLabels}),
     * for the reasons chart's legend: {@code "reason_peers_mean": "too few peers moved"}.
     */
    public static ObjectNode reasonLabels(WeeklyTable w) {
        ObjectNode o = NODES.objectNode();
        ReasonLabels.byColumn(w).forEach(o::put);
        return o;
    }

    /**
     * The marks the time charts draw ({@link EventWeeks}), one row per strategy and marked week:
     * {@code strategy}, {@code week} (the event's week index, where that week starts on the weekly rows' axis) and
     * {@code label}, the PNG charts' words ("mandate + sunset announced, week 42, in 98 % of runs").
     */
    public static ArrayNode events(ComparisonTables tables) {
        ArrayNode a = NODES.arrayNode();
        for (SummaryRow row : tables.summary()) {
            for (EventWeeks.Mark m : EventWeeks.of(row)) {
                a.addObject().put("strategy", row.strategy()).put("week", m.week()).put("label", m.label());
            }
        }
        return a;
    }

    /**
     * summary.csv's hours ledger, one row per strategy and entry: {@code entry} (migration, dual,
     * platform, incidents, staying, gain and net, the column's name without {@code hours_}), {@code cost}
     * (true for the five costs, which net subtracts from gain) and the column's {@code mean, ci_low,
     * ci_high}, in engineer-hours over the whole run. An entry a summary lacks (one written before the
     * ledger existed) has no row.
     */
    public static ArrayNode ledger(ComparisonTables tables) {
        ArrayNode a = NODES.arrayNode();
        for (SummaryRow row : tables.summary()) {
            for (LedgerEntry e : LedgerEntry.values()) {
                ledgerRow(a, row, e.label().substring("hours_".length()), e.isCost(), e.label());
            }
            ledgerRow(a, row, "net", false, "net_hours");
        }
        return a;
    }

    private static void ledgerRow(ArrayNode a, SummaryRow row, String entry, boolean cost, String metric) {
        Estimate e = row.means().get(metric);
        if (e == null) {
            return;
        }
        ObjectNode r = a.addObject().put("strategy", row.strategy()).put("entry", entry).put("cost", cost);
        number(r, "mean", e.mean());
        number(r, "ci_low", e.low());
        number(r, "ci_high", e.high());
    }

    private static ArrayNode metrics(MetricCatalog catalog) {
        ArrayNode a = NODES.arrayNode();
        for (Metric m : catalog.compared()) {
            a.addObject().put("id", m.id()).put("label", m.label()).put("title", m.title())
                    .put("unit", m.unit().axis()).put("better", m.direction().better())
                    .put("censored", m.censored()).put("paired", m.paired());
        }
        return a;
    }

    private static ArrayNode summary(ComparisonTables tables, MetricCatalog catalog) {
        ArrayNode a = NODES.arrayNode();
        for (SummaryRow row : tables.summary()) {
            ObjectNode r = a.addObject().put("strategy", row.strategy()).put("replicates", row.replicates());
            ObjectNode values = r.putObject("values");
            for (Metric m : catalog.compared()) {
                ObjectNode v = values.putObject(m.id());
                if (m.censored()) {
                    MilestoneSummary ms = row.milestone(m.id());
                    Proportion p = ms.share();
                    v.put("reached", ms.reached());
                    number(v, "median", ms.median());
                    number(v, "reached_share", p.share());
                    number(v, "reached_ci_low", p.low(Estimate.LEVEL));
                    number(v, "reached_ci_high", p.high(Estimate.LEVEL));
                } else {
                    Estimate e = row.mean(m.id());
                    number(v, "mean", e.mean());
                    number(v, "ci_low", e.low());
                    number(v, "ci_high", e.high());
                }
            }
        }
        return a;
    }

    public static ArrayNode paired(ComparisonTables tables) {
        ArrayNode a = NODES.arrayNode();
        for (PairedRow p : tables.paired()) {
            ObjectNode r = a.addObject().put("strategy", p.strategy()).put("baseline", p.baseline())
                    .put("metric", p.metric()).put("replicates", p.replicates()).put("pairs", p.difference().n());
            number(r, "mean_diff", p.difference().mean());
            number(r, "ci_low", p.difference().low());
            number(r, "ci_high", p.difference().high());
            r.put("better", p.better()).put("same", p.same()).put("worse", p.worse());
            number(r, "p_better", p.pBetter().share());
        }
        return a;
    }

    public static ArrayNode weekly(WeeklyTable w) {
        ArrayNode a = NODES.arrayNode();
        for (String s : w.strategies()) {
            for (int week = 1; week <= w.weeks(); week++) {
                ObjectNode r = a.addObject().put("strategy", s).put("week", week);
                for (String c : w.columns()) {
                    number(r, c, w.value(s, c, week));
                }
            }
        }
        return a;
    }

    /** The value as compare writes it in a CSV cell ({@link Num#csv}); null where the cell is empty. */
    private static void number(ObjectNode o, String field, double v) {
        String cell = Num.csv(v);
        if (cell.isEmpty()) {
            o.putNull(field);
        } else {
            o.put(field, Double.parseDouble(cell));
        }
    }
}
